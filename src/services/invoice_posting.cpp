// SPDX-License-Identifier: MIT
// Posting an invoice (issue 5): every check first (draft, date not before the latest
// posted invoice, quantities still invoiceable), then the number is taken and the
// invoice, its orders and the customer's figures are written in the caller's
// transaction, so a refusal changes nothing and uses no number.
#include "domain/numbering.h"
#include "domain/returning.h"
#include "domain/sales_figures.h"
#include "services/invoice_impl.h"
#include "services/invoice_json.h"
#include "services/json_text.h"
#include "storage/sales_summary_repository.h"

#include <QLocale>
#include <algorithm>

namespace mostrador::services {

using domain::Actor;
using domain::Invoice;
using domain::Money;
using domain::Permission;
using domain::Quantity;

namespace {

const QString kEntity = QStringLiteral("invoice");

Status checkDate(const Invoice& inv, QDate latest) {
    if (!latest.isValid() || inv.date >= latest)
        return {};
    const QLocale locale;
    const QString date = locale.toString(inv.date, QLocale::ShortFormat);
    const QString last = locale.toString(latest, QLocale::ShortFormat);
    // An invoice created and posted at once has no number yet.
    const QString message =
        inv.number.isEmpty()
            ? trMsg("The invoice date %1 is before the latest posted invoice (%2)").arg(date, last)
            : trMsg("Invoice %1 is dated %2, before the latest posted invoice (%3)")
                  .arg(inv.number, date, last);
    return fail(Error::rule(QStringLiteral("invoice.backdated"), message, QStringLiteral("date")));
}

// The monthly sales figures (issue 6), from the invoice in memory: no read.
Status addSales(ServiceContext& ctx, const Invoice& inv) {
    return storage::SalesSummaryRepository(ctx.db, ctx.currency)
        .add(domain::salesDeltas(domain::salesDocumentOf(inv)));
}

} // namespace

Status InvoiceService::Impl::applyDeposits(Invoice& inv, const QList<InvoicedOrder>& loaded) {
    QList<storage::OpenDeposit> open;
    for (const InvoicedOrder& io : loaded) {
        if (io.order.deposits.isZero())
            continue; // no deposit was ever recorded: nothing to read
        auto found = invoices.openDeposits(io.order.id, inv.currency);
        if (!found)
            return fail(found.error());
        open += *found;
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const storage::OpenDeposit& a, const storage::OpenDeposit& b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    QList<Money> amounts;
    for (const storage::OpenDeposit& dep : open)
        amounts.append(dep.open);
    const QList<Money> takes = domain::depositTakes(amounts, inv.total);
    inv.depositsApplied = Money::zero(inv.currency);
    for (qsizetype i = 0; i < open.size(); ++i) {
        if (takes[i].isZero())
            continue;
        inv.deposits.append({open[i].id, open[i].number, open[i].orderNumber, takes[i]});
        inv.depositsApplied += takes[i];
    }
    return {};
}

Status InvoiceService::Impl::settle(Invoice& inv, const QList<InvoicedOrder>& loaded) {
    std::optional<domain::PaymentTerms> terms;
    if (!inv.party.paymentTermsCode.isEmpty()) {
        auto found = settingsStore.terms(inv.party.paymentTermsCode);
        if (!found)
            return fail(found.error());
        terms = *found;
    }
    inv.installments = domain::installmentsFor(terms ? &*terms : nullptr, inv.date, inv.total);
    if (auto ok = applyDeposits(inv, loaded); !ok)
        return ok;
    inv.paid = Money::zero(inv.currency);
    const domain::Settlement s =
        domain::settlementState(inv.installments, inv.total, inv.depositsApplied, inv.paid);
    inv.status = s.status;
    inv.dueDate = s.dueDate;
    inv.balance = s.balance;
    return {};
}

Status InvoiceService::Impl::applyToOrders(const Invoice& inv, QList<InvoicedOrder>& loaded) {
    Money openDelta = Money::zero(inv.currency);
    for (InvoicedOrder& io : loaded) {
        domain::SalesOrder& o = io.order;
        for (domain::DocumentLine& ol : o.lines) {
            Quantity add;
            for (const domain::InvoiceLine& l : inv.lines)
                if (l.orderLineId == ol.id)
                    add += l.qty;
            if (add.isZero())
                continue;
            ol.invoiced += add;
            if (auto ok = orders.writeFulfilment(ol); !ok)
                return ok;
        }
        QHash<qint64, Quantity> returned;
        for (auto it = io.facts.cbegin(); it != io.facts.cend(); ++it)
            returned.insert(it.key(), it->returned);
        auto moved = domain::refreshOrderProgress(o, returned);
        if (!moved)
            return fail(moved.error());
        openDelta += *moved;
        if (auto ok = orders.writeState(o); !ok)
            return ok;
    }
    storage::AccountFigures delta;
    delta.arBalance = (inv.total - inv.depositsApplied).minor();
    delta.openOrders = openDelta.minor();
    delta.unappliedDeposits = -inv.depositsApplied.minor();
    return accounts.add(inv.party.customerId, delta);
}

Status InvoiceService::Impl::prepare(const Actor& actor, Invoice& inv, QDate date,
                                     const QList<InvoicedOrder>& loaded, bool recheck) {
    if (date.isValid())
        inv.date = date;
    auto latest = invoices.latestPostedDate();
    if (!latest)
        return fail(latest.error());
    if (auto ok = checkDate(inv, *latest); !ok)
        return ok;
    if (recheck)
        if (auto ok = checkQuantities(inv, loaded); !ok)
            return ok;
    // Every check passed: only now is the number taken.
    auto number = series.takeNext(QString::fromUtf16(domain::series::kInvoice), inv.date.year());
    if (!number)
        return fail(number.error());
    inv.number = *number;
    inv.postedBy = actor.name;
    return settle(inv, loaded);
}

// Advance invoices recorded, or freed by a discarded draft, since the draft was made are
// deducted now; the draft's lines and totals are rewritten before it is posted.
Status InvoiceService::Impl::refreshAdvances(Invoice& inv, const QList<InvoicedOrder>& loaded) {
    const bool deposits = std::any_of(loaded.cbegin(), loaded.cend(), [](const InvoicedOrder& io) {
        return !io.order.deposits.isZero();
    });
    if (!deposits && std::none_of(inv.lines.cbegin(), inv.lines.cend(), domain::isAdvanceLine))
        return {}; // no advance invoice can concern it: no read
    auto round = rounding();
    if (!round)
        return fail(round.error());
    auto changed = deductAdvances(inv, loaded, *round);
    if (!changed)
        return fail(changed.error());
    if (!*changed)
        return {};
    auto saved = invoices.updateDraft(inv);
    if (!saved)
        return fail(saved.error());
    if (!*saved)
        return fail(
            Error::rule(QStringLiteral("invoice.stale"),
                        trMsg("Invoice %1 was changed meanwhile: open it again").arg(inv.number)));
    inv.version += 1;
    return {};
}

Status InvoiceService::Impl::post(const Actor& actor, Invoice& inv, QDate date,
                                  QList<InvoicedOrder>& loaded) {
    // The draft's content is in its invoice.create and invoice.update entries.
    const QString before = JsonText()
                               .field("number", inv.number)
                               .field("status", inv.status)
                               .date("date", inv.date)
                               .field("version", inv.version)
                               .text();
    if (auto ok = refreshAdvances(inv, loaded); !ok)
        return ok;
    if (auto ok = prepare(actor, inv, date, loaded, true); !ok)
        return ok;
    if (auto ok = invoices.post(inv); !ok)
        return ok;
    inv.version += 1;
    if (auto ok = applyToOrders(inv, loaded); !ok)
        return ok;
    if (auto ok = addSales(ctx, inv); !ok)
        return ok;
    return ctx.recordText(actor, QStringLiteral("invoice.post"), kEntity, inv.number, before,
                          toAuditJsonText(inv, false));
}

Result<Invoice> InvoiceService::post(const Actor& actor, const QString& number, QDate date,
                                     int version) {
    if (auto ok = actor.require(Permission::EditInvoices); !ok)
        return fail(ok.error());
    auto posted = inTransaction(d->ctx.db, [&]() -> Result<Invoice> {
        auto inv = d->load(number);
        if (!inv)
            return inv;
        if (!inv->isDraft())
            return fail(Error::rule(QStringLiteral("invoice.posted"),
                                    trMsg("Invoice %1 is posted already").arg(inv->number)));
        if (version != 0 && version != inv->version)
            return fail(Error::rule(
                QStringLiteral("invoice.stale"),
                trMsg("Invoice %1 was changed meanwhile: open it again").arg(inv->number)));
        auto loaded = d->ordersOf(*inv);
        if (!loaded)
            return fail(loaded.error());
        if (auto ok = d->post(actor, *inv, date, *loaded); !ok)
            return fail(ok.error());
        return inv;
    });
    if (posted)
        d->ctx.notifier.announce(kEntity, posted->number);
    return posted;
}

Result<Invoice> InvoiceService::createAndPost(const Actor& actor, const QStringList& orderNumbers,
                                              QDate date) {
    if (auto ok = actor.require(Permission::EditInvoices); !ok)
        return fail(ok.error());
    // One user action, one row: the invoice is written once, already posted, and never had
    // a draft number (draft_number = its number); quantities were computed in this
    // transaction, so they need no second check.
    auto posted = inTransaction(d->ctx.db, [&]() -> Result<Invoice> {
        QList<InvoicedOrder> loaded;
        auto inv = d->build(actor, orderNumbers, date, loaded);
        if (!inv)
            return inv;
        if (auto ok = d->prepare(actor, *inv, {}, loaded, false); !ok)
            return fail(ok.error());
        inv->draftNumber = inv->number;
        if (auto id = d->invoices.insert(*inv); !id)
            return fail(id.error());
        if (auto ok = d->applyToOrders(*inv, loaded); !ok)
            return fail(ok.error());
        if (auto ok = addSales(d->ctx, *inv); !ok)
            return fail(ok.error());
        if (auto ok = d->ctx.recordText(actor, QStringLiteral("invoice.post"), kEntity, inv->number,
                                        {}, toAuditJsonText(*inv, false));
            !ok)
            return fail(ok.error());
        return inv;
    });
    if (posted)
        d->ctx.notifier.announce(kEntity, posted->number);
    return posted;
}

} // namespace mostrador::services
