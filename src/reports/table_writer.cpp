// SPDX-License-Identifier: MIT
#include "reports/table_writer.h"

#include <QFileInfo>

namespace mostrador::reports {

namespace {

using Opener = Result<std::unique_ptr<TableWriter>> (*)(const QString&, const QList<TableColumn>&,
                                                        domain::Currency);

Status writeAll(const TableData& table, const QString& path, Opener open) {
    auto writer = open(path, table.columns, table.currency);
    if (!writer)
        return fail(writer.error());
    for (const TableRow& row : table.rows)
        if (auto ok = (*writer)->writeRow(row); !ok)
            return ok;
    return (*writer)->finish();
}

} // namespace

Result<std::unique_ptr<TableWriter>>
openTableWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return openCsvWriter(path, columns, currency);
    if (suffix == u"xlsx")
        return openXlsxWriter(path, columns, currency);
    return fail(Error::invalid(QStringLiteral("export.unknown_format"),
                               trMsg("Cannot export to “%1”: name the file .csv or .xlsx")
                                   .arg(QFileInfo(path).fileName())));
}

Status writeCsv(const TableData& table, const QString& path) {
    return writeAll(table, path, openCsvWriter);
}

Status writeXlsx(const TableData& table, const QString& path) {
    return writeAll(table, path, openXlsxWriter);
}

Status writeTable(const TableData& table, const QString& path) {
    return writeAll(table, path, openTableWriter);
}

} // namespace mostrador::reports
