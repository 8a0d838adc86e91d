// SPDX-License-Identifier: MIT
#include "reports/table_writer.h"

#include <QSaveFile>

namespace mostrador::reports {

namespace {

Error writeError(const QString& path, const QString& reason) {
    return Error::storage(QStringLiteral("export.write_failed"),
                          trMsg("Cannot write %1: %2").arg(path, reason));
}

// RFC 4180: a field holding a comma, quote or line break, or with spaces at either
// end (which readers may trim), is quoted, and quotes inside are doubled.
QString quoted(const QString& field) {
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r') ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

class CsvWriter : public TableWriter {
public:
    CsvWriter(const QString& path, domain::Currency currency)
        : m_file(path)
        , m_currency(currency) {}

    Status open(const QList<TableColumn>& columns) {
        if (!m_file.open(QIODevice::WriteOnly))
            return fail(writeError(m_file.fileName(), m_file.errorString()));
        QStringList header;
        for (const TableColumn& c : columns)
            header.append(quoted(c.header));
        return writeLine(header);
    }

    Status writeRow(const TableRow& row) override {
        QStringList fields;
        fields.reserve(row.size());
        for (const TableCell& cell : row)
            fields.append(quoted(plainText(cell, m_currency)));
        return writeLine(fields);
    }

    Status finish() override {
        if (!m_file.commit())
            return fail(writeError(m_file.fileName(), m_file.errorString()));
        return {};
    }

private:
    Status writeLine(const QStringList& fields) {
        const QByteArray line = fields.join(u',').toUtf8() + "\r\n";
        if (m_file.write(line) != line.size())
            return fail(writeError(m_file.fileName(), m_file.errorString()));
        return {};
    }

    QSaveFile m_file;
    domain::Currency m_currency;
};

} // namespace

Result<std::unique_ptr<TableWriter>>
openCsvWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency) {
    auto writer = std::make_unique<CsvWriter>(path, currency);
    if (auto ok = writer->open(columns); !ok)
        return fail(ok.error());
    return std::unique_ptr<TableWriter>(std::move(writer));
}

} // namespace mostrador::reports
