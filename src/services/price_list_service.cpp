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

Error ruleNotFound(qint64 id) {
    return Error::notFound(QStringLiteral("price_rule.not_found"),
                           trMsg("There is no price rule %1").arg(id));
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

Result<PriceList> PriceListService::existingList(const QString& code) {
    const QString key = code.trimmed().toUpper();
    auto list = m_prices.findList(key);
    if (!list)
        return fail(list.error());
    if (!*list)
        return fail(listNotFound(key));
    return **list;
}

Result<PriceList> PriceListService::updateList(const Actor& actor, const QString& code,
                                               const QString& name) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return fail(ok.error());
    auto updated = inTransaction(m_ctx.db, [&]() -> Result<PriceList> {
        auto before = existingList(code);
        if (!before)
            return before;
        PriceList after = *before;
        after.name = name.trimmed();
        if (after.name.isEmpty())
            return fail(Error::invalid(QStringLiteral("price_list.name_missing"),
                                       trMsg("A price list needs a name"), QStringLiteral("name")));
        if (auto written = m_prices.updateList(after); !written)
            return fail(written.error());
        if (auto ok = m_ctx.record(actor, QStringLiteral("price_list.update"), kListEntity,
                                   after.code, toJson(*before), toJson(after));
            !ok)
            return fail(ok.error());
        return after;
    });
    if (updated)
        m_ctx.notifier.announce(kListEntity, updated->code);
    return updated;
}

// Normalizes the codes the way they are stored, then applies the domain rules and checks
// that what the rule names exists. Keeps the rule's id.
Result<PriceRule> PriceListService::normalizeAndCheck(PriceRule r) {
    r.priceListCode = r.priceListCode.trimmed().toUpper();
    r.sku = r.sku.trimmed().toUpper();
    r.category = r.category.trimmed();
    r.customerCode = r.customerCode.trimmed().toUpper();
    if (auto ok = domain::validatePriceRule(r); !ok)
        return fail(ok.error());
    if (auto ok = checkReferences(r); !ok)
        return fail(ok.error());
    return r;
}

Status PriceListService::checkReferences(const PriceRule& r) {
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
    return {};
}

Result<PriceRule> PriceListService::addRule(const Actor& actor, PriceRule rule) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return fail(ok.error());
    rule.id = 0;
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

Result<PriceRule> PriceListService::updateRule(const Actor& actor, PriceRule rule) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return fail(ok.error());
    auto updated = inTransaction(m_ctx.db, [&]() { return doUpdateRule(actor, std::move(rule)); });
    if (updated)
        m_ctx.notifier.announce(kRuleEntity, QString::number(updated->id));
    return updated;
}

Result<PriceRule> PriceListService::doUpdateRule(const Actor& actor, PriceRule rule) {
    auto before = m_prices.findRule(rule.id);
    if (!before)
        return fail(before.error());
    if (!*before)
        return fail(ruleNotFound(rule.id));
    if (rule.priceListCode.trimmed().isEmpty())
        rule.priceListCode = (*before)->priceListCode;
    auto r = normalizeAndCheck(std::move(rule));
    if (!r)
        return r;
    if (r->priceListCode != (*before)->priceListCode)
        return fail(Error::rule(QStringLiteral("price_rule.list_immutable"),
                                trMsg("A rule cannot move to another price list"),
                                QStringLiteral("price_list")));
    if (auto written = m_prices.updateRule(*r); !written)
        return fail(written.error());
    if (auto ok = m_ctx.record(actor, QStringLiteral("price_rule.update"), kRuleEntity,
                               QString::number(r->id), toJson(**before), toJson(*r));
        !ok)
        return fail(ok.error());
    return r;
}

Status PriceListService::deleteRule(const Actor& actor, qint64 id) {
    if (auto ok = actor.require(Permission::ManagePrices); !ok)
        return ok;
    auto deleted = inTransaction(m_ctx.db, [&] { return doDeleteRule(actor, id); });
    if (deleted)
        m_ctx.notifier.announce(kRuleEntity, QString::number(id));
    return deleted;
}

Status PriceListService::doDeleteRule(const Actor& actor, qint64 id) {
    auto before = m_prices.findRule(id);
    if (!before)
        return fail(before.error());
    if (!*before)
        return fail(ruleNotFound(id));
    if (auto gone = m_prices.deleteRule(id); !gone)
        return fail(gone.error());
    return m_ctx.record(actor, QStringLiteral("price_rule.delete"), kRuleEntity,
                        QString::number(id), toJson(**before), {});
}

Result<PriceRule> PriceListService::rule(const Actor& actor, qint64 id) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    auto found = m_prices.findRule(id);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ruleNotFound(id));
    return **found;
}

Result<QList<PriceList>> PriceListService::lists(const Actor& actor) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return m_prices.lists();
}

// The code of list `listCode` when the actor may look at prices and the list exists.
Result<QString> PriceListService::viewableList(const Actor& actor, const QString& listCode) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    auto list = existingList(listCode);
    if (!list)
        return fail(list.error());
    return list->code;
}

Result<QList<PriceRule>> PriceListService::rules(const Actor& actor, const QString& listCode) {
    auto code = viewableList(actor, listCode);
    if (!code)
        return fail(code.error());
    return m_prices.rules(*code);
}

Result<QList<PriceRule>> PriceListService::rulePage(const Actor& actor, const QString& listCode,
                                                    const storage::ListQuery& query) {
    auto code = viewableList(actor, listCode);
    if (!code)
        return fail(code.error());
    return m_prices.rulePage(*code, query);
}

Result<qint64> PriceListService::ruleCount(const Actor& actor, const QString& listCode,
                                           const storage::ListQuery& query) {
    auto code = viewableList(actor, listCode);
    if (!code)
        return fail(code.error());
    return m_prices.ruleCount(*code, query);
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
    return priceFor((*customer)->code, (*customer)->priceListCode, **product, qty, date);
}

Result<PriceDecision> PriceListService::priceFor(const QString& customerCode,
                                                 const QString& priceListCode,
                                                 const domain::Product& product,
                                                 domain::Quantity qty, const QDate& date) {
    const domain::PriceQuery query{customerCode,      product.sku, product.category,
                                   product.listPrice, qty,         date};
    auto candidates =
        m_prices.candidates(priceListCode, query.customerCode, query.sku, query.category);
    if (!candidates)
        return fail(candidates.error());
    return domain::resolvePrice(query, *candidates);
}

} // namespace mostrador::services
