// SPDX-License-Identifier: MIT
#include "services/price_list_service.h"

#include "domain/customer.h"
#include "services/json.h"

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::PriceDecision;
using domain::PriceList;
using domain::PriceRule;

namespace {

const QString kListEntity = QStringLiteral("price_list");
const QString kRuleEntity = QStringLiteral("price_rule");

Error listNotFound(const QString& code) {
    return Error::notFound(QStringLiteral("price_list.not_found"),
                           trMsg("There is no price list with code “%1”").arg(code));
}

} // namespace

PriceListService::PriceListService(ServiceContext& ctx)
    : m_ctx(ctx)
    , m_prices(ctx.db)
    , m_products(ctx.db)
    , m_customers(ctx.db, ctx.currency) {}

Result<PriceList> PriceListService::createList(const Actor& actor, const QString& code,
                                               const QString& name,
                                               std::optional<domain::Currency> currency) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return fail(ok.error());
    PriceList list{code.trimmed().toUpper(), name.trimmed(), currency.value_or(m_ctx.currency)};
    if (!domain::isValidCode(list.code))
        return fail(
            Error::invalid(QStringLiteral("price_list.code_invalid"),
                           trMsg("Code “%1”: use up to 20 capital letters, digits, '-', '_' or '.'")
                               .arg(list.code),
                           QStringLiteral("code")));
    if (list.name.isEmpty())
        return fail(Error::invalid(QStringLiteral("price_list.name_missing"),
                                   trMsg("A price list needs a name"), QStringLiteral("name")));
    auto created = inTransaction(m_ctx.db, [&]() -> Result<PriceList> {
        auto existing = m_prices.findList(list.code);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(Error::rule(QStringLiteral("price_list.duplicate"),
                                    trMsg("Price list code %1 is already used").arg(list.code),
                                    QStringLiteral("code")));
        if (auto ok = m_prices.insertList(list); !ok)
            return fail(ok.error());
        if (auto ok = m_ctx.record(actor, QStringLiteral("price_list.create"), kListEntity,
                                   list.code, {}, toJson(list));
            !ok)
            return fail(ok.error());
        return list;
    });
    if (created)
        m_ctx.notifier.announce(kListEntity, created->code);
    return created;
}

Result<PriceRule> PriceListService::normalizeAndCheck(PriceRule r) {
    r.id = 0;
    r.priceListCode = r.priceListCode.trimmed().toUpper();
    r.sku = r.sku.trimmed().toUpper();
    r.category = r.category.trimmed();
    r.customerCode = r.customerCode.trimmed().toUpper();
    if (auto ok = domain::validatePriceRule(r); !ok)
        return fail(ok.error());
    auto list = m_prices.findList(r.priceListCode);
    if (!list)
        return fail(list.error());
    if (!*list)
        return fail(Error::invalid(QStringLiteral("price_rule.list_unknown"),
                                   trMsg("There is no price list “%1”").arg(r.priceListCode),
                                   QStringLiteral("price_list")));
    if (!r.sku.isEmpty()) {
        auto exists = m_products.skuExists(r.sku);
        if (!exists)
            return fail(exists.error());
        if (!*exists)
            return fail(Error::invalid(QStringLiteral("price_rule.sku_unknown"),
                                       trMsg("There is no product with SKU “%1”").arg(r.sku),
                                       QStringLiteral("sku")));
    }
    if (!r.customerCode.isEmpty()) {
        auto exists = m_customers.codeExists(r.customerCode);
        if (!exists)
            return fail(exists.error());
        if (!*exists)
            return fail(
                Error::invalid(QStringLiteral("price_rule.customer_unknown"),
                               trMsg("There is no customer with code “%1”").arg(r.customerCode),
                               QStringLiteral("customer")));
    }
    return r;
}

Result<PriceRule> PriceListService::addRule(const Actor& actor, PriceRule rule) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return fail(ok.error());
    auto added = inTransaction(m_ctx.db, [&]() -> Result<PriceRule> {
        auto r = normalizeAndCheck(std::move(rule));
        if (!r)
            return r;
        auto id = m_prices.insertRule(*r);
        if (!id)
            return fail(id.error());
        r->id = *id;
        if (auto ok = m_ctx.record(actor, QStringLiteral("price_rule.add"), kRuleEntity,
                                   QString::number(r->id), {}, toJson(*r));
            !ok)
            return fail(ok.error());
        return r;
    });
    if (added)
        m_ctx.notifier.announce(kRuleEntity, QString::number(added->id));
    return added;
}

Result<QList<PriceList>> PriceListService::lists(const Actor& actor) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return m_prices.lists();
}

Result<QList<PriceRule>> PriceListService::rules(const Actor& actor, const QString& listCode) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    const QString code = listCode.trimmed().toUpper();
    auto list = m_prices.findList(code);
    if (!list)
        return fail(list.error());
    if (!*list)
        return fail(listNotFound(code));
    return m_prices.rules(code);
}

Result<PriceDecision> PriceListService::priceFor(const Actor& actor, const QString& customerCode,
                                                 const QString& sku, domain::Quantity qty,
                                                 const QDate& date) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    auto customer = m_customers.findByCode(customerCode.trimmed().toUpper());
    if (!customer)
        return fail(customer.error());
    if (!*customer)
        return fail(
            Error::notFound(QStringLiteral("customer.not_found"),
                            trMsg("There is no customer with code “%1”").arg(customerCode)));
    auto product = m_products.findBySku(sku.trimmed().toUpper());
    if (!product)
        return fail(product.error());
    if (!*product)
        return fail(Error::notFound(QStringLiteral("product.not_found"),
                                    trMsg("There is no product with SKU “%1”").arg(sku)));
    const domain::PriceQuery query{
        (*customer)->code, (*product)->sku, (*product)->category, (*product)->listPrice, qty, date};
    auto candidates = m_prices.candidates((*customer)->priceListCode, query.customerCode, query.sku,
                                          query.category);
    if (!candidates)
        return fail(candidates.error());
    return domain::resolvePrice(query, *candidates);
}

} // namespace mostrador::services
