// SPDX-License-Identifier: MIT
#include "domain/credit_policy.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

namespace {

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

CreditSituation situation(std::optional<qint64> limit, qint64 exposure) {
    CreditSituation s;
    if (limit)
        s.limit = eur(*limit);
    s.exposure = eur(exposure);
    return s;
}

} // namespace

TEST(CreditPolicy, NoLimitIsUnlimited) {
    EXPECT_TRUE(checkCredit(situation(std::nullopt, 999999999), eur(999999999), 30).isEmpty());
}

TEST(CreditPolicy, ExactlyAtTheLimitPassesOneCentAboveIsHeld) {
    EXPECT_TRUE(checkCredit(situation(100000, 60000), eur(40000), 30).isEmpty());
    const auto held = checkCredit(situation(100000, 60000), eur(40001), 30);
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held[0].reason, CreditHoldReason::LimitExceeded);
    EXPECT_EQ(held[0].exceededBy.minor(), 1);
}

TEST(CreditPolicy, ZeroLimitMeansPrepaidOnly) {
    EXPECT_EQ(checkCredit(situation(0, 0), eur(1), 30).size(), 1);
    // A deposit covering the order brings exposure below zero: the order passes.
    EXPECT_TRUE(checkCredit(situation(0, -5000), eur(5000), 30).isEmpty());
}

TEST(CreditPolicy, OverdueBlocksOnlyPastTheSetting) {
    CreditSituation s = situation(std::nullopt, 0);
    s.overdueInvoices = 2;
    s.oldestOverdueDays = 30;
    EXPECT_TRUE(checkCredit(s, eur(100), 30).isEmpty());
    s.oldestOverdueDays = 31;
    const auto held = checkCredit(s, eur(100), 30);
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held[0].reason, CreditHoldReason::OverdueInvoices);
    EXPECT_EQ(held[0].overdueInvoices, 2);
}

TEST(CreditPolicy, EveryReasonIsListed) {
    CreditSituation s = situation(1000, 900);
    s.onHold = true;
    s.overdueInvoices = 1;
    s.oldestOverdueDays = 90;
    const auto held = checkCredit(s, eur(500), 30);
    ASSERT_EQ(held.size(), 3);
    const QLocale en(QLocale::English);
    EXPECT_EQ(describe(held[0], en), QStringLiteral("Credit limit exceeded by €4.00"));
    EXPECT_EQ(describe(held[1], en), QStringLiteral("The customer is on hold"));
    EXPECT_TRUE(describe(held[2], en).contains(QStringLiteral("90 days")));
}
