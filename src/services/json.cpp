// SPDX-License-Identifier: MIT
#include "services/json.h"

#include <QJsonArray>

namespace mostrador::services {

QJsonObject toJson(const domain::Customer& c) {
    QJsonArray contacts;
    for (const domain::Contact& k : c.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("role"), k.role},
                                    {QStringLiteral("email"), k.email},
                                    {QStringLiteral("phone"), k.phone}});
    return {
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("tax_id"), c.taxId},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("billing_address"), c.billingAddress},
        {QStringLiteral("shipping_address"), c.shippingAddress},
        {QStringLiteral("payment_terms"), c.paymentTermsCode},
        {QStringLiteral("credit_limit"),
         c.creditLimit ? QJsonValue(c.creditLimit->toPlainString()) : QJsonValue()},
        {QStringLiteral("price_list"), c.priceListCode},
        {QStringLiteral("on_hold"), c.onHold},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("active"), c.active},
        {QStringLiteral("contacts"), contacts},
    };
}

QJsonObject toJson(const domain::Product& p) {
    return {
        {QStringLiteral("sku"), p.sku},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("unit"), p.unit},
        {QStringLiteral("price"), p.listPrice.toPlainString()},
        {QStringLiteral("cost"), p.standardCost.toPlainString()},
        {QStringLiteral("tax"), p.taxCode},
        {QStringLiteral("weight"), p.weightKg.toPlainString()},
        {QStringLiteral("category"), p.category},
        {QStringLiteral("tracked"), p.tracked},
        {QStringLiteral("active"), p.active},
    };
}

QJsonObject toJson(const domain::TaxRate& r) {
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("rate"), r.rate.toPlainString()}};
}

QJsonObject toJson(const domain::PaymentTerms& t) {
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("days"), domain::formatTermDays(t.days)}};
}

QJsonObject toJson(const domain::CompanyProfile& c) {
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("tax_id"), c.taxId},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("currency"), c.currency.code()},
            {QStringLiteral("has_logo"), !c.logoPng.isEmpty()}};
}

namespace {
QJsonValue dateJson(const std::optional<QDate>& date) {
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const domain::PriceList& l) {
    return {{QStringLiteral("code"), l.code},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("currency"), l.currency.code()}};
}

QJsonObject toJson(const domain::PriceRule& r) {
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("price_list"), r.priceListCode},
        {QStringLiteral("sku"), r.sku},
        {QStringLiteral("category"), r.category},
        {QStringLiteral("customer"), r.customerCode},
        {QStringLiteral("min_qty"), r.minQty.toPlainString()},
        {QStringLiteral("price"),
         r.fixedPrice ? QJsonValue(r.fixedPrice->toPlainString()) : QJsonValue()},
        {QStringLiteral("discount"),
         r.discount ? QJsonValue(r.discount->toPlainString()) : QJsonValue()},
        {QStringLiteral("from"), dateJson(r.validFrom)},
        {QStringLiteral("to"), dateJson(r.validTo)},
    };
}

} // namespace mostrador::services
