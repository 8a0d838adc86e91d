// SPDX-License-Identifier: MIT
#pragma once

#include "domain/pricing.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/customer_repository.h"
#include "storage/price_list_repository.h"
#include "storage/product_repository.h"

#include <QDate>
#include <optional>

namespace mostrador::services {

// Price lists and their rules, and the price a customer pays for a product: the rules
// are gathered here and settled by the pricing engine (domain/pricing.h).
class PriceListService {
public:
    explicit PriceListService(ServiceContext& ctx);

    // The code follows the customer-code rules and is upper-cased; the currency is the
    // company currency unless `currency` is given.
    Result<domain::PriceList> createList(const domain::Actor& actor, const QString& code,
                                         const QString& name,
                                         std::optional<domain::Currency> currency = std::nullopt);
    // Renames list `code` (its code and currency never change).
    Result<domain::PriceList> updateList(const domain::Actor& actor, const QString& code,
                                         const QString& name);
    // The list, product and customer the rule names must exist. Answers it with its id.
    Result<domain::PriceRule> addRule(const domain::Actor& actor, domain::PriceRule rule);
    // Rewrites rule `rule.id` under the checks of addRule; a rule stays in its list (an
    // empty list code means "the same").
    Result<domain::PriceRule> updateRule(const domain::Actor& actor, domain::PriceRule rule);
    Status deleteRule(const domain::Actor& actor, qint64 id);
    Result<domain::PriceRule> rule(const domain::Actor& actor, qint64 id);
    Result<QList<domain::PriceList>> lists(const domain::Actor& actor);
    Result<QList<domain::PriceRule>> rules(const domain::Actor& actor, const QString& listCode);
    // A page of a list's rules for a lazy table (see PriceListRepository::rulePage for the
    // search and the sort keys), and how many match.
    Result<QList<domain::PriceRule>> rulePage(const domain::Actor& actor, const QString& listCode,
                                              const storage::ListQuery& query);
    Result<qint64> ruleCount(const domain::Actor& actor, const QString& listCode,
                             const storage::ListQuery& query);

    // What `customerCode` pays for `qty` of `sku` on `date`, and which rule decided it.
    Result<domain::PriceDecision> priceFor(const domain::Actor& actor, const QString& customerCode,
                                           const QString& sku, domain::Quantity qty,
                                           const QDate& date);
    // The same for a product and a customer already read (documents pricing many lines
    // at once); the caller has checked the permission.
    Result<domain::PriceDecision> priceFor(const QString& customerCode,
                                           const QString& priceListCode,
                                           const domain::Product& product, domain::Quantity qty,
                                           const QDate& date);

private:
    Result<domain::PriceRule> normalizeAndCheck(domain::PriceRule rule);
    Status checkReferences(const domain::PriceRule& rule);
    Result<domain::PriceRule> doUpdateRule(const domain::Actor& actor, domain::PriceRule rule);
    Status doDeleteRule(const domain::Actor& actor, qint64 id);
    // The list `code` (trimmed, upper-cased), or a NotFound error.
    Result<domain::PriceList> existingList(const QString& code);
    Result<QString> viewableList(const domain::Actor& actor, const QString& listCode);

    ServiceContext& m_ctx;
    storage::PriceListRepository m_prices;
    storage::ProductRepository m_products;
    storage::CustomerRepository m_customers;
};

} // namespace mostrador::services
