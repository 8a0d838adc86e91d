// SPDX-License-Identifier: MIT
// The documents of a planned order as they are written: its shipments, its posted invoice
// and the payments that settle it, each built through the domain's rules.
#include "domain/invoicing.h"
#include "domain/iso_date.h"
#include "services/demo_data.h"
#include "services/demo_history_plan.h"

#include <array>

namespace mostrador::services::history {

using domain::Money;
using domain::Quantity;

namespace {

const std::array<const char*, 5> kCarriers{"SEUR", "MRW", "Correos Express", "DHL", "Nacex"};
const std::array<const char16_t*, 4> kMethods{
    domain::payment_method::kTransfer, domain::payment_method::kTransfer,
    domain::payment_method::kCard, domain::payment_method::kCheque};

} // namespace

Quantity Planner::weightOf(qint64 productId) const {
    const auto at = m_productIndex.constFind(productId);
    return at == m_productIndex.constEnd() ? Quantity()
                                           : m_catalogue.products[*at].product.weightKg;
}

domain::Shipment Planner::shipmentOf(const OrderPlan& plan, int part, const QString& number) const {
    const domain::SalesOrder& o = plan.order;
    const Shipping& s = plan.shipments[part];
    domain::Shipment out;
    out.number = number;
    out.orderNumber = o.number;
    out.party = o.party;
    out.date = s.date;
    const quint64 roll = demo::mix(o.id, 70 + quint64(part));
    out.carrier = QString::fromUtf8(kCarriers[roll % kCarriers.size()]);
    out.tracking = QStringLiteral("%1%2")
                       .arg(out.carrier.left(2).toUpper())
                       .arg(roll % 1000000000, 9, 10, QLatin1Char('0'));
    out.shippedBy = m_catalogue.clerk;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        if (s.qty[i] <= Quantity())
            continue;
        const domain::DocumentLine& l = o.lines[i];
        domain::ShipmentLine line{0,
                                  l.id,
                                  l.productId,
                                  l.sku,
                                  l.description,
                                  l.unit,
                                  s.qty[i],
                                  domain::lineWeight(weightOf(l.productId), s.qty[i])};
        out.weightKg += line.weightKg;
        out.lines.append(line);
    }
    out.packages = 1 + int(out.lines.size() / 3);
    return out;
}

domain::Invoice Planner::invoiceOf(const OrderPlan& plan, const QString& number,
                                   const QString& draftNumber) const {
    const domain::SalesOrder& o = plan.order;
    domain::Invoice inv;
    inv.number = number;
    inv.draftNumber = draftNumber;
    inv.party = o.party;
    inv.date = plan.invoiceDate;
    inv.salesperson = o.salesperson;
    inv.currency = o.currency;
    for (const domain::DocumentLine& l : o.lines)
        inv.lines.append(domain::invoiceLineFrom(l, o.id, o.number, l.qty));
    domain::priceInvoice(inv, m_catalogue.rounding);
    inv.installments = plan.installments;
    Money paid = Money::fromMinor(0, o.currency);
    for (const Collection& c : plan.payments)
        paid = paid + c.amount;
    inv.paid = paid;
    inv.depositsApplied = Money::fromMinor(0, o.currency);
    const domain::Settlement settled =
        domain::settlementState(inv.installments, inv.total, inv.depositsApplied, paid);
    inv.status = settled.status;
    inv.dueDate = settled.dueDate;
    inv.balance = settled.balance;
    inv.postedBy = m_catalogue.clerk;
    inv.postedAt = domain::isoDate(inv.date) + QStringLiteral("T10:00:00.000Z");
    inv.version = 1;
    return inv;
}

domain::Payment Planner::paymentOf(const OrderPlan& plan, int part, const QString& number) const {
    const Collection& c = plan.payments[part];
    domain::Payment p;
    p.number = number;
    p.customerId = plan.order.party.customerId;
    p.amount = c.amount;
    p.unallocated = Money::fromMinor(0, c.amount.currency());
    p.chargedBack = Money::fromMinor(0, c.amount.currency());
    p.method = QString::fromUtf16(kMethods[demo::mix(plan.invoiceId, 80) % kMethods.size()]);
    p.date = c.date;
    p.reference = plan.invoiceNumber;
    p.recordedBy = m_catalogue.clerk;
    domain::Allocation a;
    a.invoiceId = plan.invoiceId;
    a.amount = c.amount;
    a.date = c.date;
    p.allocations.append(a);
    return p;
}

} // namespace mostrador::services::history
