// SPDX-License-Identifier: MIT
#include "app/payment_source.h"

#include "app/cells.h"
#include "domain/fulfilment.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;

QString PaymentLabels::method(const QString& key) {
    return domain::paymentMethodLabel(key); // translated where the domain names them
}

QList<std::pair<QString, QString>> PaymentLabels::methods() {
    QList<std::pair<QString, QString>> out;
    for (const QString& key : domain::paymentMethods())
        out.append({key, method(key)});
    return out;
}

QString PaymentLabels::reason(const QString& key) {
    namespace r = domain::chargeback_reason;
    if (key == r::kDispute)
        return tr("Dispute");
    if (key == r::kBounced)
        return tr("Bounced");
    if (key == r::kDeduction)
        return tr("Deduction");
    return key;
}

QList<std::pair<QString, QString>> PaymentLabels::reasons() {
    namespace r = domain::chargeback_reason;
    QList<std::pair<QString, QString>> out;
    for (const char16_t* key : {r::kDispute, r::kBounced, r::kDeduction})
        out.append({QString::fromUtf16(key), reason(QString::fromUtf16(key))});
    return out;
}

QString PaymentLabels::kind(const QString& key) {
    if (key == domain::payment_kind::kRefund)
        return tr("Refund");
    return tr("Payment");
}

PaymentSource::PaymentSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> PaymentSource::columns() const {
    return {
        {tr("Number"), QStringLiteral("number"), ColumnKind::Text, 16},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 36},
        {tr("Method"), {}, ColumnKind::Text, 22},
        {tr("Reference"), {}, ColumnKind::Text, 16},
        {tr("Amount"), QStringLiteral("amount"), ColumnKind::Money, 13},
        {tr("Unallocated"), {}, ColumnKind::Money, 13},
        {tr("Charged back"), {}, ColumnKind::Money, 13},
    };
}

services::PaymentListQuery PaymentSource::query(const ListRequest& request, int offset,
                                                int limit) const {
    auto q = pageQuery<services::PaymentListQuery>(request, offset, limit);
    q.customerCode = m_filter.customerCode;
    q.method = m_filter.method;
    q.from = m_filter.from;
    q.to = m_filter.to;
    return q;
}

Result<qint64> PaymentSource::count(const ListRequest& request) {
    return m_services.payments().countPayments(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> PaymentSource::fetch(const ListRequest& request, int offset, int limit) {
    return tableRows(m_services.payments().page(m_actor, query(request, offset, limit)),
                     [this](const domain::Payment& p) { return rowOf(p); });
}

TableRow PaymentSource::rowOf(const domain::Payment& p) const {
    const QString customer = p.customerName.isEmpty()
                                 ? p.customerCode
                                 : p.customerCode + QStringLiteral(" · ") + p.customerName;
    QString reference = p.reference;
    if (p.kind == domain::payment_kind::kRefund)
        reference = reference.isEmpty() ? PaymentLabels::kind(p.kind)
                                        : tr("%1 (%2)").arg(PaymentLabels::kind(p.kind), reference);
    return TableRow{p.number,
                    true,
                    {Cell::text(p.number), dateCell(p.date, m_locale), Cell::text(customer),
                     Cell{PaymentLabels::method(p.method), p.method, p.method},
                     Cell::text(reference), cells::money(p.amount, m_locale),
                     cells::money(p.unallocated, m_locale), cells::money(p.chargedBack, m_locale)}};
}

} // namespace mostrador::app
