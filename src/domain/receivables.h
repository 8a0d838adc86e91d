// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/invoice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// The rules of money owed and received (ARCHITECTURE §4, §5): how a payment or a
// customer's credit is spread over open invoices, how a chargeback takes a payment back,
// and how open amounts age. An invoice's settlement columns (status, due date, balance)
// come from domain::settlementState (invoicing.h), shared with posting. Pure: the
// services read the facts and write what these functions decide.
namespace mostrador::domain {

// An invoice with something left to pay, as allocation sees it.
struct OpenInvoice {
    qint64 id = 0;
    QString number;
    QDate dueDate; // the oldest installment not fully paid
    Money balance;
};

// One invoice a payment is meant for; no amount = as much as it owes.
struct AllocationTarget {
    OpenInvoice invoice;
    std::optional<Money> amount;
};

struct PlannedAllocation {
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money amount;
};

// What `available` pays: allocations in the order given, and what is left as credit.
struct AllocationPlan {
    QList<PlannedAllocation> allocations;
    Money leftover;
};

// Oldest due first, then by id: the order of the invoices_open index.
void sortByDue(QList<AllocationTarget>& targets);

// Spreads `available` over `targets` in their order. A target's amount must be > 0 and
// at most its balance, and the amounts asked for together at most `available`; targets
// without an amount take their balance, as far as the money goes. Invoices that get
// nothing are left out of the plan.
Result<AllocationPlan> planAllocation(Money available, const QList<AllocationTarget>& targets);

// What a chargeback takes back: first the payment's unallocated credit, then its
// allocations, newest first.
struct AllocationUndo {
    qint64 allocationId = 0;
    qint64 invoiceId = 0;
    Money amount;
};
struct ChargebackPlan {
    Money fromCredit;
    QList<AllocationUndo> undo; // newest allocation first
};

// Refused when `amount` ≤ 0 or more than the payment's amount less what was charged back
// already. `allocations` are the payment's, in any order.
Result<ChargebackPlan> planChargeback(const Payment& payment, Money amount,
                                      const QList<Allocation>& allocations);

// Chargebacks of the past (the aging as of an earlier date). `undone` on an allocation
// is a total without dates, so what each chargeback took back is found by replaying the
// payment's chargebacks in the order they were recorded, each planned by planChargeback
// over the allocations recorded before it, as PaymentService::chargeback planned it.
struct RecordedAllocation {
    Allocation allocation; // `undone`: the total undone today
    QDateTime recordedAt;
};
struct RecordedChargeback {
    Money amount;
    QDate date;
    QDateTime recordedAt;
};
// What one chargeback (dated `chargebackDate`) undid of one allocation.
struct DatedUndo {
    qint64 allocationId = 0;
    qint64 invoiceId = 0;
    QDate allocationDate;
    QDate chargebackDate;
    Money amount;
};
// The parts of the allocations' `undone` by chargeback, for one payment of `amount`;
// chargebacks in the order recorded (ties: as given). An allocation recorded at the same
// moment as a chargeback counts as before it, or, if that does not give back every
// allocation's `undone`, as after it. When neither does (stamps out of order), each
// allocation's `undone` is put on the payment's latest chargeback: exact for a payment
// charged back once.
QList<DatedUndo> replayChargebacks(Money amount, const QList<RecordedAllocation>& allocations,
                                   QList<RecordedChargeback> chargebacks);

// What is still owed of each installment once `covered` (deposits applied + paid) has
// paid them in order; installments fully paid are left out.
QList<Installment> unpaidInstallments(const QList<Installment>& installments, Money covered);

// Aging buckets (ARCHITECTURE §10, report aging).
enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 };
inline constexpr int kAgingBuckets = 5;

// Current when not yet past due (days ≤ 0), then 1–30, 31–60, 61–90, over 90.
AgingBucket agingBucket(int daysPastDue);
int daysPastDue(QDate dueDate, QDate asOf);

struct AgingAmounts {
    Money buckets[kAgingBuckets];

    explicit AgingAmounts(Currency currency = {});
    Money& operator[](AgingBucket b) { return buckets[static_cast<int>(b)]; }
    const Money& operator[](AgingBucket b) const { return buckets[static_cast<int>(b)]; }
    Money total() const;
    AgingAmounts& operator+=(const AgingAmounts& other);
};

// Adds what is unpaid of an invoice to the buckets of its installments' due dates.
void ageInvoice(AgingAmounts& into, const QList<Installment>& installments, Money covered,
                QDate asOf);

} // namespace mostrador::domain
