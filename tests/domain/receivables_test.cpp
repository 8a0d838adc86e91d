// SPDX-License-Identifier: MIT
#include "domain/receivables.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

const QDate kToday(2026, 11, 27);

AllocationTarget target(qint64 id, qint64 balance, int dueInDays,
                        std::optional<qint64> amount = std::nullopt) {
    AllocationTarget t;
    t.invoice = {id, QStringLiteral("INV-%1").arg(id), kToday.addDays(dueInDays), eur(balance)};
    if (amount)
        t.amount = eur(*amount);
    return t;
}

Allocation allocation(qint64 id, qint64 invoiceId, qint64 amount, qint64 undone = 0) {
    Allocation a;
    a.id = id;
    a.invoiceId = invoiceId;
    a.amount = eur(amount);
    a.undone = eur(undone);
    return a;
}

Payment payment(qint64 amount, qint64 unallocated, qint64 chargedBack = 0) {
    Payment p;
    p.number = QStringLiteral("PAY-2026-00001");
    p.amount = eur(amount);
    p.unallocated = eur(unallocated);
    p.chargedBack = eur(chargedBack);
    return p;
}

} // namespace

TEST(Allocation, OldestDueFirstAfterSorting) {
    QList<AllocationTarget> targets{target(3, 5000, 10), target(1, 3000, -20),
                                    target(2, 4000, -20)};
    sortByDue(targets);
    auto plan = planAllocation(eur(8000), targets);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->allocations.size(), 3);
    EXPECT_EQ(plan->allocations[0].invoiceId, 1);
    EXPECT_EQ(plan->allocations[0].amount, eur(3000));
    EXPECT_EQ(plan->allocations[1].invoiceId, 2);
    EXPECT_EQ(plan->allocations[1].amount, eur(4000));
    EXPECT_EQ(plan->allocations[2].invoiceId, 3);
    EXPECT_EQ(plan->allocations[2].amount, eur(1000));
    EXPECT_EQ(plan->leftover, eur(0));
}

TEST(Allocation, WhatIsLeftOverBecomesCredit) {
    auto plan = planAllocation(eur(10000), {target(1, 2500, 0), target(2, 1500, 5)});
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->allocations.size(), 2);
    EXPECT_EQ(plan->leftover, eur(6000));
    auto none = planAllocation(eur(700), {});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->allocations.isEmpty());
    EXPECT_EQ(none->leftover, eur(700));
}

TEST(Allocation, ChosenAmountsAreServedBeforeDefaults) {
    // The first invoice takes what is left after the second's chosen amount.
    auto plan = planAllocation(eur(5000), {target(1, 4000, -10), target(2, 6000, 0, 3000)});
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->allocations.size(), 2);
    EXPECT_EQ(plan->allocations[0].amount, eur(2000));
    EXPECT_EQ(plan->allocations[1].amount, eur(3000));
    EXPECT_EQ(plan->leftover, eur(0));
}

TEST(Allocation, InvoicesThatGetNothingAreLeftOut) {
    auto plan = planAllocation(eur(1000), {target(1, 1000, 0), target(2, 500, 1)});
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->allocations.size(), 1);
    EXPECT_EQ(plan->allocations[0].invoiceId, 1);
}

TEST(Allocation, RefusesAmountsBeyondBalanceOrMoney) {
    auto beyondBalance = planAllocation(eur(9000), {target(1, 1000, 0, 1001)});
    ASSERT_FALSE(beyondBalance);
    EXPECT_EQ(beyondBalance.error().code, QStringLiteral("allocation.beyond_balance"));
    auto beyondMoney =
        planAllocation(eur(1500), {target(1, 1000, 0, 1000), target(2, 900, 0, 600)});
    ASSERT_FALSE(beyondMoney);
    EXPECT_EQ(beyondMoney.error().code, QStringLiteral("allocation.beyond_available"));
    auto zero = planAllocation(eur(1500), {target(1, 1000, 0, 0)});
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().code, QStringLiteral("allocation.amount"));
    EXPECT_TRUE(planAllocation(eur(1600), {target(1, 1000, 0, 1000), target(2, 900, 0, 600)}));
}

