// SPDX-License-Identifier: MIT
#pragma once

#include "domain/pricing.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace mostrador::storage {

class Database;

// Maps price lists and their rules to rows and back. No rules here: the service
// validates; this reports what the database holds.
class PriceListRepository {
public:
    explicit PriceListRepository(Database& db)
        : m_db(db) {}

    Status insertList(const domain::PriceList& list);
    Result<std::optional<domain::PriceList>> findList(const QString& code);
    // Every list, by code.
    Result<QList<domain::PriceList>> lists();

    // Answers the new rule's id.
    Result<qint64> insertRule(const domain::PriceRule& rule);
    // The rules of one list, oldest first.
    Result<QList<domain::PriceRule>> rules(const QString& priceListCode);
    // What may price `sku` for `customerCode`: the rules of `priceListCode` for that product
    // or its category, plus the customer's own rules from any list. Dates and quantities
    // are left to the pricing engine.
    Result<QList<domain::PriceRule>> candidates(const QString& priceListCode,
                                                const QString& customerCode, const QString& sku,
                                                const QString& category);

private:
    Result<QList<domain::PriceRule>> selectRules(const QString& where, const QVariantList& values);

    Database& m_db;
};

} // namespace mostrador::storage
