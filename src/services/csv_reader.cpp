// SPDX-License-Identifier: MIT
#include "services/csv_reader.h"

#include <QFile>
#include <QStringDecoder>
#include <csv.h>

namespace mostrador::services {

namespace {

// Collects libcsv's callbacks into records. libcsv reports a field only when it ends,
// so the start line is taken when the first non-blank byte of a record is fed.
struct Collector {
    QList<CsvRecord> records;
    CsvRecord current;
    bool inRecord = false;

    static void onField(void* data, size_t length, void* self) {
        auto* c = static_cast<Collector*>(self);
        c->current.fields.append(
            QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
    }
    static void onRecordEnd(int, void* self) {
        auto* c = static_cast<Collector*>(self);
        c->records.append(std::move(c->current));
        c->current = {};
        c->inRecord = false;
    }
};

bool isBlank(QByteArrayView line) {
    for (char ch : line)
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n')
            return false;
    return true;
}

Error notUtf8(int line) {
    return Error::invalid(QStringLiteral("import.not_utf8"),
                          trMsg("The file is not UTF-8 text: line %1 holds bytes that are not "
                                "UTF-8 (save the file as “CSV UTF-8” and try again)")
                              .arg(line));
}

Error malformed(int line, csv_parser& parser) {
    return Error::invalid(QStringLiteral("import.malformed_csv"),
                          trMsg("The file is not valid CSV near line %1: %2")
                              .arg(line)
                              .arg(QString::fromLatin1(csv_strerror(csv_error(&parser)))));
}

// Owns a libcsv parser for the scope of one read.
class Parser {
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    bool ok() const { return m_ok; }
    csv_parser& raw() { return m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

} // namespace

Result<QList<CsvRecord>> readCsv(const QByteArray& bytes) {
    Parser parser;
    if (!parser.ok())
        return fail(Error::storage(QStringLiteral("import.no_memory"),
                                   trMsg("Not enough memory to read the file")));
    Collector collector;
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int lineNo = 0;
    while (!rest.isEmpty()) {
        ++lineNo;
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = end < 0 ? rest : rest.first(end + 1);
        rest = rest.sliced(line.size());
        // A line is a whole number of UTF-8 sequences ('\n' never occurs inside one),
        // so checking line by line finds the first bad line.
        QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)QString(check(line));
        if (check.hasError())
            return fail(notUtf8(lineNo));
        if (!collector.inRecord && !isBlank(line)) {
            collector.inRecord = true;
            collector.current.line = lineNo;
        }
        if (csv_parse(&parser.raw(), line.data(), size_t(line.size()), Collector::onField,
                      Collector::onRecordEnd, &collector) != size_t(line.size()))
            return fail(malformed(lineNo, parser.raw()));
    }
    if (csv_fini(&parser.raw(), Collector::onField, Collector::onRecordEnd, &collector) != 0)
        return fail(malformed(lineNo, parser.raw()));
    return collector.records;
}

Result<QList<CsvRecord>> readCsvFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::invalid(QStringLiteral("import.unreadable"),
                                   trMsg("Cannot read %1: %2").arg(path, file.errorString())));
    return readCsv(file.readAll());
}

} // namespace mostrador::services