TEST(Chargeback, TakesCreditFirstThenAllocationsNewestFirst) {
    const Payment p = payment(10000, 2000);
    const QList<Allocation> allocs{allocation(5, 1, 3000), allocation(9, 2, 5000, 1000),
                                   allocation(7, 3, 1000)};
    // net: #5 3000, #7 1000, #9 4000; credit 2000; total 10000 ✓
    auto plan = planChargeback(p, eur(7500), allocs);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->fromCredit, eur(2000));
    ASSERT_EQ(plan->undo.size(), 3);
    EXPECT_EQ(plan->undo[0].allocationId, 9);
    EXPECT_EQ(plan->undo[0].amount, eur(4000));
    EXPECT_EQ(plan->undo[1].allocationId, 7);
    EXPECT_EQ(plan->undo[1].amount, eur(1000));
    EXPECT_EQ(plan->undo[2].allocationId, 5);
    EXPECT_EQ(plan->undo[2].amount, eur(500));
}

TEST(Chargeback, SmallerThanTheCreditTouchesNoAllocation) {
    auto plan = planChargeback(payment(10000, 2000), eur(1500), {allocation(1, 1, 8000)});
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->fromCredit, eur(1500));
    EXPECT_TRUE(plan->undo.isEmpty());
}

TEST(Chargeback, NeverBeyondWhatIsLeftOfThePayment) {
    const Payment p = payment(10000, 0, 4000);
    const QList<Allocation> allocs{allocation(1, 1, 10000, 4000)};
    auto beyond = planChargeback(p, eur(6001), allocs);
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().code, QStringLiteral("chargeback.beyond_payment"));
    EXPECT_EQ(beyond.error().kind, ErrorKind::Rule);
    auto all = planChargeback(p, eur(6000), allocs);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->undo.size(), 1);
    EXPECT_EQ(all->undo[0].amount, eur(6000));
    EXPECT_FALSE(planChargeback(p, eur(0), allocs));
}

TEST(Aging, BucketBoundaries) {
    const QList<std::pair<int, AgingBucket>> cases{
        {-5, AgingBucket::Current},    {0, AgingBucket::Current},     {1, AgingBucket::Days1To30},
        {30, AgingBucket::Days1To30},  {31, AgingBucket::Days31To60}, {60, AgingBucket::Days31To60},
        {61, AgingBucket::Days61To90}, {90, AgingBucket::Days61To90}, {91, AgingBucket::Over90},
        {400, AgingBucket::Over90}};
    for (const auto& [days, bucket] : cases) {
        EXPECT_EQ(agingBucket(days), bucket) << days;
        EXPECT_EQ(agingBucket(daysPastDue(kToday.addDays(-days), kToday)), bucket) << days;
    }
}

TEST(Aging, InstallmentsAgeApartAndPaymentsCoverTheOldestFirst) {
    const QList<Installment> split{{kToday.addDays(-95), eur(3000)},
                                   {kToday.addDays(-45), eur(3000)},
                                   {kToday.addDays(15), eur(4000)}};
    AgingAmounts a;
    ageInvoice(a, split, eur(1000), kToday);
    EXPECT_EQ(a[AgingBucket::Over90], eur(2000));
    EXPECT_EQ(a[AgingBucket::Days31To60], eur(3000));
    EXPECT_EQ(a[AgingBucket::Current], eur(4000));
    EXPECT_EQ(a[AgingBucket::Days1To30], eur(0));
    EXPECT_EQ(a.total(), eur(9000)); // = total − covered
    AgingAmounts b;
    ageInvoice(b, split, eur(6500), kToday);
    EXPECT_EQ(b.total(), eur(3500));
    EXPECT_EQ(b[AgingBucket::Current], eur(3500));
    a += b;
    EXPECT_EQ(a.total(), eur(12500));
}
