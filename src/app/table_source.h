// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "reports/table_data.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace mostrador::app {

// Roles every list model of the application answers besides Qt::DisplayRole.
namespace role {
// The exact value: text as QString, bool as bool, money/prices/quantities as qint64 in
// their integer unit (cents, 1/10,000, 1/1,000), so sorting never goes through a double.
inline constexpr int Raw = Qt::UserRole;
// The machine form of the value ("1234.50", "2.5", "true"): what CSV/XLSX exports write.
inline constexpr int Plain = Qt::UserRole + 1;
// The record's key (customer code, SKU), the same on every column of a row.
inline constexpr int Key = Qt::UserRole + 2;
// On the horizontal header: the column's reports::ColumnKind, as an int, for exports.
inline constexpr int Kind = Qt::UserRole + 3;
} // namespace role

// One column of a list: the sort key handed to the service (empty = not sortable) and
// the kind of value it holds (numbers are right-aligned and exported as numbers).
struct ColumnSpec {
    QString title;
    QString sortKey;
    reports::ColumnKind kind = reports::ColumnKind::Text;
    int chars = 12; // initial width in average characters

    bool numeric() const {
        return kind != reports::ColumnKind::Text && kind != reports::ColumnKind::Boolean;
    }
};

struct Cell {
    QString display;
    QVariant raw;
    QString plain;

    static Cell text(const QString& s) { return {s, s, s}; }
};

// One record of a list, already formatted for display.
struct TableRow {
    QString key;
    bool active = true;
    QList<Cell> cells;
};

// What a list model asks its source for: the rows matching a filter, in one sort order,
// a window at a time. Implementations run one SQL query per call.
struct ListRequest {
    QString filter;
    bool includeInactive = false;
    QString sortKey;
    bool descending = false;
};

class TableSource {
public:
    virtual ~TableSource() = default;
    virtual QList<ColumnSpec> columns() const = 0;
    // The currency of its money columns.
    virtual domain::Currency currency() const { return {}; }
    virtual Result<qint64> count(const ListRequest& request) = 0;
    virtual Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) = 0;
};

} // namespace mostrador::app
