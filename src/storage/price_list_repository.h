// SPDX-License-Identifier: MIT
#pragma once

#include "domain/pricing.h"
#include "storage/list_query.h"

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
    // Writes the name of the list `list.code`; answers false when there is no such list.
    Result<bool> updateList(const domain::PriceList& list);

    // Answers the new rule's id.
    Result<qint64> insertRule(const domain::PriceRule& rule);
    // Gives the rule of the same list, product or category, customer, minimum quantity and
    // dates the price or discount of `rule`, or inserts `rule` when there is none: a price
    // file imported again updates its rules instead of doubling them. Answers the rule's id.
    Result<qint64> upsertRule(const domain::PriceRule& rule);
    Result<std::optional<domain::PriceRule>> findRule(qint64 id);
    // Writes every field of rule `rule.id` but its list; false when there is no such rule.
    Result<bool> updateRule(const domain::PriceRule& rule);
    Result<bool> deleteRule(qint64 id);
    // The rules of one list, oldest first.
    Result<QList<domain::PriceRule>> rules(const QString& priceListCode);
    // One page of a list's rules. `query.search` matches the start of the SKU, category or
    // customer code. Sort keys: target, customer, min_qty, price, discount, from, to;
    // anything else is the order of entry.
    Result<QList<domain::PriceRule>> rulePage(const QString& priceListCode, const ListQuery& query);
    Result<qint64> ruleCount(const QString& priceListCode, const ListQuery& query);
    // What may price `sku` for `customerCode`: the rules of `priceListCode` for that product
    // or its category, plus the customer's own rules from any list. Dates and quantities
    // are left to the pricing engine.
    Result<QList<domain::PriceRule>> candidates(const QString& priceListCode,
                                                const QString& customerCode, const QString& sku,
                                                const QString& category);

    // candidates() for many products at once (the lines of one document): the list's rules
    // for any of `skus` or `categories`, plus the customer's own rules. Filter per line
    // with domain::ruleConcerns.
    Result<QList<domain::PriceRule>> candidatesForAll(const QString& priceListCode,
                                                      const QString& customerCode,
                                                      const QStringList& skus,
                                                      const QStringList& categories);

private:
    Result<QList<domain::PriceRule>> selectRules(const QString& where, const QVariantList& values,
                                                 const QString& tail = {});

    Database& m_db;
};

} // namespace mostrador::storage
