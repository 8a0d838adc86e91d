// SPDX-License-Identifier: MIT
// Spending a credit note: allocated to open invoices (through the payments' own target
// checks and settlement, so an invoice moves exactly as under a payment) or refunded as
// a payment of kind refund. The AR balance fell when the note was posted: an allocation
// leaves it, a refund raises it again.
#include "services/payment_impl.h"
#include "services/receivables_json.h"
#include "services/return_impl.h"
#include "services/returns_json.h"

#include <QJsonArray>

namespace mostrador::services {

using domain::Actor;
using domain::Allocation;
using domain::Money;
using domain::Permission;

namespace {

const QString kNoteEntity = QStringLiteral("credit_note");
const QString kPayment = QStringLiteral("payment");

Status checkMethod(const QString& method) {
    if (domain::paymentMethods().contains(method))
        return {};
    return fail(
        Error::invalid(QStringLiteral("payment.method"),
                       trMsg("Unknown payment method “%1”: use one of %2")
                           .arg(method, domain::paymentMethods().join(QStringLiteral(", "))),
                       QStringLiteral("method")));
}

} // namespace

Result<domain::CreditNote> ReturnService::Impl::creditNote(const QString& number) {
    const QString key = number.trimmed().toUpper();
    auto found = returns.findCreditNote(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("credit_note.not_found"),
                                    trMsg("There is no credit note %1").arg(key)));
    (*found)->taxGroups = domain::taxGroupsOf(**found);
    return std::move(**found);
}

Result<QList<Allocation>> ReturnService::allocate(const Actor& actor,
                                                  const QString& creditNoteNumber,
                                                  const QList<AllocationRequest>& invoices) {
    if (auto ok = actor.require(Permission::RecordPayments); !ok)
        return fail(ok.error());
    auto made = inTransaction(d->ctx.db, [&]() -> Result<QList<Allocation>> {
        auto note = d->creditNote(creditNoteNumber);
        if (!note)
            return fail(note.error());
        if (note->unallocated.minor() <= 0)
            return fail(Error::rule(
                QStringLiteral("credit_note.spent"),
                trMsg("Credit note %1 has nothing left to allocate").arg(note->number)));
        PaymentService::Impl payments(d->ctx);
        auto targets = payments.targets(note->party.customerId, invoices);
        if (!targets)
            return fail(targets.error());
        auto plan = domain::planAllocation(note->unallocated, *targets);
        if (!plan)
            return fail(plan.error());
        const QDate today = QDate::currentDate();
        QList<Allocation> out;
        for (const domain::PlannedAllocation& pa : plan->allocations) {
            auto id = d->returns.insertAllocation(pa.invoiceId, note->id, pa.amount, today);
            if (!id)
                return fail(id.error());
            if (auto ok = payments.resettle(pa.invoiceId, pa.amount); !ok)
                return fail(ok.error());
            out.append({*id,
                        pa.invoiceId,
                        pa.invoiceNumber,
                        {},
                        note->number,
                        pa.amount,
                        Money::zero(pa.amount.currency()),
                        today});
        }
        if (out.isEmpty())
            return out; // no open invoice: the credit stays
        if (auto ok = d->returns.writeUnallocated(note->id, plan->leftover); !ok)
            return fail(ok.error());
        QJsonArray json;
        for (const Allocation& a : out)
            json.append(creditAllocationJson(a));
        if (auto ok = d->ctx.record(
                actor, QStringLiteral("credit_note.allocate"), kNoteEntity, note->number,
                {{QStringLiteral("unallocated"), note->unallocated.toPlainString()}},
                {{QStringLiteral("unallocated"), plan->leftover.toPlainString()},
                 {QStringLiteral("allocations"), json}});
            !ok)
            return fail(ok.error());
        return out;
    });
    if (made && !made->isEmpty()) {
        d->ctx.notifier.announce(kNoteEntity, made->first().creditNoteNumber);
        for (const Allocation& a : *made)
            d->ctx.notifier.announce(QStringLiteral("invoice"), a.invoiceNumber);
    }
    return made;
}

Result<domain::Payment> ReturnService::refund(const Actor& actor, const RefundInput& input) {
    if (auto ok = actor.require(Permission::RecordPayments); !ok)
        return fail(ok.error());
    if (auto ok = checkMethod(input.method); !ok)
        return fail(ok.error());
    auto paid = inTransaction(d->ctx.db, [&]() -> Result<domain::Payment> {
        auto note = d->creditNote(input.creditNoteNumber);
        if (!note)
            return fail(note.error());
        const Money amount = input.amount ? Money::fromMinor(input.amount->minor(), note->currency)
                                          : note->unallocated;
        if (auto ok = domain::checkRefund(amount, note->unallocated, note->number); !ok)
            return fail(ok.error());
        domain::Payment p;
        p.kind = QString::fromUtf16(domain::payment_kind::kRefund);
        p.date = input.date.isValid() ? input.date : QDate::currentDate();
        auto number =
            d->series.takeNext(QString::fromUtf16(domain::series::kPayment), p.date.year());
        if (!number)
            return fail(number.error());
        p.number = *number;
        p.customerId = note->party.customerId;
        p.amount = -amount;
        p.method = input.method;
        p.reference = input.reference.trimmed();
        p.recordedBy = actor.name;
        if (auto id = d->returns.insertRefund(p, note->id); !id)
            return fail(id.error());
        if (auto ok = d->returns.writeUnallocated(note->id, note->unallocated - amount); !ok)
            return fail(ok.error());
        if (auto ok = d->accounts.addArBalance(p.customerId, amount.minor()); !ok)
            return fail(ok.error());
        PaymentService::Impl payments(d->ctx);
        auto stored = payments.payment(p.number);
        if (!stored)
            return fail(stored.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("payment.refund"), kPayment, p.number, {},
                                    toJson(*stored));
            !ok)
            return fail(ok.error());
        return stored;
    });
    if (paid) {
        d->ctx.notifier.announce(kPayment, paid->number);
        d->ctx.notifier.announce(kNoteEntity, paid->creditNoteNumber);
    }
    return paid;
}

} // namespace mostrador::services
