// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QList>
#include <QString>
#include <variant>

namespace mostrador::reports {

// How a column's values are written: text as is, amounts and quantities as numbers
// (plain machine form in CSV, numeric cells in XLSX), booleans as true/false.
enum class ColumnKind { Text, Money, UnitPrice, Quantity, Boolean };

struct TableColumn {
    QString header;
    ColumnKind kind = ColumnKind::Text;
};

// One cell, already typed: empty, text, an amount, a unit price, a quantity or a flag.
using TableCell =
    std::variant<std::monostate, QString, domain::Money, domain::UnitPrice, domain::Quantity, bool>;
using TableRow = QList<TableCell>;

// A table to export: what a list shows, or a whole entity's rows. `currency` is the
// one unit prices are shown in (amounts carry their own).
struct TableData {
    QList<TableColumn> columns;
    QList<TableRow> rows;
    domain::Currency currency;
};

// The plain machine text of a cell ("1234.50", "2.5", "true"), as the imports read it.
QString plainText(const TableCell& cell, domain::Currency currency);

} // namespace mostrador::reports
