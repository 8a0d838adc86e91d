// SPDX-License-Identifier: MIT
#include "domain/receivables.h"

#include <QLocale>
#include <algorithm>

namespace mostrador::domain {

namespace {

Error allocationError(const QString& code, const QString& message) {
    return Error::rule(code, message, QStringLiteral("amount"));
}

// Checks the amounts asked for before any money moves.
Status checkRequested(Money available, const QList<AllocationTarget>& targets) {
    const QLocale locale;
    Money asked = Money::zero(available.currency());
    for (const AllocationTarget& t : targets) {
        if (!t.amount)
            continue;
        if (t.amount->minor() <= 0)
            return fail(allocationError(QStringLiteral("allocation.amount"),
                                        trMsg("The amount for invoice %1 must be greater than zero")
                                            .arg(t.invoice.number)));
        if (*t.amount > t.invoice.balance)
            return fail(allocationError(QStringLiteral("allocation.beyond_balance"),
                                        trMsg("%1 is more than invoice %2 still owes: %3")
                                            .arg(t.amount->toString(locale), t.invoice.number,
                                                 t.invoice.balance.toString(locale))));
        asked += *t.amount;
    }
    if (asked > available)
        return fail(allocationError(QStringLiteral("allocation.beyond_available"),
                                    trMsg("The invoices are given %1, but only %2 is available")
                                        .arg(asked.toString(locale), available.toString(locale))));
    return {};
}

} // namespace

void sortByDue(QList<AllocationTarget>& targets) {
    std::stable_sort(targets.begin(), targets.end(),
                     [](const AllocationTarget& a, const AllocationTarget& b) {
                         if (a.invoice.dueDate != b.invoice.dueDate)
                             return a.invoice.dueDate < b.invoice.dueDate;
                         return a.invoice.id < b.invoice.id;
                     });
}

Result<AllocationPlan> planAllocation(Money available, const QList<AllocationTarget>& targets) {
    if (auto ok = checkRequested(available, targets); !ok)
        return fail(ok.error());
    // Amounts asked for are served first, so a default target never eats into them.
    Money left = available;
    for (const AllocationTarget& t : targets)
        if (t.amount)
            left -= *t.amount;
    AllocationPlan plan;
    for (const AllocationTarget& t : targets) {
        Money take = t.amount ? *t.amount : std::min(t.invoice.balance, left);
        if (!t.amount)
            left -= take;
        if (take.minor() > 0)
            plan.allocations.append({t.invoice.id, t.invoice.number, take});
    }
    plan.leftover = left;
    return plan;
}

Result<ChargebackPlan> planChargeback(const Payment& payment, Money amount,
                                      const QList<Allocation>& allocations) {
    const QLocale locale;
    if (amount.minor() <= 0)
        return fail(Error::invalid(QStringLiteral("chargeback.amount"),
                                   trMsg("A chargeback must be greater than zero"),
                                   QStringLiteral("amount")));
    const Money open = payment.amount - payment.chargedBack;
    if (amount > open)
        return fail(Error::rule(QStringLiteral("chargeback.beyond_payment"),
                                trMsg("A chargeback of %1 is more than is left of payment %2: %3 "
                                      "(amount %4, charged back %5)")
                                    .arg(amount.toString(locale), payment.number,
                                         open.toString(locale), payment.amount.toString(locale),
                                         payment.chargedBack.toString(locale)),
                                QStringLiteral("amount")));
    ChargebackPlan plan;
    plan.fromCredit = std::min(amount, payment.unallocated);
    Money left = amount - plan.fromCredit;
    QList<Allocation> newestFirst = allocations;
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const Allocation& a, const Allocation& b) { return a.id > b.id; });
    for (const Allocation& a : newestFirst) {
        if (left.isZero())
            break;
        const Money take = std::min(left, a.net());
        if (take.minor() <= 0)
            continue;
        plan.undo.append({a.id, a.invoiceId, take});
        left -= take;
    }
    if (!left.isZero()) // the payment's figures disagree with its allocations
        return fail(Error::storage(
            QStringLiteral("chargeback.inconsistent"),
            trMsg("Payment %1 does not account for its allocations").arg(payment.number)));
    return plan;
}

QList<Installment> unpaidInstallments(const QList<Installment>& installments, Money covered) {
    QList<Installment> unpaid;
    Money cover = covered;
    for (const Installment& i : installments) {
        const Money used = std::clamp(cover, Money::zero(cover.currency()), i.amount);
        cover -= used;
        if (i.amount - used > Money::zero(i.amount.currency()))
            unpaid.append({i.dueDate, i.amount - used});
    }
    return unpaid;
}

int daysPastDue(QDate dueDate, QDate asOf) {
    return static_cast<int>(dueDate.daysTo(asOf));
}

AgingBucket agingBucket(int days) {
    if (days <= 0)
        return AgingBucket::Current;
    if (days <= 30)
        return AgingBucket::Days1To30;
    if (days <= 60)
        return AgingBucket::Days31To60;
    if (days <= 90)
        return AgingBucket::Days61To90;
    return AgingBucket::Over90;
}

AgingAmounts::AgingAmounts(Currency currency) {
    for (Money& m : buckets)
        m = Money::zero(currency);
}

Money AgingAmounts::total() const {
    Money sum = Money::zero(buckets[0].currency());
    for (const Money& m : buckets)
        sum += m;
    return sum;
}

AgingAmounts& AgingAmounts::operator+=(const AgingAmounts& other) {
    for (int i = 0; i < kAgingBuckets; ++i)
        buckets[i] += other.buckets[i];
    return *this;
}

void ageInvoice(AgingAmounts& into, const QList<Installment>& installments, Money covered,
                QDate asOf) {
    for (const Installment& i : unpaidInstallments(installments, covered))
        into[agingBucket(daysPastDue(i.dueDate, asOf))] += i.amount;
}

} // namespace mostrador::domain
