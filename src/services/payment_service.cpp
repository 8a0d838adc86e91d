// SPDX-License-Identifier: MIT
// Payments, credit allocation and chargebacks: each one transaction that writes the
// money's rows, the invoices' settlement and the customer's AR balance together.
#include "services/payment_impl.h"
#include "services/receivables_json.h"

#include <QJsonArray>

namespace mostrador::services {

using domain::Actor;
using domain::Allocation;
using domain::Money;
using domain::Payment;
using domain::Permission;

namespace {

const QString kEntity = QStringLiteral("payment");
const QString kInvoice = QStringLiteral("invoice");

Status validate(const PaymentInput& in) {
    if (in.amount.minor() <= 0)
        return fail(Error::invalid(QStringLiteral("payment.amount"),
                                   trMsg("A payment must be greater than zero"),
                                   QStringLiteral("amount")));
    if (!domain::paymentMethods().contains(in.method))
        return fail(
            Error::invalid(QStringLiteral("payment.method"),
                           trMsg("Unknown payment method “%1”: use one of %2")
                               .arg(in.method, domain::paymentMethods().join(QStringLiteral(", "))),
                           QStringLiteral("method")));
    return {};
}

Status validate(const ChargebackInput& in) {
    namespace r = domain::chargeback_reason;
    const QStringList reasons{QString::fromUtf16(r::kDispute), QString::fromUtf16(r::kBounced),
                              QString::fromUtf16(r::kDeduction)};
    if (!reasons.contains(in.reason))
        return fail(Error::invalid(QStringLiteral("chargeback.reason"),
                                   trMsg("Unknown chargeback reason “%1”: use one of %2")
                                       .arg(in.reason, reasons.join(QStringLiteral(", "))),
                                   QStringLiteral("reason")));
    return {};
}

QDate orToday(const QDate& date) {
    return date.isValid() ? date : QDate::currentDate();
}

} // namespace

PaymentService::PaymentService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}

PaymentService::~PaymentService() = default;

Result<QList<Allocation>>
PaymentService::Impl::allocate(QList<Payment>& sources,
                               const QList<domain::AllocationTarget>& targets, QDate date) {
    Money available = money(0);
    for (const Payment& p : sources)
        available += p.unallocated;
    auto plan = domain::planAllocation(available, targets);
    if (!plan)
        return fail(plan.error());
    QList<Allocation> made;
    qsizetype s = 0;
    for (const domain::PlannedAllocation& pa : plan->allocations) {
        for (Money left = pa.amount; !left.isZero();) {
            Payment& source = sources[s];
            const Money take = std::min(left, source.unallocated);
            if (take.isZero()) {
                ++s;
                continue;
            }
            auto id = repo().insertAllocation(pa.invoiceId, source.id, take, date);
            if (!id)
                return fail(id.error());
            source.unallocated -= take;
            left -= take;
            made.append(
                {*id, pa.invoiceId, pa.invoiceNumber, source.number, {}, take, money(0), date});
        }
        if (auto ok = resettle(pa.invoiceId, pa.amount); !ok)
            return fail(ok.error());
    }
    for (const Payment& p : sources)
        if (auto ok = repo().writePaymentFigures(p.id, p.unallocated, p.chargedBack); !ok)
            return fail(ok.error());
    return made;
}

Status PaymentService::Impl::resettle(qint64 invoiceId, Money delta) {
    auto dues = repo().invoice(invoiceId);
    if (!dues)
        return fail(dues.error());
    const Money paid = dues->paid + delta;
    const auto s =
        domain::settlementState(dues->schedule(), dues->total, dues->depositsApplied, paid);
    if (s.balance.isNegative() || paid.isNegative())
        return fail(
            Error::storage(QStringLiteral("invoice.overpaid"),
                           trMsg("Invoice %1 would be paid beyond its total").arg(dues->number)));
    return repo().writeSettlement(invoiceId, paid, s);
}

Result<Payment> PaymentService::add(const Actor& actor, const PaymentInput& input) {
    if (auto ok = actor.require(Permission::RecordPayments); !ok)
        return fail(ok.error());
    if (auto ok = validate(input); !ok)
        return fail(ok.error());
    auto added = inTransaction(d->ctx.db, [&]() -> Result<Payment> {
        auto customer = d->customer(input.customerCode);
        if (!customer)
            return fail(customer.error());
        auto targets = d->targets(customer->id, input.invoices);
        if (!targets)
            return fail(targets.error());
        auto sources = d->repo().openCredit(customer->id); // older credit goes first
        if (!sources)
            return fail(sources.error());
        Payment p;
        p.date = orToday(input.date);
        auto number = d->series.takeNext(kEntity, p.date.year());
        if (!number)
            return fail(number.error());
        p.number = *number;
        p.customerId = customer->id;
        p.amount = p.unallocated = d->money(input.amount.minor());
        p.chargedBack = d->money(0);
        p.method = input.method;
        p.reference = input.reference.trimmed();
        p.recordedBy = actor.name;
        auto id = d->repo().insertPayment(p);
        if (!id)
            return fail(id.error());
        p.id = *id;
        sources->append(p);
        if (auto made = d->allocate(*sources, *targets, p.date); !made)
            return fail(made.error());
        if (auto ok = d->accounts.addArBalance(customer->id, -p.amount.minor()); !ok)
            return fail(ok.error());
        auto stored = d->payment(p.number);
        if (!stored)
            return fail(stored.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("payment.add"), kEntity, p.number, {},
                                    toJson(*stored));
            !ok)
            return fail(ok.error());
        return stored;
    });
    if (added) {
        d->ctx.notifier.announce(kEntity, added->number);
        for (const Allocation& a : added->allocations)
            d->ctx.notifier.announce(kInvoice, a.invoiceNumber);
    }
    return added;
}

