// SPDX-License-Identifier: MIT
#include "app/dialogs/price_rule_source.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using domain::PriceRule;
using reports::ColumnKind;

PriceRuleSource::PriceRuleSource(services::Services& services, domain::Actor actor,
                                 domain::PriceList list)
    : ServiceSource(services, std::move(actor))
    , m_list(std::move(list)) {}

QList<ColumnSpec> PriceRuleSource::columns() const {
    return {
        {tr("Product or category"), QStringLiteral("target"), ColumnKind::Text, 24},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 10},
        {tr("From qty"), QStringLiteral("min_qty"), ColumnKind::Quantity, 9},
        {tr("Fixed price"), QStringLiteral("price"), ColumnKind::UnitPrice, 11},
        {tr("Discount"), QStringLiteral("discount"), ColumnKind::Text, 10},
        {tr("Valid from"), QStringLiteral("from"), ColumnKind::Text, 11},
        {tr("Valid to"), QStringLiteral("to"), ColumnKind::Text, 10},
    };
}

Result<qint64> PriceRuleSource::count(const ListRequest& request) {
    return m_services.priceLists().ruleCount(m_actor, m_list.code, pageQuery(request));
}

Result<QList<TableRow>> PriceRuleSource::fetch(const ListRequest& request, int offset, int limit) {
    return tableRows(
        m_services.priceLists().rulePage(m_actor, m_list.code, pageQuery(request, offset, limit)),
        [this](const PriceRule& r) { return row(r); });
}

TableRow PriceRuleSource::row(const PriceRule& r) const {
    const QString target =
        r.sku.isEmpty() ? tr("Category: %1").arg(r.category) : tr("Product: %1").arg(r.sku);
    TableRow row{QString::number(r.id), true, {}};
    row.cells << Cell{target, QString(r.sku + r.category), r.sku.isEmpty() ? r.category : r.sku}
              << (r.customerCode.isEmpty() ? Cell{tr("any"), QString(), QString()}
                                           : Cell::text(r.customerCode))
              << cells::quantity(r.minQty, m_locale)
              << (r.fixedPrice ? cells::price(*r.fixedPrice, m_list.currency, m_locale) : Cell{})
              << (r.discount ? Cell{tr("%1 %").arg(r.discount->toString(m_locale)),
                                    r.discount->basisPoints(), r.discount->toPlainString()}
                             : Cell{})
              << date(r.validFrom) << date(r.validTo);
    return row;
}

Cell PriceRuleSource::date(const std::optional<QDate>& date) const {
    if (!date)
        return {};
    return dateCell(*date, m_locale);
}

} // namespace mostrador::app
