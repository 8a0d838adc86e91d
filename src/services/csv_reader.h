// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mostrador::services {

// One CSV record with the physical line (1-based) on which it starts, so that a
// record after a quoted field spanning several lines is still reported where it is.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Reads a whole CSV file (RFC 4180, comma-separated, via libcsv): strips a UTF-8 byte
// order mark, accepts LF and CRLF, skips blank lines and decodes strictly as UTF-8.
// The first record is the header row. A file that cannot be opened, is not UTF-8 or
// has malformed quoting is an Invalid error naming the line.
Result<QList<CsvRecord>> readCsvFile(const QString& path);

// The same over bytes already in memory (tests, and files read elsewhere).
Result<QList<CsvRecord>> readCsv(const QByteArray& bytes);

} // namespace mostrador::services
