// SPDX-License-Identifier: MIT
#include "services/demo_history_plan.h"

#include "domain/credit_policy.h"
#include "domain/invoicing.h"
#include "domain/iso_date.h"
#include "services/demo_data.h"

#include <QLocale>
#include <array>

namespace mostrador::services::history {

using domain::DocumentLine;
using domain::Money;
using domain::Percent;
using domain::Quantity;
namespace os = domain::order_state;

namespace {

// Orders younger than this may still be drafts, held or waiting for a manager; older
// ones were decided long ago.
constexpr int kTailDays = 30;
constexpr int kUnpaidDays = 180;

QString stamp(QDate date) {
    return domain::isoDate(date) + QStringLiteral("T10:00:00.000Z");
}

// An index in [0, n) that favours the first ones, as a few customers and products make
// most of the sales.
qsizetype skewed(qint64 index, quint64 salt, qsizetype n) {
    return qsizetype(
        std::min(demo::mix(index, salt) % quint64(n), demo::mix(index, salt + 1) % quint64(n)));
}

// Whole units of half a quantity: what a first, partial shipment takes.
Quantity half(Quantity qty) {
    return Quantity::fromUnits(qty.thousandths() / 2000);
}

} // namespace

Planner::Planner(const Catalogue& catalogue)
    : m_catalogue(catalogue) {
    for (qsizetype i = 0; i < catalogue.products.size(); ++i)
        m_productIndex.insert(catalogue.products[i].product.id, i);
    for (const storage::HistoryProduct& p : catalogue.products)
        if (p.product.tracked)
            m_free.insert(p.product.id, std::max(p.onHand - p.reserved, Quantity()));
}

Planner::Fate Planner::fateOf(qint64 index, QDate date) const {
    const int roll = int(demo::mix(index, 31) % 100);
    if (date.daysTo(m_catalogue.today) > kTailDays)
        return roll < 2 ? Fate::Cancelled : Fate::Flow;
    if (roll < 8)
        return Fate::Draft;
    if (roll < 12)
        return Fate::Held;
    if (roll < 16)
        return Fate::Awaiting;
    return roll < 18 ? Fate::Cancelled : Fate::Flow;
}

DocumentLine Planner::lineFor(qint64 index, int k) const {
    const qint64 key = index * 8 + k;
    const storage::HistoryProduct& h =
        m_catalogue.products[skewed(key, 40, m_catalogue.products.size())];
    DocumentLine l;
    l.productId = h.product.id;
    l.sku = h.product.sku;
    l.description = h.product.name;
    l.unit = h.product.unit;
    qint64 units = 1 + qint64(demo::mix(key, 42) % 12);
    if (demo::mix(key, 43) % 10 == 0)
        units *= 5; // the odd large order
    l.qty = Quantity::fromUnits(units);
    l.unitPrice = h.product.listPrice;
    const int roll = int(demo::mix(key, 44) % 100);
    l.discount = Percent::fromWhole(roll < 70 ? 0 : (roll < 90 ? 5 : 10));
    l.taxCode = h.product.taxCode;
    l.taxRate = h.taxRate;
    l.unitCost = h.product.standardCost;
    l.stockTracked = h.product.tracked;
    return l;
}

domain::SalesOrder Planner::draftOrder(qint64 index, QDate date) const {
    domain::SalesOrder o;
    const qsizetype who = skewed(index, 20, m_catalogue.parties.size());
    o.party = m_catalogue.parties[who];
    o.salesperson = m_catalogue.salespeople[who % m_catalogue.salespeople.size()];
    o.currency = m_catalogue.currency;
    o.date = date;
    if (demo::mix(index, 21) % 3 == 0)
        o.requestedDate = date.addDays(7 + qint64(demo::mix(index, 22) % 14));
    const int lines = 1 + int(demo::mix(index, 23) % 8);
    for (int k = 0; k < lines; ++k)
        o.lines.append(lineFor(index, k));
    o.version = 1;
    return o;
}

// One shipment of everything 1–10 days after the order, or a quarter of the time a
// first one of half of it and a second with the rest up to three weeks later.
void Planner::ship(OrderPlan& plan, qint64 index) const {
    domain::SalesOrder& o = plan.order;
    Shipping first{o.date.addDays(1 + qint64(demo::mix(index, 50) % 10)), {}};
    Shipping second{first.date.addDays(3 + qint64(demo::mix(index, 51) % 18)), {}};
    bool split = demo::mix(index, 52) % 4 == 0;
    for (const DocumentLine& l : o.lines) {
        const Quantity part = split ? half(l.qty) : l.qty;
        first.qty.append(part);
        second.qty.append(l.qty - part);
    }
    split = split && std::any_of(first.qty.begin(), first.qty.end(),
                                 [](Quantity q) { return q > Quantity(); });
    if (!split)
        first.qty = QList<Quantity>(o.lines.size());
    for (qsizetype i = 0; !split && i < o.lines.size(); ++i)
        first.qty[i] = o.lines[i].qty;
    for (const Shipping& s : split ? QList<Shipping>{first, second} : QList<Shipping>{first}) {
        if (s.date > m_catalogue.today)
            break;
        for (qsizetype i = 0; i < o.lines.size(); ++i)
            o.lines[i].shipped += s.qty[i];
        plan.shipments.append(s);
    }
    if (!plan.shipments.isEmpty())
        o.status = domain::stateAfterShipment(o.lines);
}

// Invoiced 0–2 days after the last shipment; paid around the last due date (a few days
// early to three weeks late), in full, or half of it, or not at all.
void Planner::invoiceAndCollect(OrderPlan& plan, qint64 index) const {
    domain::SalesOrder& o = plan.order;
    if (o.status != QStringView(os::kShipped))
        return;
    const QDate date = plan.shipments.last().date.addDays(qint64(demo::mix(index, 60) % 3));
    if (date > m_catalogue.today)
        return;
    plan.invoiceDate = date;
    for (DocumentLine& l : o.lines)
        l.invoiced = l.qty;
    o.invoicingStatus = domain::invoicingStatus(o.lines, {});
    (void)domain::closeWhenDone(o);
    const auto terms = m_catalogue.terms.constFind(o.party.paymentTermsCode);
    plan.installments = domain::installmentsFor(
        terms == m_catalogue.terms.constEnd() ? nullptr : &*terms, date, o.total);
    // Customers settle their old debts: only invoices of the last half year stay unpaid
    // (one in sixteen) or half paid (one in sixteen).
    int roll = int(demo::mix(index, 61) % 16);
    if (date.daysTo(m_catalogue.today) > kUnpaidDays)
        roll = 2;
    if (roll == 0)
        return;
    const QDate lastDue = plan.installments.isEmpty() ? date : plan.installments.last().dueDate;
    const QDate paid =
        std::max(date.addDays(1), lastDue.addDays(-5 + qint64(demo::mix(index, 62) % 31)));
    if (paid > m_catalogue.today)
        return;
    const qint64 total = o.total.minor();
    plan.payments.append({paid, Money::fromMinor(roll == 1 ? total / 2 : total, o.currency)});
}

// What an order still open today holds: its reservation (first come, first served, as
// confirming does), its open value, and now and then a deposit.
void Planner::settle(OrderPlan& plan) {
    domain::SalesOrder& o = plan.order;
    const bool open = o.status == QStringView(os::kConfirmed) ||
                      o.status == QStringView(os::kPartiallyShipped) ||
                      o.status == QStringView(os::kShipped);
    o.openValue = open ? domain::openValue(o.lines, o.currency) : Money::fromMinor(0, o.currency);
    if (o.status == QStringView(os::kConfirmed) || o.status == QStringView(os::kPartiallyShipped))
        reserve(o);
    if (o.status == QStringView(os::kConfirmed) && o.id % 5 == 0)
        plan.deposit = Money::fromMinor(o.total.minor() * 3 / 10, o.currency);
    o.deposits = plan.deposit.minor() > 0 ? plan.deposit : Money::fromMinor(0, o.currency);
}

void Planner::reserve(domain::SalesOrder& o) {
    for (DocumentLine& l : o.lines) {
        if (!l.stockTracked)
            continue;
        Quantity& free = m_free[l.productId];
        l.reserved = std::min(l.remaining(), free);
        free -= l.reserved;
        m_reserved[l.productId] += l.reserved;
    }
}

std::shared_ptr<OrderPlan> Planner::plan(qint64 index, QDate date) {
    auto plan = std::make_shared<OrderPlan>();
    domain::SalesOrder& o = plan->order;
    o = draftOrder(index, date);
    const Fate fate = fateOf(index, date);
    if (fate == Fate::Awaiting)
        o.lines.first().discount = Percent::fromWhole(25);
    const domain::DocumentTotals totals =
        domain::priceLines(o.lines, m_catalogue.rounding, o.currency);
    o.untaxed = totals.untaxed;
    o.tax = totals.tax;
    o.total = totals.total;
    o.taxGroups = totals.groups;
    o.id = index; // a stand-in until written, so the deposit roll is a function of the index
    const QLocale locale;
    switch (fate) {
    case Fate::Draft:
        break;
    case Fate::Awaiting:
        o.status = QString::fromUtf16(os::kAwaitingApproval);
        for (const auto& f : domain::approvalFindings(o.lines, Percent::fromWhole(10)))
            o.approvalReasons << domain::describe(f, locale);
        break;
    case Fate::Held: {
        o.status = QString::fromUtf16(os::kCreditHold);
        const domain::CreditFinding over{domain::CreditHoldReason::LimitExceeded,
                                         Money::fromMinor(o.total.minor() / 2, o.currency)};
        o.holdReasons << domain::describe(over, locale);
        break;
    }
    case Fate::Cancelled:
        o.status = QString::fromUtf16(os::kCancelled);
        o.cancelReason = demo::utf8("El cliente ya no lo necesita");
        plan->confirmedAt = stamp(date);
        for (DocumentLine& l : o.lines)
            l.cancelled = l.qty;
        break;
    case Fate::Flow:
        o.status = QString::fromUtf16(os::kConfirmed);
        plan->confirmedAt = stamp(date);
        ship(*plan, index);
        invoiceAndCollect(*plan, index);
        break;
    }
    settle(*plan);
    o.id = 0;
    return plan;
}

} // namespace mostrador::services::history
