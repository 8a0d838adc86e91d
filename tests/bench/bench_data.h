// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace mostrador::bench {

// A customer CSV of `count` rows in the import format, made from a fixed seed so
// every run measures the same file: Spanish-looking company names (so searches such
// as "gar" or "ferreteria" hit a realistic share), codes, tax ids, e-mails, phones,
// credit limits and two-line addresses.
QByteArray customerCsv(int count);

// Writes `bytes` to `path`; false when the file cannot be written.
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace mostrador::bench
