// SPDX-License-Identifier: MIT
#include "support/order_fixture.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

using OrderServiceTest = test::OrderFixture;

} // namespace

TEST_F(OrderServiceTest, TheFixtureSeedsStockCustomersAndRoles) {
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(100));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).onHand, units(5));
    EXPECT_EQ(customer(QStringLiteral("ALFA")).creditLimit, money(100000));
    EXPECT_TRUE(customer(QStringLiteral("GAMA")).onHold);
    EXPECT_EQ(s().context().currency.code(), QStringLiteral("EUR"));
}
