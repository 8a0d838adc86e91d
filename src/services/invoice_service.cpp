// SPDX-License-Identifier: MIT
#include "services/invoice_service.h"

#include "domain/numbering.h"
#include "domain/settings.h"
#include "domain/workflow.h"
#include "services/invoice_impl.h"
#include "services/invoice_json.h"
#include "services/settings_service.h"

#include <QLocale>

namespace mostrador::services {

using domain::Actor;
using domain::Invoice;
using domain::Permission;
using domain::Quantity;
namespace os = domain::order_state;

namespace {

const QString kEntity = QStringLiteral("invoice");
const QString kDraftSeries = QStringLiteral("invoice_draft");

bool invoiceableState(QStringView status) {
    return status == QStringView(os::kConfirmed) || status == QStringView(os::kPartiallyShipped) ||
           status == QStringView(os::kShipped);
}

Status checkOrder(const domain::SalesOrder& o, const Invoice& inv) {
    if (!invoiceableState(o.status))
        return fail(Error::rule(QStringLiteral("invoice.order_state"),
                                trMsg("Sales order %1 is %2: it cannot be invoiced")
                                    .arg(o.number, domain::stateLabel(o.status))));
    if (inv.party.customerId != 0 && o.party.customerId != inv.party.customerId)
        return fail(Error::rule(QStringLiteral("invoice.customers_differ"),
                                trMsg("Sales order %1 is for %2, not %3: one invoice is for one "
                                      "customer")
                                    .arg(o.number, o.party.customerCode, inv.party.customerCode)));
    if (inv.party.customerId != 0 && !(o.currency == inv.currency))
        return fail(Error::rule(QStringLiteral("invoice.currencies_differ"),
                                trMsg("Sales order %1 is in %2, not %3")
                                    .arg(o.number, o.currency.code(), inv.currency.code())));
    return {};
}

// Adds a line for what each order line can still be invoiced.
void addLines(Invoice& inv, const InvoicedOrder& io, domain::InvoicePolicy policy) {
    for (const domain::DocumentLine& l : io.order.lines) {
        const Quantity q = domain::invoiceableQty(l, policy, io.facts.value(l.id));
        if (q > Quantity())
            inv.lines.append(domain::invoiceLineFrom(l, io.order.id, io.order.number, q));
    }
}

Status requireDraft(const Invoice& inv, int version) {
    if (!inv.isDraft())
        return fail(Error::rule(
            QStringLiteral("invoice.posted"),
            trMsg("Invoice %1 is posted: it is never changed, only credited").arg(inv.number)));
    if (version != 0 && version != inv.version)
        return fail(
            Error::rule(QStringLiteral("invoice.stale"),
                        trMsg("Invoice %1 was changed meanwhile: open it again").arg(inv.number)));
    return {};
}

// The edits applied to the draft's date, notes and lines (zero removes a line).
Status applyEdit(Invoice& inv, const InvoiceEdit& edit) {
    if (edit.date.isValid())
        inv.date = edit.date;
    if (edit.notes)
        inv.notes = edit.notes->trimmed();
    for (const InvoiceLineEdit& e : edit.lines) {
        auto it = std::find_if(inv.lines.begin(), inv.lines.end(),
                               [&](const domain::InvoiceLine& l) { return l.id == e.lineId; });
        if (it == inv.lines.end())
            return fail(
                Error::invalid(QStringLiteral("invoice.unknown_line"),
                               trMsg("Invoice %1 has no line %2").arg(inv.number).arg(e.lineId),
                               QStringLiteral("lines")));
        if (e.qty < Quantity())
            return fail(Error::invalid(QStringLiteral("invoice.qty"),
                                       trMsg("%1: a quantity cannot be negative").arg(it->sku),
                                       QStringLiteral("lines")));
        it->qty = e.qty;
    }
    inv.lines.removeIf([](const domain::InvoiceLine& l) { return l.qty.isZero(); });
    // Advance deductions are recomputed from the goods: alone they make no invoice.
    if (std::all_of(inv.lines.cbegin(), inv.lines.cend(), domain::isAdvanceLine))
        return fail(Error::rule(
            QStringLiteral("invoice.empty"),
            trMsg("Invoice %1 would have no lines: discard it instead").arg(inv.number)));
    return {};
}

} // namespace

Error invoiceNotFound(const QString& number) {
    return Error::notFound(QStringLiteral("invoice.not_found"),
                           trMsg("There is no invoice %1").arg(number));
}

InvoiceService::Impl::Impl(ServiceContext& ctx, SettingsService& settings)
    : ctx(ctx)
    , settings(settings)
    , invoices(ctx.db)
    , orders(ctx.db)
    , series(ctx.db)
    , accounts(ctx.db)
    , settingsStore(ctx.db)
    , advances(ctx) {}

Result<domain::InvoicePolicy> InvoiceService::Impl::policy() {
    auto value = settings.value(QString::fromUtf16(domain::setting::kInvoicePolicy));
    if (!value)
        return fail(value.error());
    return domain::invoicePolicyFrom(*value);
}

Result<domain::TaxRounding> InvoiceService::Impl::rounding() {
    auto value = settings.value(QString::fromUtf16(domain::setting::kTaxRounding));
    if (!value)
        return fail(value.error());
    return *value == u"global" ? domain::TaxRounding::Global : domain::TaxRounding::PerLine;
}

Result<InvoicedOrder> InvoiceService::Impl::loadOrder(const QString& number,
                                                      qint64 exceptInvoiceId) {
    const QString key = number.trimmed().toUpper();
    auto found = orders.findByNumber(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("order.not_found"),
                                    trMsg("There is no sales order %1").arg(key)));
    auto facts = invoices.draftQuantities((*found)->id, exceptInvoiceId);
    if (!facts)
        return fail(facts.error());
    return InvoicedOrder{std::move(**found), std::move(*facts)};
}

