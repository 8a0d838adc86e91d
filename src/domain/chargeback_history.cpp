// SPDX-License-Identifier: MIT
// Which chargeback of a payment undid what of its allocations (domain/receivables.h).
#include "domain/receivables.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace mostrador::domain {

namespace {

// Each allocation's whole `undone` on the latest chargeback: the rule when the replay
// cannot give the totals back, exact for a payment charged back once.
QList<DatedUndo> onLatest(const QList<RecordedAllocation>& allocations, QDate latest) {
    QList<DatedUndo> out;
    for (const RecordedAllocation& r : allocations) {
        const Allocation& a = r.allocation;
        if (a.undone.minor() > 0)
            out.append({a.id, a.invoiceId, a.date, latest, a.undone});
    }
    return out;
}

} // namespace

namespace {

// The replay itself; empty when it does not give every allocation's `undone` back. An
// allocation stamped the same moment as a chargeback counts as before it when
// `tiesBefore`.
std::optional<QList<DatedUndo>> replay(Money amount, const QList<RecordedAllocation>& allocations,
                                       const QList<RecordedChargeback>& chargebacks,
                                       bool tiesBefore) {
    const Currency currency = amount.currency();
    QHash<qint64, Money> undone; // by allocation id, as replayed so far
    QList<DatedUndo> out;
    Payment p;
    p.amount = amount;
    p.chargedBack = Money::zero(currency);
    Money fromCredit = Money::zero(currency); // what chargebacks took of unallocated credit
    for (const RecordedChargeback& cb : chargebacks) {
        QList<Allocation> before;
        Money allocated = Money::zero(currency);
        for (const RecordedAllocation& r : allocations) {
            if (r.recordedAt > cb.recordedAt || (!tiesBefore && r.recordedAt == cb.recordedAt))
                continue;
            Allocation a = r.allocation;
            a.undone = undone.value(a.id, Money::zero(currency));
            allocated += a.amount; // undone money is taken back, not credited again
            before.append(a);
        }
        p.unallocated = std::max(Money::zero(currency), amount - allocated - fromCredit);
        auto plan = planChargeback(p, cb.amount, before);
        if (!plan)
            return std::nullopt;
        for (const AllocationUndo& u : plan->undo) {
            undone[u.allocationId] = undone.value(u.allocationId, Money::zero(currency)) + u.amount;
            for (const Allocation& a : before)
                if (a.id == u.allocationId)
                    out.append({a.id, a.invoiceId, a.date, cb.date, u.amount});
        }
        fromCredit += plan->fromCredit;
        p.chargedBack += cb.amount;
    }
    for (const RecordedAllocation& r : allocations)
        if (undone.value(r.allocation.id, Money::zero(currency)) != r.allocation.undone)
            return std::nullopt;
    return out;
}

} // namespace

QList<DatedUndo> replayChargebacks(Money amount, const QList<RecordedAllocation>& allocations,
                                   QList<RecordedChargeback> chargebacks) {
    if (chargebacks.isEmpty())
        return {};
    std::stable_sort(chargebacks.begin(), chargebacks.end(),
                     [](const RecordedChargeback& a, const RecordedChargeback& b) {
                         return a.recordedAt < b.recordedAt;
                     });
    for (bool tiesBefore : {true, false})
        if (auto out = replay(amount, allocations, chargebacks, tiesBefore))
            return *out;
    return onLatest(allocations, chargebacks.last().date);
}

} // namespace mostrador::domain
