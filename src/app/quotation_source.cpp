// SPDX-License-Identifier: MIT
#include "app/quotation_source.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;
namespace state = domain::quotation_state;

QString QuotationLabels::state(const QString& key) {
    if (key == state::kDraft)
        return tr("Draft");
    if (key == state::kSent)
        return tr("Sent");
    if (key == state::kAccepted)
        return tr("Accepted");
    if (key == state::kRejected)
        return tr("Rejected");
    if (key == state::kExpired)
        return tr("Expired");
    return key;
}

QList<std::pair<QString, QString>> QuotationLabels::states() {
    QList<std::pair<QString, QString>> out;
    for (const char16_t* key :
         {state::kDraft, state::kSent, state::kAccepted, state::kRejected, state::kExpired}) {
        const QString k = QString::fromUtf16(key);
        out.append({k, state(k)});
    }
    return out;
}

QuotationSource::QuotationSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> QuotationSource::columns() const {
    return {
        {tr("Number"), QStringLiteral("number"), ColumnKind::Text, 14},
        {tr("Rev."), {}, ColumnKind::Text, 4},
        {tr("Status"), QStringLiteral("status"), ColumnKind::Text, 11},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 46},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Valid until"), QStringLiteral("valid_until"), ColumnKind::Text, 11},
        {tr("Salesperson"), {}, ColumnKind::Text, 12},
        {tr("Total"), QStringLiteral("total"), ColumnKind::Money, 13},
        {tr("Order"), {}, ColumnKind::Text, 14},
    };
}

services::QuotationListQuery QuotationSource::query(const ListRequest& request, int offset,
                                                    int limit) const {
    auto q = pageQuery<services::QuotationListQuery>(request, offset, limit);
    q.status = m_filter.status;
    q.customerCode = m_filter.customerCode;
    q.from = m_filter.from;
    q.to = m_filter.to;
    return q;
}

Result<qint64> QuotationSource::count(const ListRequest& request) {
    return m_services.quotations().count(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> QuotationSource::fetch(const ListRequest& request, int offset, int limit) {
    const auto toRow = [this](const auto& q) {
        const QString customer = q.customerName.isEmpty()
                                     ? q.customerCode
                                     : q.customerCode + QStringLiteral(" · ") + q.customerName;
        return TableRow{q.number,
                        true,
                        {Cell::text(q.number),
                         {QString::number(q.revision), q.revision, QString::number(q.revision)},
                         {QuotationLabels::state(q.status), q.status, q.status},
                         Cell::text(customer),
                         dateCell(q.date, m_locale),
                         dateCell(q.validUntil, m_locale),
                         Cell::text(q.salesperson),
                         cells::money(q.total, m_locale),
                         Cell::text(q.orderNumber)}};
    };
    return tableRows(m_services.quotations().list(m_actor, query(request, offset, limit)), toRow);
}

} // namespace mostrador::app
