// SPDX-License-Identifier: MIT
#include "domain/pricing.h"

#include "domain/customer.h"

#include <tuple>

namespace mostrador::domain {

Status validatePriceRule(const PriceRule& r) {
    if (r.sku.isEmpty() == r.category.isEmpty())
        return fail(Error::invalid(QStringLiteral("price_rule.target"),
                                   trMsg("A price rule applies to either a product or a category"),
                                   QStringLiteral("sku")));
    if (r.fixedPrice.has_value() == r.discount.has_value())
        return fail(Error::invalid(QStringLiteral("price_rule.kind"),
                                   trMsg("A price rule has either a fixed price or a discount"),
                                   QStringLiteral("price")));
    if (r.fixedPrice && r.fixedPrice->isNegative())
        return fail(Error::invalid(QStringLiteral("price_rule.price_negative"),
                                   trMsg("A fixed price cannot be negative"),
                                   QStringLiteral("price")));
    if (r.discount && (r.discount->basisPoints() < 0 || r.discount->basisPoints() > 10000))
        return fail(Error::invalid(QStringLiteral("price_rule.discount_range"),
                                   trMsg("A discount must be between 0 and 100 %"),
                                   QStringLiteral("discount")));
    if (r.minQty.isNegative())
        return fail(Error::invalid(QStringLiteral("price_rule.min_qty_negative"),
                                   trMsg("The minimum quantity cannot be negative"),
                                   QStringLiteral("min_qty")));
    if (r.validFrom && r.validTo && *r.validTo < *r.validFrom)
        return fail(Error::invalid(QStringLiteral("price_rule.dates"),
                                   trMsg("The rule ends before it starts"), QStringLiteral("to")));
    return {};
}

bool ruleApplies(const PriceRule& r, const PriceQuery& q) {
    if (!r.sku.isEmpty() ? r.sku != q.sku : r.category != q.category)
        return false;
    if (!r.customerCode.isEmpty() && r.customerCode != q.customerCode)
        return false;
    if (q.qty < r.minQty)
        return false;
    if (r.validFrom && q.date < *r.validFrom)
        return false;
    return !(r.validTo && q.date > *r.validTo);
}

namespace {

// Larger is more specific; the order of the tuple is the order of precedence.
auto specificity(const PriceRule& r) {
    return std::make_tuple(!r.customerCode.isEmpty(), !r.sku.isEmpty(), r.minQty, r.id);
}

} // namespace

PriceDecision resolvePrice(const PriceQuery& query, const QList<PriceRule>& candidates) {
    const PriceRule* best = nullptr;
    for (const PriceRule& r : candidates)
        if (ruleApplies(r, query) && (!best || specificity(*best) < specificity(r)))
            best = &r;
    if (!best)
        return {query.listPrice, Percent(), std::nullopt};
    if (best->fixedPrice)
        return {*best->fixedPrice, Percent(), *best};
    return {query.listPrice, *best->discount, *best};
}

QString explainPrice(const PriceDecision& d, const QLocale& locale) {
    if (!d.rule)
        return trMsg("List price");
    const PriceRule& r = *d.rule;
    QString who = r.customerCode.isEmpty() ? trMsg("Price list %1").arg(r.priceListCode)
                                           : trMsg("Customer price (%1)").arg(r.customerCode);
    QString what = r.sku.isEmpty() ? trMsg("category %1").arg(r.category) : trMsg("this product");
    QString text = trMsg("%1, %2").arg(who, what);
    if (r.minQty > Quantity())
        text += trMsg(", from %1 units").arg(r.minQty.toString(locale));
    if (r.discount)
        text += trMsg(": %1 % off").arg(r.discount->toString(locale));
    if (r.validTo)
        text += trMsg(", until %1").arg(locale.toString(*r.validTo, QLocale::ShortFormat));
    return text;
}

bool ruleConcerns(const PriceRule& r, QStringView priceListCode, QStringView customerCode,
                  QStringView sku, QStringView category) {
    const bool forProduct = r.sku == sku;
    const bool forCategory = !category.isEmpty() && r.category == category;
    if (r.priceListCode == priceListCode && (forProduct || forCategory))
        return true;
    return !customerCode.isEmpty() && r.customerCode == customerCode && (forProduct || forCategory);
}

} // namespace mostrador::domain
