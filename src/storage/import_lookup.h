// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace mostrador::storage {

class Database;

// Batched look-ups for imports: one query each instead of one per imported row, so
// that checking 100,000 rows against the database stays quick. Answers what is
// stored; the import service decides what a clash means.
class ImportLookup {
public:
    explicit ImportLookup(Database& db)
        : m_db(db) {}

    Result<QSet<QString>> customerCodes();
    // Tax id → the code of the customer holding it (only non-empty tax ids).
    Result<QHash<QString, QString>> customerTaxIds();
    Result<QSet<QString>> productSkus();
    Result<QSet<QString>> paymentTermCodes();
    Result<QSet<QString>> priceListCodes();
    Result<QSet<QString>> taxCodes();

private:
    Result<QSet<QString>> column(const QString& sql);

    Database& m_db;
};

} // namespace mostrador::storage
