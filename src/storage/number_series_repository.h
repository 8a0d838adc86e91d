// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace mostrador::storage {

class Database;

struct NumberSeries {
    QString kind;
    QString format;
    int year = 0;
    qint64 nextValue = 1;
};

// The counters of the number series. takeNext() must run inside the caller's write
// transaction: the counter row is updated there, so a rolled-back action leaves no gap.
class NumberSeriesRepository {
public:
    explicit NumberSeriesRepository(Database& db)
        : m_db(db) {}

    // The next number of `kind` for a document dated in `year`, formatted.
    Result<QString> takeNext(const QString& kind, int year);

    // Takes `count` consecutive counters at once (imports, sample data): number i of the
    // block is formatDocumentNumber(format, year, first + i).
    struct Block {
        QString format;
        qint64 first = 1;
    };
    Result<Block> reserve(const QString& kind, int year, qint64 count);
    Result<QList<NumberSeries>> all();
    Status setFormat(const QString& kind, const QString& format);

private:
    Database& m_db;
};

} // namespace mostrador::storage
