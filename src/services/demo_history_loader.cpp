// SPDX-License-Identifier: MIT
#include "services/demo_history_loader.h"

#include "domain/numbering.h"
#include "domain/stock.h"
#include "services/demo_data.h"
#include "storage/sales_summary_repository.h"

namespace mostrador::services::history {

using domain::Quantity;

namespace {

const QString kOrder = QString::fromUtf16(domain::series::kOrder);
const QString kShipment = QString::fromUtf16(domain::series::kShipment);
const QString kInvoice = QString::fromUtf16(domain::series::kInvoice);
const QString kDraft = QStringLiteral("invoice_draft");
const QString kPayment = QString::fromUtf16(domain::series::kPayment);
const QString kDeposit = QStringLiteral("deposit");

QDateTime morningOf(QDate date) {
    return QDateTime(date, QTime(10, 0), Qt::UTC);
}

} // namespace

Loader::Loader(ServiceContext& ctx, const Catalogue& catalogue, int orders)
    : m_ctx(ctx)
    , m_catalogue(catalogue)
    , m_planner(catalogue)
    , m_bulk(ctx.db)
    , m_series(ctx.db)
    , m_deposits(ctx.db)
    , m_stock(ctx.db)
    , m_accounts(ctx.db)
    , m_orders(orders)
    , m_days(catalogue.start.daysTo(catalogue.today) + 1)
    , m_buckets(size_t(m_days)) {}

Status Loader::run(const domain::Actor& actor) {
    storage::BulkLoadScope bulk(m_ctx.db);
    for (QDate first = m_catalogue.start; first <= m_catalogue.today;) {
        const QDate last =
            std::min(QDate(first.year(), first.month(), first.daysInMonth()), m_catalogue.today);
        if (auto ok = inTransaction(m_ctx.db, [&] { return month(first, last); }); !ok)
            return ok;
        first = last.addDays(1);
    }
    // The summaries from the posted invoices, as the posting services keep them.
    return inTransaction(m_ctx.db, [&]() -> Status {
        storage::SalesSummaryRepository summaries(m_ctx.db, m_ctx.currency);
        if (auto ok = summaries.rebuild(); !ok)
            return ok;
        return m_ctx.record(actor, QStringLiteral("demo.history"), QStringLiteral("demo"),
                            QString(), {},
                            {{QStringLiteral("orders"), m_summary.orders},
                             {QStringLiteral("invoices"), m_summary.invoices},
                             {QStringLiteral("payments"), m_summary.payments}});
    });
}

Status Loader::month(QDate first, QDate last) {
    m_newOrders.clear();
    for (QDate day = first; day <= last; day = day.addDays(1))
        planDay(day);
    if (auto ok = takeNumbers(first, last); !ok)
        return ok;
    for (QDate day = first; day <= last; day = day.addDays(1))
        if (auto ok = writeDay(day); !ok)
            return ok;
    return closeMonth(last);
}

// Order i of n is dated on day ⌊i × days / n⌋ of the history: the same number each day.
void Loader::planDay(QDate day) {
    const qint64 k = m_catalogue.start.daysTo(day);
    const qint64 from = (k * m_orders + m_days - 1) / m_days;
    const qint64 to = ((k + 1) * m_orders + m_days - 1) / m_days;
    auto& orders = m_newOrders[k];
    for (qint64 i = from; i < to; ++i) {
        std::shared_ptr<OrderPlan> plan = m_planner.plan(i, day);
        for (int s = 0; s < plan->shipments.size(); ++s)
            bucket(plan->shipments[s].date).append({Event::Shipment, s, plan});
        if (plan->invoiceDate.isValid())
            bucket(plan->invoiceDate).append({Event::Invoice, 0, plan});
        for (int p = 0; p < plan->payments.size(); ++p)
            bucket(plan->payments[p].date).append({Event::Payment, p, plan});
        orders.append(std::move(plan));
    }
}

// One block per series for the month: every event of the month is planned by now.
Status Loader::takeNumbers(QDate first, QDate last) {
    QHash<QString, qint64> counts;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const auto& plan : m_newOrders.value(m_catalogue.start.daysTo(day))) {
            ++counts[kOrder];
            counts[kDeposit] += plan->deposit.minor() > 0 ? 1 : 0;
        }
        for (const Event& e : bucket(day)) {
            const QString& kind = e.kind == Event::Shipment
                                      ? kShipment
                                      : (e.kind == Event::Invoice ? kInvoice : kPayment);
            ++counts[kind];
        }
    }
    counts[kDraft] = counts.value(kInvoice);
    m_numbers.clear();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() == 0)
            continue;
        auto block = m_series.reserve(it.key(), first.year(), it.value());
        if (!block)
            return fail(block.error());
        m_numbers.insert(it.key(), {block->format, first.year(), block->first});
    }
    return {};
}

QString Loader::next(const QString& kind) {
    Series& s = m_numbers[kind];
    return domain::formatDocumentNumber(s.format, s.year, s.next++);
}