Result<Invoice> InvoiceService::Impl::load(const QString& number) {
    const QString key = number.trimmed().toUpper();
    auto found = invoices.findByNumber(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(invoiceNotFound(key));
    (*found)->taxGroups = domain::taxGroupsOf(**found);
    return std::move(**found);
}

Result<QList<InvoicedOrder>> InvoiceService::Impl::ordersOf(const Invoice& inv) {
    QList<InvoicedOrder> loaded;
    for (const QString& number : orderNumbersOf(inv)) {
        auto io = loadOrder(number, inv.id);
        if (!io)
            return fail(io.error());
        loaded.append(std::move(*io));
    }
    return loaded;
}

Result<Invoice> InvoiceService::Impl::build(const Actor& actor, const QStringList& orderNumbers,
                                            QDate date, QList<InvoicedOrder>& loaded) {
    if (orderNumbers.isEmpty())
        return fail(Error::invalid(QStringLiteral("invoice.no_orders"),
                                   trMsg("Name at least one sales order to invoice"),
                                   QStringLiteral("orders")));
    auto pol = policy();
    if (!pol)
        return fail(pol.error());
    Invoice inv;
    inv.date = date.isValid() ? date : QDate::currentDate();
    for (const QString& number : orderNumbers) {
        if (std::any_of(loaded.cbegin(), loaded.cend(), [&](const InvoicedOrder& io) {
                return io.order.number == number.trimmed().toUpper();
            }))
            continue;
        auto io = loadOrder(number, 0);
        if (!io)
            return fail(io.error());
        if (auto ok = checkOrder(io->order, inv); !ok)
            return fail(ok.error());
        if (loaded.isEmpty()) {
            inv.party = io->order.party;
            inv.currency = io->order.currency;
            inv.salesperson = io->order.salesperson;
        }
        addLines(inv, *io, *pol);
        loaded.append(std::move(*io));
    }
    if (inv.lines.isEmpty())
        return fail(Error::rule(QStringLiteral("invoice.nothing_to_invoice"),
                                trMsg("Nothing is left to invoice on %1")
                                    .arg(orderNumbers.join(QStringLiteral(", ")).toUpper())));
    auto round = rounding();
    if (!round)
        return fail(round.error());
    domain::priceInvoice(inv, *round);
    if (auto ok = deductAdvances(inv, loaded, *round); !ok)
        return fail(ok.error());
    inv.depositsApplied = inv.paid = inv.balance = domain::Money::zero(inv.currency);
    if (inv.salesperson.isEmpty())
        inv.salesperson = actor.name;
    return inv;
}

Result<bool> InvoiceService::Impl::deductAdvances(Invoice& inv, const QList<InvoicedOrder>& loaded,
                                                  domain::TaxRounding rounding) {
    QList<qint64> ids;
    for (const InvoicedOrder& io : loaded)
        if (!io.order.deposits.isZero()) // advance invoices come from deposits only
            ids.append(io.order.id);
    return advances.deduct(inv, ids, rounding);
}

Status InvoiceService::Impl::insertDraft(const Actor& actor, Invoice& draft) {
    auto number = series.takeNext(kDraftSeries, draft.date.year());
    if (!number)
        return fail(number.error());
    draft.number = draft.draftNumber = *number;
    if (auto id = invoices.insert(draft); !id)
        return fail(id.error());
    return ctx.recordText(actor, QStringLiteral("invoice.create"), kEntity, draft.number, {},
                          toAuditJsonText(draft));
}

Status InvoiceService::Impl::checkQuantities(const Invoice& inv,
                                             const QList<InvoicedOrder>& loaded) {
    auto pol = policy();
    if (!pol)
        return fail(pol.error());
    const QLocale locale;
    for (const domain::InvoiceLine& l : inv.lines) {
        for (const InvoicedOrder& io : loaded) {
            if (io.order.id != l.orderId)
                continue;
            for (const domain::DocumentLine& ol : io.order.lines) {
                if (ol.id != l.orderLineId)
                    continue;
                const Quantity open = domain::invoiceableQty(ol, *pol, io.facts.value(ol.id));
                if (l.qty > open)
                    return fail(Error::rule(QStringLiteral("invoice.more_than_invoiceable"),
                                            trMsg("%1 (%2): %3 on the invoice, %4 can be invoiced")
                                                .arg(l.sku, io.order.number, l.qty.toString(locale),
                                                     open.toString(locale))));
            }
        }
    }
    return {};
}

InvoiceService::InvoiceService(ServiceContext& ctx, SettingsService& settings)
    : d(std::make_unique<Impl>(ctx, settings)) {}

InvoiceService::~InvoiceService() = default;

Result<Invoice> InvoiceService::createDraft(const Actor& actor, const QStringList& orderNumbers,
                                            QDate date) {
    if (auto ok = actor.require(Permission::EditInvoices); !ok)
        return fail(ok.error());
    auto made = inTransaction(d->ctx.db, [&]() -> Result<Invoice> {
        QList<InvoicedOrder> loaded;
        auto inv = d->build(actor, orderNumbers, date, loaded);
        if (!inv)
            return inv;
        if (auto ok = d->insertDraft(actor, *inv); !ok)
            return fail(ok.error());
        return inv;
    });
    if (made)
        d->ctx.notifier.announce(kEntity, made->number);
    return made;
}

Result<Invoice> InvoiceService::update(const Actor& actor, const QString& number,
                                       const InvoiceEdit& edit) {
    if (auto ok = actor.require(Permission::EditInvoices); !ok)
        return fail(ok.error());
    auto updated = inTransaction(d->ctx.db, [&]() -> Result<Invoice> {
        auto before = d->load(number);
        if (!before)
            return before;
        if (auto ok = requireDraft(*before, edit.version); !ok)
            return fail(ok.error());
        Invoice after = *before;
        if (auto ok = applyEdit(after, edit); !ok)
            return fail(ok.error());
        auto loaded = d->ordersOf(after);
        if (!loaded)
            return fail(loaded.error());
        if (auto ok = d->checkQuantities(after, *loaded); !ok)
            return fail(ok.error());
        auto round = d->rounding();
        if (!round)
            return fail(round.error());
        domain::priceInvoice(after, *round);
        if (auto ok = d->deductAdvances(after, *loaded, *round); !ok)
            return fail(ok.error());
        auto saved = d->invoices.updateDraft(after);
        if (!saved)
            return fail(saved.error());
        if (!*saved)
            return fail(requireDraft(*before, before->version + 1).error());
        after.version = before->version + 1;
        if (auto ok =
                d->ctx.recordText(actor, QStringLiteral("invoice.update"), kEntity, after.number,
                                  toAuditJsonText(*before), toAuditJsonText(after));
            !ok)
            return fail(ok.error());
        return d->load(after.number);
    });
    if (updated)
        d->ctx.notifier.announce(kEntity, updated->number);
    return updated;
}

Status InvoiceService::discard(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::EditInvoices); !ok)
        return fail(ok.error());
    QString key;
    auto done = inTransaction(d->ctx.db, [&]() -> Status {
        auto before = d->load(number);
        if (!before)
            return fail(before.error());
        if (auto ok = requireDraft(*before, 0); !ok)
            return ok;
        auto gone = d->invoices.discardDraft(before->id);
        if (!gone)
            return fail(gone.error());
        key = before->number;
        return d->ctx.recordText(actor, QStringLiteral("invoice.discard"), kEntity, key,
                                 toAuditJsonText(*before), {});
    });
    if (done)
        d->ctx.notifier.announce(kEntity, key);
    return done;
}

Result<Invoice> InvoiceService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->load(number);
}

Result<QList<InvoiceRow>> InvoiceService::list(const Actor& actor, const InvoiceListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->invoices.list(query);
}

Result<qint64> InvoiceService::count(const Actor& actor, const InvoiceListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->invoices.count(query);
}

} // namespace mostrador::services
