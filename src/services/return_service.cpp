// SPDX-License-Identifier: MIT
// Making a return (issue 5): every check first (shipment, quantities, date, reason, and
// the split of each returned line between what was still to invoice and what posted
// invoices can credit), then the numbers are taken and the return, the stock, the order
// and, when anything was invoiced, the credit note are written in one transaction.
#include "domain/numbering.h"
#include "domain/settings.h"
#include "domain/stock.h"
#include "services/return_impl.h"
#include "services/returns_json.h"
#include "services/settings_service.h"
#include "storage/sales_summary_repository.h"
#include "storage/shipping_facts.h"

namespace mostrador::services {

using domain::Actor;
using domain::Quantity;

namespace {

const QString kEntity = QStringLiteral("return");
const QString kNoteEntity = QStringLiteral("credit_note");

QList<domain::ReturnAsk> asksOf(const ReturnInput& input) {
    QList<domain::ReturnAsk> out;
    for (const ReturnLineRequest& r : input.lines)
        out.append({r.sku, r.qty});
    return out;
}

const domain::DocumentLine* orderLine(const domain::SalesOrder& order, qint64 id) {
    for (const domain::DocumentLine& l : order.lines)
        if (l.id == id)
            return &l;
    return nullptr;
}

// Records one split take in the plan: the return line, its uninvoiced part, and the
// credit note lines (what they credit counts against the next takes of the same lines).
void addSplit(ReturnPlan& p, const domain::ReturnableLine& sl, Quantity qty,
              const domain::ReturnSplit& split, QList<domain::CreditableLine>& lines) {
    p.returned[sl.orderLineId] += split.uninvoiced;
    for (const domain::CreditTake& c : split.credits) {
        if (p.credits.isEmpty())
            p.invoiceParty = lines[c.line].party;
        p.credits.append(domain::creditNoteLineFrom(lines[c.line], c.qty));
        lines[c.line].credited += c.qty;
    }
    p.ret.lines.append({0, sl.shipmentLineId, sl.orderLineId, sl.productId, sl.sku, sl.description,
                        sl.unit, qty, split.credited()});
    p.uninvoiced.append(split.uninvoiced);
}

// The monthly sales figures (issue 6) take the note back under each credited invoice's
// salesperson, at the invoice line's unit cost: one read of the stored note's lines.
Status addCreditedSales(ServiceContext& ctx, const domain::CreditNote& note) {
    storage::SalesSummaryRepository sales(ctx.db, ctx.currency);
    auto credited = sales.creditedLines(note.id);
    if (!credited)
        return fail(credited.error());
    return sales.add(domain::salesDeltas(domain::salesDocumentOf(note, *credited)));
}

} // namespace

ReturnService::Impl::Impl(ServiceContext& ctx, SettingsService& settings)
    : ctx(ctx)
    , settings(settings)
    , returns(ctx.db)
    , orders(ctx.db)
    , invoices(ctx.db)
    , stock(ctx.db)
    , series(ctx.db)
    , accounts(ctx.db) {}

Result<domain::InvoicePolicy> ReturnService::Impl::policy() {
    auto value = settings.value(QString::fromUtf16(domain::setting::kInvoicePolicy));
    if (!value)
        return fail(value.error());
    return domain::invoicePolicyFrom(*value);
}

Result<domain::TaxRounding> ReturnService::Impl::rounding() {
    auto value = settings.value(QString::fromUtf16(domain::setting::kTaxRounding));
    if (!value)
        return fail(value.error());
    return *value == u"global" ? domain::TaxRounding::Global : domain::TaxRounding::PerLine;
}

Result<ReturnPlan> ReturnService::Impl::plan(const Actor& actor, const ReturnInput& input) {
    auto reason = domain::returnReason(input.reason);
    if (!reason)
        return fail(reason.error());
    const QString key = input.shipmentNumber.trimmed().toUpper();
    auto shipment = returns.shipment(key);
    if (!shipment)
        return fail(shipment.error());
    if (!*shipment)
        return fail(Error::notFound(QStringLiteral("shipment.not_found"),
                                    trMsg("There is no shipment %1").arg(key)));
    ReturnPlan p;
    p.shipment = std::move(**shipment);
    p.ret.date = input.date.isValid() ? input.date : QDate::currentDate();
    if (auto ok = domain::checkReturnDate(p.ret.date, p.shipment.date, p.shipment.number); !ok)
        return fail(ok.error());
    auto takes = domain::planReturn(p.shipment.number, p.shipment.lines, asksOf(input));
    if (!takes)
        return fail(takes.error());
    auto order = orders.findByNumber(p.shipment.orderNumber);
    if (!order)
        return fail(order.error());
    if (!*order)
        return fail(
            Error::notFound(QStringLiteral("order.not_found"),
                            trMsg("There is no sales order %1").arg(p.shipment.orderNumber)));
    p.order = std::move(**order);
    p.ret.shipmentNumber = p.shipment.number;
    p.ret.orderNumber = p.order.number;
    p.ret.customerCode = p.order.party.customerCode;
    p.ret.customerName = p.order.party.customerName;
    p.ret.reason = *reason;
    p.ret.damaged = input.damaged;
    p.ret.recordedBy = actor.name;
    if (auto ok = split(p, *takes); !ok)
        return fail(ok.error());
    return p;
}

Status ReturnService::Impl::split(ReturnPlan& p, const QList<domain::ReturnTake>& takes) {
    auto pol = policy();
    if (!pol)
        return fail(pol.error());
    auto facts = invoices.draftQuantities(p.order.id, 0);
    if (!facts)
        return fail(facts.error());
    QHash<qint64, Quantity> uninvoiced; // what each order line can still give up
    QHash<qint64, QList<domain::CreditableLine>> creditable;
    for (auto it = facts->cbegin(); it != facts->cend(); ++it)
        p.returned.insert(it.key(), it->returned);
    for (const domain::ReturnTake& t : takes) {
        const domain::ReturnableLine& sl = p.shipment.lines[t.line];
        const domain::DocumentLine* ol = orderLine(p.order, sl.orderLineId);
        if (!ol)
            return fail(Error::storage(
                QStringLiteral("return.order_line"),
                trMsg("Shipment %1 names a line its order no longer has").arg(p.shipment.number)));
        if (!uninvoiced.contains(ol->id))
            uninvoiced.insert(ol->id, domain::invoiceableQty(*ol, *pol, facts->value(ol->id)));
        if (!creditable.contains(ol->id)) {
            auto found = returns.creditable(ol->id, p.order.currency);
            if (!found)
                return fail(found.error());
            creditable.insert(ol->id, std::move(*found));
        }
        QList<domain::CreditableLine>& lines = creditable[ol->id];
        auto drafts = draftsIfShort(ol->id, t.qty, uninvoiced[ol->id], lines);
        if (!drafts)
            return fail(drafts.error());
        auto s = domain::splitReturn(sl.sku, t.qty, uninvoiced[ol->id], lines, *drafts);
        if (!s)
            return fail(s.error());
        uninvoiced[ol->id] -= s->uninvoiced;
        addSplit(p, sl, t.qty, *s, lines);
    }
    return {};
}

Result<QStringList>
ReturnService::Impl::draftsIfShort(qint64 orderLineId, Quantity qty, Quantity uninvoiced,
                                   const QList<domain::CreditableLine>& creditable) {
    Quantity open = std::max(uninvoiced, Quantity());
    for (const domain::CreditableLine& c : creditable)
        open += c.open();
    if (qty <= open)
        return QStringList(); // enough: no need to name a draft
    return returns.draftsHolding(orderLineId);
}

Status ReturnService::Impl::restock(const Actor& actor, const ReturnPlan& p) {
    if (p.ret.damaged)
        return {};
    auto facts = storage::shippingFacts(ctx.db, p.order.id);
    if (!facts)
        return fail(facts.error());
    for (const domain::ReturnLine& l : p.ret.lines) {
        if (!facts->value(l.productId).tracked)
            continue;
        domain::StockMovement m;
        m.productId = l.productId;
        m.qty = l.qty;
        m.kind = QString::fromUtf16(domain::movement::kReturn);
        m.reason = p.shipment.number;
        m.reference = p.ret.number;
        m.userName = actor.name;
        if (auto id = stock.appendMovement(m); !id)
            return fail(id.error());
        if (auto ok = stock.addOnHand(l.productId, l.qty); !ok)
            return ok;
    }
    return {};
}

Status ReturnService::Impl::applyToOrder(ReturnPlan& p) {
    auto delta = domain::refreshOrderProgress(p.order, p.returned);
    if (!delta)
        return fail(delta.error());
    if (auto ok = orders.writeState(p.order); !ok)
        return ok;
    return accounts.addOpenOrders(p.order.party.customerId, delta->minor());
}

Status ReturnService::Impl::postCreditNote(const Actor& actor, ReturnPlan& p) {
    if (p.credits.isEmpty())
        return {};
    auto round = rounding();
    if (!round)
        return fail(round.error());
    domain::CreditNote note;
    auto number =
        series.takeNext(QString::fromUtf16(domain::series::kCreditNote), p.ret.date.year());
    if (!number)
        return fail(number.error());
    note.number = *number;
    note.returnNumber = p.ret.number;
    note.party = p.invoiceParty;
    note.date = p.ret.date;
    note.reason = p.ret.reason;
    note.currency = p.order.currency;
    note.lines = p.credits;
    note.recordedBy = actor.name;
    domain::priceCreditNote(note, *round);
    note.unallocated = note.total;
    for (const domain::CreditNoteLine& l : note.lines)
        if (!note.invoiceNumbers.contains(l.invoiceNumber))
            note.invoiceNumbers << l.invoiceNumber;
    if (auto id = returns.insertCreditNote(note, p.ret.id); !id)
        return fail(id.error());
    if (auto ok = addCreditedSales(ctx, note); !ok)
        return ok;
    if (auto ok = accounts.addArBalance(note.party.customerId, -note.total.minor()); !ok)
        return ok;
    p.ret.creditNoteNumber = note.number;
    return ctx.record(actor, QStringLiteral("credit_note.post"), kNoteEntity, note.number, {},
                      toJson(note));
}

Status ReturnService::Impl::write(const Actor& actor, ReturnPlan& p) {
    // Every check passed: only now are numbers taken.
    auto number = series.takeNext(QString::fromUtf16(domain::series::kReturn), p.ret.date.year());
    if (!number)
        return fail(number.error());
    p.ret.number = *number;
    if (auto id = returns.insertReturn(p.ret, p.shipment); !id)
        return fail(id.error());
    for (qsizetype i = 0; i < p.ret.lines.size(); ++i)
        if (auto ok = returns.addReturned(p.ret.lines[i], p.uninvoiced[i]); !ok)
            return ok;
    if (auto ok = restock(actor, p); !ok)
        return ok;
    if (auto ok = applyToOrder(p); !ok)
        return ok;
    if (auto ok = postCreditNote(actor, p); !ok)
        return ok;
    return ctx.record(actor, QStringLiteral("return.create"), kEntity, p.ret.number, {},
                      toJson(p.ret));
}

ReturnService::ReturnService(ServiceContext& ctx, SettingsService& settings)
    : d(std::make_unique<Impl>(ctx, settings)) {}

ReturnService::~ReturnService() = default;

Result<domain::Return> ReturnService::create(const Actor& actor, const ReturnInput& input) {
    if (auto ok = actor.require(domain::Permission::HandleReturns); !ok)
        return fail(ok.error());
    auto made = inTransaction(d->ctx.db, [&]() -> Result<domain::Return> {
        auto p = d->plan(actor, input);
        if (!p)
            return fail(p.error());
        if (auto ok = d->write(actor, *p); !ok)
            return fail(ok.error());
        return p->ret;
    });
    if (made) {
        d->ctx.notifier.announce(kEntity, made->number);
        d->ctx.notifier.announce(QStringLiteral("order"), made->orderNumber);
        if (!made->creditNoteNumber.isEmpty())
            d->ctx.notifier.announce(kNoteEntity, made->creditNoteNumber);
        for (const domain::ReturnLine& l : made->lines)
            d->ctx.notifier.announce(QStringLiteral("stock"), l.sku);
    }
    return made;
}

} // namespace mostrador::services
