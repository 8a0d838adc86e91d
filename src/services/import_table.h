// SPDX-License-Identifier: MIT
#pragma once

#include "services/csv_reader.h"
#include "services/import_service.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace mostrador::services::import {

// The columns an import knows, in their documented order, and which are required.
struct ColumnSpec {
    QStringList known;
    QStringList required;
};

// A checked header row: where each known column is. Header names are trimmed and
// matched case-insensitively; the columns may come in any order.
class ImportTable {
public:
    // Splits off and checks the header: a missing required column, an unknown or a
    // repeated column is an Invalid error. No header at all gives an empty table.
    static Result<ImportTable> from(QList<CsvRecord> records, const ColumnSpec& spec);

    const QList<CsvRecord>& rows() const { return m_rows; }
    int width() const { return m_width; }
    bool has(const QString& column) const { return m_index.contains(column); }
    // The trimmed cell, or an empty string when the file has no such column.
    QString cell(const CsvRecord& row, const QString& column) const;

private:
    QHash<QString, int> m_index;
    int m_width = 0;
    QList<CsvRecord> m_rows;
};

// Collects the issues of one row.
class RowIssues {
public:
    RowIssues(QList<ImportIssue>& out, int line)
        : m_out(out)
        , m_line(line) {}
    void add(const QString& column, const QString& message) {
        m_out.append({m_line, column, message});
        ++m_count;
    }
    void add(const Error& error, const QString& column) { add(column, error.message); }
    bool any() const { return m_count > 0; }
    int line() const { return m_line; }

private:
    QList<ImportIssue>& m_out;
    int m_line;
    int m_count = 0;
};

// Checks that a row has as many fields as the header; reports it when not.
bool checkWidth(const ImportTable& table, const CsvRecord& row, QList<ImportIssue>& out);

// true/false, 1/0, yes/no (any case); empty is `fallback`. std::nullopt when none fits.
std::optional<bool> parseFlag(const QString& text, bool fallback);

// "line 7": used in messages that point to an earlier row.
QString earlierLine(int line);

} // namespace mostrador::services::import
