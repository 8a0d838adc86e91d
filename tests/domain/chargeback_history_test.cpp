// SPDX-License-Identifier: MIT
// Replaying a payment's chargebacks to date what each undid (domain::replayChargebacks).
#include "domain/receivables.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

const QDateTime kAt(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
const QDate kDay(2026, 11, 1);

// Allocation `id` of `amount` to invoice `id` × 10, recorded `minutes` after kAt.
RecordedAllocation allocation(qint64 id, qint64 amount, qint64 undone, int minutes) {
    Allocation a;
    a.id = id;
    a.invoiceId = id * 10;
    a.amount = eur(amount);
    a.undone = eur(undone);
    a.date = kDay.addDays(minutes / 60);
    return {a, kAt.addSecs(minutes * 60)};
}

RecordedChargeback chargeback(qint64 amount, int days, int minutes) {
    return {eur(amount), kDay.addDays(days), kAt.addSecs(minutes * 60)};
}

// allocation id → its undone parts "amount@day" in order.
QMap<qint64, QStringList> parts(const QList<DatedUndo>& undone) {
    QMap<qint64, QStringList> out;
    for (const DatedUndo& u : undone)
        out[u.allocationId]
            << QStringLiteral("%1@%2").arg(u.amount.minor()).arg(kDay.daysTo(u.chargebackDate));
    return out;
}

} // namespace

TEST(ReplayChargebacks, CreditFirstThenNewestAllocationFirstInTheOrderRecorded) {
    // 5,500 paid 3,000 (id 1) and 2,000 (id 2), 500 stayed credit; then 1,000 and 2,000
    // were charged back, recorded in that order though the second is listed first.
    const QList<RecordedAllocation> allocations{allocation(1, 3000, 500, 0),
                                                allocation(2, 2000, 2000, 0)};
    const auto undone = parts(replayChargebacks(
        eur(5500), allocations, {chargeback(2000, 20, 120), chargeback(1000, 10, 60)}));
    EXPECT_EQ(undone.value(2), (QStringList{QStringLiteral("500@10"), QStringLiteral("1500@20")}));
    EXPECT_EQ(undone.value(1), QStringList{QStringLiteral("500@20")});
}

TEST(ReplayChargebacks, AnAllocationRecordedAfterAChargebackIsNotItsToUndo) {
    // 1,000 paid nothing at first; 400 charged back from the credit; then the rest (600)
    // was applied to an invoice, and a second chargeback of 100 undid part of that.
    const QList<RecordedAllocation> allocations{allocation(1, 600, 100, 90)};
    const auto undone = parts(replayChargebacks(eur(1000), allocations,
                                                {chargeback(400, 1, 60), chargeback(100, 3, 120)}));
    EXPECT_EQ(undone.value(1), QStringList{QStringLiteral("100@3")});
}

TEST(ReplayChargebacks, StampsThatCannotGiveTheTotalsBackPutThemOnTheLatestChargeback) {
    // Recorded as if the allocation came after both chargebacks: the replay undoes
    // nothing of it, yet 300 of it is undone; the rule exact for one chargeback per
    // payment puts it on the latest.
    const QList<RecordedAllocation> allocations{allocation(1, 1000, 300, 600)};
    const auto undone = parts(replayChargebacks(eur(1000), allocations,
                                                {chargeback(200, 2, 60), chargeback(100, 5, 120)}));
    EXPECT_EQ(undone.value(1), QStringList{QStringLiteral("300@5")});
    // One chargeback: all of it, whatever the stamps.
    EXPECT_EQ(parts(replayChargebacks(eur(1000), allocations, {chargeback(300, 4, 60)})).value(1),
              QStringList{QStringLiteral("300@4")});
    EXPECT_TRUE(replayChargebacks(eur(1000), allocations, {}).isEmpty());
}

TEST(ReplayChargebacks, AnAllocationStampedWithAChargebackIsBeforeItUnlessThatCannotBe) {
    // Paid with the payment, in the same millisecond as the chargeback: before it.
    const auto same = parts(
        replayChargebacks(eur(1000), {allocation(1, 1000, 300, 60)}, {chargeback(300, 2, 60)}));
    EXPECT_EQ(same.value(1), QStringList{QStringLiteral("300@2")});
    // Credit applied the same millisecond after the first chargeback (taken from the
    // credit): only the second one undid it.
    const auto after = parts(replayChargebacks(eur(1000), {allocation(1, 500, 100, 60)},
                                               {chargeback(400, 1, 60), chargeback(100, 3, 120)}));
    EXPECT_EQ(after.value(1), QStringList{QStringLiteral("100@3")});
}