Result<QList<Allocation>> PaymentService::applyCredit(const Actor& actor,
                                                      const QString& customerCode,
                                                      const QList<AllocationRequest>& invoices) {
    if (auto ok = actor.require(Permission::RecordPayments); !ok)
        return fail(ok.error());
    auto made = inTransaction(d->ctx.db, [&]() -> Result<QList<Allocation>> {
        auto customer = d->customer(customerCode);
        if (!customer)
            return fail(customer.error());
        auto targets = d->targets(customer->id, invoices);
        if (!targets)
            return fail(targets.error());
        auto sources = d->repo().openCredit(customer->id);
        if (!sources)
            return fail(sources.error());
        auto allocations = d->allocate(*sources, *targets, QDate::currentDate());
        if (!allocations)
            return allocations;
        QJsonArray json;
        for (const Allocation& a : *allocations)
            json.append(toJson(a));
        if (auto ok =
                d->ctx.record(actor, QStringLiteral("payment.allocate"), QStringLiteral("customer"),
                              customer->code, {}, {{QStringLiteral("allocations"), json}});
            !ok)
            return fail(ok.error());
        return allocations;
    });
    if (made)
        for (const Allocation& a : *made) {
            d->ctx.notifier.announce(kEntity, a.paymentNumber);
            d->ctx.notifier.announce(kInvoice, a.invoiceNumber);
        }
    return made;
}

Result<domain::Chargeback> PaymentService::chargeback(const Actor& actor,
                                                      const ChargebackInput& input) {
    if (auto ok = actor.require(Permission::RecordPayments); !ok)
        return fail(ok.error());
    if (auto ok = validate(input); !ok)
        return fail(ok.error());
    QStringList reopened;
    auto added = inTransaction(d->ctx.db, [&]() -> Result<domain::Chargeback> {
        auto p = d->payment(input.paymentNumber);
        if (!p)
            return fail(p.error());
        if (p->kind != QStringView(domain::payment_kind::kPayment))
            return fail(Error::rule(
                QStringLiteral("chargeback.refund"),
                trMsg("%1 is a refund: only payments can be charged back").arg(p->number)));
        auto plan = domain::planChargeback(*p, d->money(input.amount.minor()), p->allocations);
        if (!plan)
            return fail(plan.error());
        domain::Chargeback cb;
        cb.date = orToday(input.date);
        auto number = d->series.takeNext(QStringLiteral("chargeback"), cb.date.year());
        if (!number)
            return fail(number.error());
        cb.number = *number;
        cb.paymentNumber = p->number;
        cb.customerId = p->customerId;
        cb.customerCode = p->customerCode;
        cb.amount = d->money(input.amount.minor());
        cb.reason = input.reason;
        cb.notes = input.notes.trimmed();
        cb.recordedBy = actor.name;
        auto id = d->repo().insertChargeback(cb, p->id);
        if (!id)
            return fail(id.error());
        cb.id = *id;
        for (const domain::AllocationUndo& u : plan->undo) {
            for (const Allocation& a : p->allocations)
                if (a.id == u.allocationId)
                    reopened << a.invoiceNumber;
            if (auto ok = d->repo().undoAllocation(u.allocationId, u.amount); !ok)
                return fail(ok.error());
            if (auto ok = d->resettle(u.invoiceId, -u.amount); !ok)
                return fail(ok.error());
        }
        if (auto ok = d->repo().writePaymentFigures(p->id, p->unallocated - plan->fromCredit,
                                                    p->chargedBack + cb.amount);
            !ok)
            return fail(ok.error());
        if (auto ok = d->accounts.addArBalance(p->customerId, cb.amount.minor()); !ok)
            return fail(ok.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("chargeback.add"),
                                    QStringLiteral("chargeback"), cb.number, {}, toJson(cb));
            !ok)
            return fail(ok.error());
        return cb;
    });
    if (added) {
        d->ctx.notifier.announce(QStringLiteral("chargeback"), added->number);
        d->ctx.notifier.announce(kEntity, added->paymentNumber);
        for (const QString& invoice : reopened)
            d->ctx.notifier.announce(kInvoice, invoice);
    }
    return added;
}

} // namespace mostrador::services
