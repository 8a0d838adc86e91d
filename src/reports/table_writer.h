// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "reports/table_data.h"

#include <memory>

namespace mostrador::reports {

// Writes a table row by row, so that long exports never hold every row at once.
// Nothing appears at `path` until finish() succeeds: a failed or abandoned export
// leaves any earlier file there untouched.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual Status writeRow(const TableRow& row) = 0;
    virtual Status finish() = 0;
};

// A CSV writer: UTF-8, RFC 4180 quoting, CRLF line ends, the header row first.
Result<std::unique_ptr<TableWriter>>
openCsvWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency);
// An XLSX writer (libxlsxwriter): bold frozen header, numeric cells with a number
// format showing each kind's decimals, column widths fitted to the content.
Result<std::unique_ptr<TableWriter>>
openXlsxWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency);
// Picks the writer by the file's extension (.csv or .xlsx); anything else is Invalid.
Result<std::unique_ptr<TableWriter>>
openTableWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency);

Status writeCsv(const TableData& table, const QString& path);
Status writeXlsx(const TableData& table, const QString& path);
// By extension, like openTableWriter().
Status writeTable(const TableData& table, const QString& path);

} // namespace mostrador::reports
