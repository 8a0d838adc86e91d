// SPDX-License-Identifier: MIT
#include "app/list_sources.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;

CustomerSource::CustomerSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> CustomerSource::columns() const {
    return {
        {tr("Code"), QStringLiteral("code"), ColumnKind::Text, 9},
        {tr("Name"), QStringLiteral("name"), ColumnKind::Text, 42},
        {tr("Tax ID"), QStringLiteral("tax_id"), ColumnKind::Text, 11},
        {tr("Email"), QStringLiteral("email"), ColumnKind::Text, 30},
        {tr("Phone"), QStringLiteral("phone"), ColumnKind::Text, 18},
        {tr("Credit limit"), QStringLiteral("credit_limit"), ColumnKind::Money, 13},
        {tr("Status"), {}, ColumnKind::Text, 9},
    };
}

Result<qint64> CustomerSource::count(const ListRequest& request) {
    return m_services.customers().count(m_actor, pageQuery(request));
}

Result<QList<TableRow>> CustomerSource::fetch(const ListRequest& request, int offset, int limit) {
    const domain::Currency currency = this->currency();
    const auto toRow = [&](const auto& c) {
        QString status;
        if (!c.active)
            status = tr("Inactive");
        else if (c.onHold)
            status = tr("On hold");
        return TableRow{c.code,
                        c.active,
                        {Cell::text(c.code),
                         Cell::text(c.name),
                         Cell::text(c.taxId),
                         Cell::text(c.email),
                         Cell::text(c.phone),
                         cells::optionalMoney(c.creditLimitMinor, currency, m_locale),
                         {status, c.onHold, c.onHold ? QStringLiteral("on_hold") : QString()}}};
    };
    return tableRows(m_services.customers().list(m_actor, pageQuery(request, offset, limit)),
                     toRow);
}

ProductSource::ProductSource(services::Services& services, domain::Actor actor, Mode mode)
    : ServiceSource(services, std::move(actor))
    , m_mode(mode) {}

QList<ColumnSpec> ProductSource::columns() const {
    if (m_mode == Mode::Stock) {
        return {
            {tr("SKU"), QStringLiteral("sku"), ColumnKind::Text, 11},
            {tr("Name"), QStringLiteral("name"), ColumnKind::Text, 56},
            {tr("Unit"), {}, ColumnKind::Text, 5},
            {tr("On hand"), QStringLiteral("on_hand"), ColumnKind::Quantity, 11},
            {tr("Reserved"), {}, ColumnKind::Quantity, 11},
            {tr("Available"), QStringLiteral("available"), ColumnKind::Quantity, 11},
        };
    }
    return {
        {tr("SKU"), QStringLiteral("sku"), ColumnKind::Text, 11},
        {tr("Name"), QStringLiteral("name"), ColumnKind::Text, 38},
        {tr("Category"), QStringLiteral("category"), ColumnKind::Text, 15},
        {tr("Unit"), {}, ColumnKind::Text, 5},
        {tr("Price"), QStringLiteral("price"), ColumnKind::UnitPrice, 11},
        {tr("Cost"), QStringLiteral("cost"), ColumnKind::UnitPrice, 11},
        {tr("Tax"), {}, ColumnKind::Text, 7},
        {tr("On hand"), QStringLiteral("on_hand"), ColumnKind::Quantity, 11},
        {tr("Available"), QStringLiteral("available"), ColumnKind::Quantity, 11},
    };
}

Result<qint64> ProductSource::count(const ListRequest& request) {
    return m_services.products().count(m_actor, pageQuery(request));
}

Result<QList<TableRow>> ProductSource::fetch(const ListRequest& request, int offset, int limit) {
    const domain::Currency currency = this->currency();
    const auto toRow = [&](const auto& p) {
        TableRow row{p.sku, p.active, {Cell::text(p.sku), Cell::text(p.name)}};
        const auto stock = [&](domain::Quantity q) {
            return p.tracked ? cells::quantity(q, m_locale) : cells::untracked();
        };
        if (m_mode == Mode::Stock) {
            row.cells << Cell::text(p.unit) << stock(p.onHand) << stock(p.reserved)
                      << stock(p.onHand - p.reserved);
        } else {
            row.cells << Cell::text(p.category) << Cell::text(p.unit)
                      << cells::price(p.listPrice, currency, m_locale)
                      << cells::price(p.standardCost, currency, m_locale) << Cell::text(p.taxCode)
                      << stock(p.onHand) << stock(p.onHand - p.reserved);
        }
        return row;
    };
    return tableRows(m_services.products().list(m_actor, pageQuery(request, offset, limit)), toRow);
}

} // namespace mostrador::app
