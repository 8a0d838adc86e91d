// SPDX-License-Identifier: MIT
#include "services/import_table.h"

namespace mostrador::services::import {

namespace {

Error headerError(const QString& code, const QString& message, const QString& column) {
    return Error::invalid(code, message, column);
}

} // namespace

Result<ImportTable> ImportTable::from(QList<CsvRecord> records, const ColumnSpec& spec) {
    ImportTable table;
    if (records.isEmpty())
        return table;
    const QStringList header = records.takeFirst().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (!spec.known.contains(name))
            return fail(
                headerError(QStringLiteral("import.unknown_column"),
                            trMsg("Unknown column “%1”; the known columns are: %2")
                                .arg(header[i].trimmed(), spec.known.join(QStringLiteral(", "))),
                            name));
        if (table.m_index.contains(name))
            return fail(headerError(QStringLiteral("import.duplicate_column"),
                                    trMsg("Column “%1” appears twice in the header").arg(name),
                                    name));
        table.m_index.insert(name, i);
    }
    for (const QString& name : spec.required)
        if (!table.m_index.contains(name))
            return fail(headerError(QStringLiteral("import.missing_column"),
                                    trMsg("The required column “%1” is missing").arg(name), name));
    table.m_width = int(header.size());
    table.m_rows = std::move(records);
    return table;
}

QString ImportTable::cell(const CsvRecord& row, const QString& column) const {
    const int i = m_index.value(column, -1);
    return i >= 0 && i < row.fields.size() ? row.fields[i].trimmed() : QString();
}

bool checkWidth(const ImportTable& table, const CsvRecord& row, QList<ImportIssue>& out) {
    if (row.fields.size() == table.width())
        return true;
    out.append({row.line, QString(),
                trMsg("This row has %1 fields but the header has %2")
                    .arg(row.fields.size())
                    .arg(table.width())});
    return false;
}

std::optional<bool> parseFlag(const QString& text, bool fallback) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return fallback;
    if (t == u"true" || t == u"1" || t == u"yes")
        return true;
    if (t == u"false" || t == u"0" || t == u"no")
        return false;
    return std::nullopt;
}

QString earlierLine(int line) {
    return trMsg("line %1").arg(line);
}

} // namespace mostrador::services::import