Status Loader::writeDay(QDate day) {
    for (const auto& plan : m_newOrders.value(m_catalogue.start.daysTo(day)))
        if (auto ok = writeOrder(*plan); !ok)
            return ok;
    QList<Event> events = std::move(bucket(day));
    for (const Event& e : events)
        if (auto ok = writeEvent(e); !ok)
            return ok;
    return {};
}

Status Loader::writeOrder(OrderPlan& plan) {
    domain::SalesOrder& o = plan.order;
    o.number = next(kOrder);
    if (auto id = m_bulk.insertOrder(o, plan.confirmedAt); !id)
        return fail(id.error());
    ++m_summary.orders;
    storage::AccountFigures& account = m_accountDeltas[o.party.customerId];
    account.openOrders += o.openValue.minor();
    for (const domain::DocumentLine& l : o.lines)
        if (l.reserved > Quantity())
            m_reserved[l.productId] += l.reserved;
    if (plan.deposit.minor() <= 0)
        return {};
    domain::Deposit d;
    d.number = next(kDeposit);
    d.orderNumber = o.number;
    d.customerCode = o.party.customerCode;
    d.amount = plan.deposit;
    d.applied = domain::Money::fromMinor(0, o.currency);
    d.date = o.date;
    d.recordedBy = m_catalogue.clerk;
    if (auto id = m_deposits.insert(d, o.id, o.party.customerId); !id)
        return fail(id.error());
    account.unappliedDeposits += d.amount.minor();
    ++m_summary.deposits;
    return {};
}

Status Loader::writeEvent(const Event& e) {
    switch (e.kind) {
    case Event::Shipment:
        return writeShipment(*e.plan, e.part);
    case Event::Invoice:
        return writeInvoice(*e.plan);
    case Event::Payment:
        return writePayment(*e.plan, e.part);
    }
    return {};
}

Status Loader::writeShipment(OrderPlan& plan, int part) {
    domain::Shipment s = m_planner.shipmentOf(plan, part, next(kShipment));
    if (auto id = m_bulk.insertShipment(s, plan.order.id); !id)
        return fail(id.error());
    ++m_summary.shipments;
    const domain::SalesOrder& o = plan.order;
    const Shipping& shipping = plan.shipments[part];
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const domain::DocumentLine& l = o.lines[i];
        if (!l.stockTracked || shipping.qty[i] <= Quantity())
            continue;
        domain::StockMovement m;
        m.productId = l.productId;
        m.qty = -shipping.qty[i];
        m.kind = QString::fromUtf16(domain::movement::kShipment);
        m.reason = o.number;
        m.reference = s.number;
        m.userName = m_catalogue.clerk;
        m.at = morningOf(s.date);
        if (auto ok = m_bulk.insertMovement(m); !ok)
            return ok;
        m_shipped[l.productId] += shipping.qty[i];
    }
    return {};
}

Status Loader::writeInvoice(OrderPlan& plan) {
    domain::Invoice inv = m_planner.invoiceOf(plan, next(kInvoice), next(kDraft));
    if (auto id = m_bulk.insertInvoice(inv); !id)
        return fail(id.error());
    ++m_summary.invoices;
    plan.invoiceId = inv.id;
    plan.invoiceNumber = inv.number;
    m_accountDeltas[inv.party.customerId].arBalance += inv.total.minor();
    // Nothing but payments follows the invoice: the lines can go.
    plan.order.lines.clear();
    plan.shipments.clear();
    return {};
}

Status Loader::writePayment(OrderPlan& plan, int part) {
    const domain::Payment p = m_planner.paymentOf(plan, part, next(kPayment));
    if (auto id = m_bulk.insertPayment(p); !id)
        return fail(id.error());
    ++m_summary.payments;
    m_accountDeltas[p.customerId].arBalance -= p.amount.minor();
    return {};
}

// The month's supplier receipts put back what it shipped, so stock on hand never runs
// out over the years; the levels stay as they were (the two cancel out).
Status Loader::closeMonth(QDate last) {
    for (auto it = m_shipped.constBegin(); it != m_shipped.constEnd(); ++it) {
        domain::StockMovement m;
        m.productId = it.key();
        m.qty = it.value();
        m.kind = QString::fromUtf16(domain::movement::kAdjustment);
        m.reason = demo::utf8("Recepción de proveedor");
        m.userName = m_catalogue.clerk;
        m.at = morningOf(last);
        if (auto ok = m_bulk.insertMovement(m); !ok)
            return ok;
    }
    m_shipped.clear();
    for (auto it = m_reserved.constBegin(); it != m_reserved.constEnd(); ++it)
        if (auto ok = m_stock.addReserved(it.key(), it.value()); !ok)
            return ok;
    m_reserved.clear();
    for (auto it = m_accountDeltas.constBegin(); it != m_accountDeltas.constEnd(); ++it)
        if (auto ok = m_accounts.add(it.key(), it.value()); !ok)
            return ok;
    m_accountDeltas.clear();
    return {};
}

} // namespace mostrador::services::history
