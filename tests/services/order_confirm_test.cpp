// SPDX-License-Identifier: MIT
#include "support/order_fixture.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class OrderConfirmTest : public test::OrderFixture {
protected:
    qint64 audits(const char* action) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {QString::fromLatin1(action)});
    }
    void refuseBackorders() {
        ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("stock.allow_backorders"),
                                            QStringLiteral("false")));
    }
    // Everything a refused decision must leave as it was.
    struct Snapshot {
        QString status;
        int version = 0;
        Quantity reservedTor;
        Quantity reservedLim;
        qint64 openOrders = 0;
        friend bool operator==(const Snapshot&, const Snapshot&) = default;
    };
    Snapshot snapshot(const QString& number, const QString& customerCode) {
        const SalesOrder o = stored(number);
        return {o.status, o.version, level(QStringLiteral("TOR-M6")).reserved,
                level(QStringLiteral("LIM-01")).reserved, account(customerCode).openOrders};
    }
};

} // namespace

TEST_F(OrderConfirmTest, ConfirmingReservesStockAndAddsTheOpenValueToTheAccount) {
    const SalesOrder d = draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 10),
                                                        line(QStringLiteral("SERV"), 1)});
    auto o = s().orders().confirm(sales, d.number);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("confirmed"));
    EXPECT_TRUE(o->holdReasons.isEmpty());
    EXPECT_EQ(o->openValue, d.total);
    const SalesOrder back = stored(d.number);
    EXPECT_EQ(back.status, QStringLiteral("confirmed"));
    EXPECT_EQ(back.lines[0].reserved, units(10));
    EXPECT_EQ(back.lines[1].reserved, units(0)); // a service keeps no stock
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(10));
    EXPECT_EQ(account(QStringLiteral("ALFA")).openOrders, d.total.minor());
    EXPECT_EQ(audits("order.confirm"), 1);
    auto again = s().orders().confirm(admin, d.number);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Rule);
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(10));
}

TEST_F(OrderConfirmTest, ADiscountAboveTheSalespersonsLimitAwaitsAManagerAndReservesNothing) {
    const SalesOrder d =
        draft(QStringLiteral("BETA"), {discounted(QStringLiteral("TOR-M6"), 2, 15)});
    auto o = s().orders().confirm(sales, d.number);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("awaiting_approval"));
    ASSERT_EQ(o->approvalReasons.size(), 1);
    EXPECT_TRUE(o->approvalReasons[0].startsWith(QStringLiteral("Line 1 (TOR-M6)")))
        << o->approvalReasons[0].toStdString();
    EXPECT_TRUE(o->approvalReasons[0].contains(QStringLiteral("limit")));
    EXPECT_EQ(stored(d.number).approvalReasons, o->approvalReasons);
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_EQ(account(QStringLiteral("BETA")).openOrders, 0);
}

TEST_F(OrderConfirmTest, AManagerMayGiveTheDiscountButNotSellBelowCost) {
    const SalesOrder big =
        draft(QStringLiteral("BETA"), {discounted(QStringLiteral("TOR-M6"), 2, 15)});
    EXPECT_EQ(s().orders().confirm(manager, big.number)->status, QStringLiteral("confirmed"));
    const SalesOrder cheap =
        draft(QStringLiteral("BETA"), {priced(QStringLiteral("TOR-M6"), 2, 500)});
    auto o = s().orders().confirm(manager, cheap.number);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->status, QStringLiteral("awaiting_approval"));
    ASSERT_EQ(o->approvalReasons.size(), 1);
    EXPECT_TRUE(o->approvalReasons[0].contains(QStringLiteral("below cost")));
}

TEST_F(OrderConfirmTest, ACreditHoldListsEveryReasonAndCountsNothing) {
    Customer alfa = customer(QStringLiteral("ALFA"));
    alfa.onHold = true;
    ASSERT_TRUE(s().customers().update(admin, alfa));
    // 1,000.00 limit; 90 × 10.00 + 21 % = 1,089.00, 89.00 over.
    const SalesOrder d = draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 90)});
    auto o = s().orders().confirm(admin, d.number);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("credit_hold"));
    ASSERT_EQ(o->holdReasons.size(), 2);
    EXPECT_TRUE(o->holdReasons[0].contains(QStringLiteral("89")))
        << o->holdReasons[0].toStdString();
    EXPECT_TRUE(o->holdReasons[1].contains(QStringLiteral("hold")));
    EXPECT_EQ(stored(d.number).holdReasons, o->holdReasons);
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_EQ(account(QStringLiteral("ALFA")).openOrders, 0);
}

TEST_F(OrderConfirmTest, ConfirmedOrdersCountAgainstTheLimitOfTheNextOne) {
    confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 50)}); // 605.00
    const SalesOrder next = draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 40)});
    auto o = s().orders().confirm(admin, next.number); // 605 + 484 = 1,089 > 1,000
    ASSERT_TRUE(o);
    EXPECT_EQ(o->status, QStringLiteral("credit_hold"));
    auto position = s().orders().credit(admin, QStringLiteral("alfa"));
    ASSERT_TRUE(position);
    EXPECT_EQ(position->openOrders, money(60500));
    EXPECT_EQ(position->exposure, money(60500));
    EXPECT_EQ(position->limit, money(100000));
}

TEST_F(OrderConfirmTest, AHeldOrderIsCheckedAgainAfterADeposit) {
    const SalesOrder d = draft(QStringLiteral("PREP"), {line(QStringLiteral("TOR-M6"), 2)});
    EXPECT_EQ(s().orders().confirm(sales, d.number)->status, QStringLiteral("credit_hold"));
    EXPECT_EQ(s().orders().confirm(sales, d.number)->status, QStringLiteral("credit_hold"));
    DepositInput dep;
    dep.orderNumber = d.number;
    dep.amount = d.total;
    ASSERT_TRUE(s().deposits().add(sales, dep));
    auto o = s().orders().confirm(sales, d.number);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("confirmed"));
    EXPECT_TRUE(o->holdReasons.isEmpty());
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(2));
}

TEST_F(OrderConfirmTest, OnlyManagersReleaseAndApproveAndAlwaysWithAReason) {
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 2)});
    ASSERT_EQ(s().orders().confirm(sales, d.number)->status, QStringLiteral("credit_hold"));
    auto bySales = s().orders().release(sales, d.number, QStringLiteral("I know them"));
    ASSERT_FALSE(bySales);
    EXPECT_EQ(bySales.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(s().orders().approve(sales, d.number, QStringLiteral("I know them")));
    auto noReason = s().orders().release(manager, d.number, QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    EXPECT_EQ(stored(d.number).status, QStringLiteral("credit_hold"));
    EXPECT_EQ(audits("order.release"), 0);
}

TEST_F(OrderConfirmTest, AReleaseConfirmsAndReservesKeepingTheManagersReason) {
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 2)});
    ASSERT_EQ(s().orders().confirm(sales, d.number)->status, QStringLiteral("credit_hold"));
    auto o = s().orders().release(manager, d.number, QStringLiteral("Paid by phone"));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("confirmed"));
    const SalesOrder back = stored(d.number);
    EXPECT_EQ(back.releaseReason, QStringLiteral("Paid by phone"));
    EXPECT_EQ(back.releasedBy, QStringLiteral("marta"));
    EXPECT_EQ(back.holdReasons, o->holdReasons); // why it was held stays beside the release
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(2));
    EXPECT_EQ(account(QStringLiteral("GAMA")).openOrders, d.total.minor());
    EXPECT_EQ(audits("order.release"), 1);
    EXPECT_FALSE(s().orders().release(manager, d.number, QStringLiteral("again")));
}

TEST_F(OrderConfirmTest, ApprovalRunsTheCreditCheckAndReleaseActsAsApproval) {
    const SalesOrder held =
        draft(QStringLiteral("GAMA"), {discounted(QStringLiteral("TOR-M6"), 2, 20)});
    ASSERT_EQ(s().orders().confirm(sales, held.number)->status,
              QStringLiteral("awaiting_approval"));
    auto o = s().orders().approve(manager, held.number, QStringLiteral("Old customer"));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("credit_hold")); // GAMA is on hold
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_EQ(audits("order.approve"), 1);

    const SalesOrder ok =
        draft(QStringLiteral("BETA"), {discounted(QStringLiteral("TOR-M6"), 3, 20)});
    ASSERT_EQ(s().orders().confirm(sales, ok.number)->status, QStringLiteral("awaiting_approval"));
    o = s().orders().release(manager, ok.number, QStringLiteral("Volume deal"));
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("confirmed"));
    EXPECT_EQ(stored(ok.number).releaseReason, QStringLiteral("Volume deal"));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(3));
    EXPECT_EQ(audits("order.approve"), 2);
}

TEST_F(OrderConfirmTest, ShortStockIsBackorderedAndTheShortfallShows) {
    const SalesOrder d = draft(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 3),
                                                        line(QStringLiteral("LIM-01"), 4)});
    auto o = s().orders().confirm(admin, d.number);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->status, QStringLiteral("confirmed"));
    const SalesOrder back = stored(d.number);
    EXPECT_EQ(back.lines[0].reserved, units(3));
    EXPECT_EQ(back.lines[1].reserved, units(2)); // what the first line left
    EXPECT_EQ(back.lines[1].shortfall(), units(2));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).reserved, units(5));
    auto a = s().orders().availability(admin, QStringLiteral("lim-01"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->onHand, units(5));
    EXPECT_EQ(a->available, units(0));
    EXPECT_EQ(a->backlog, units(7));
}

TEST_F(OrderConfirmTest, WithoutBackordersShortStockRefusesTheConfirmationAndChangesNothing) {
    refuseBackorders();
    const SalesOrder d = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4),
                                                        line(QStringLiteral("LIM-01"), 8)});
    const Snapshot before = snapshot(d.number, QStringLiteral("BETA"));
    auto o = s().orders().confirm(admin, d.number);
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().kind, ErrorKind::Rule);
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("LIM-01")))
        << o.error().message.toStdString();
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("8 wanted, 5 available")))
        << o.error().message.toStdString();
    EXPECT_EQ(snapshot(d.number, QStringLiteral("BETA")), before);
    EXPECT_EQ(stored(d.number).lines[0].reserved, units(0));
    EXPECT_EQ(audits("order.confirm"), 0);
}

TEST_F(OrderConfirmTest, ARefusedReleaseForShortStockChangesNothing) {
    refuseBackorders();
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("LIM-01"), 6)});
    ASSERT_EQ(s().orders().confirm(admin, d.number)->status, QStringLiteral("credit_hold"));
    const Snapshot before = snapshot(d.number, QStringLiteral("GAMA"));
    auto o = s().orders().release(manager, d.number, QStringLiteral("Paid"));
    ASSERT_FALSE(o);
    EXPECT_TRUE(o.error().message.contains(QStringLiteral("6 wanted, 5 available")));
    EXPECT_EQ(snapshot(d.number, QStringLiteral("GAMA")), before);
    EXPECT_TRUE(stored(d.number).releaseReason.isEmpty());
}

TEST_F(OrderConfirmTest, AnEmptyOrderCannotBeConfirmed) {
    const SalesOrder d = draft(QStringLiteral("BETA"), {});
    auto o = s().orders().confirm(admin, d.number);
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, QStringLiteral("order.empty"));
}

TEST_F(OrderConfirmTest, CancellingReleasesTheReservationsAndTheOpenValue) {
    const SalesOrder o = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 10),
                                                            line(QStringLiteral("LIM-01"), 2)});
    auto c = s().orders().cancel(sales, o.number, QStringLiteral(" Customer changed mind "));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->status, QStringLiteral("cancelled"));
    const SalesOrder back = stored(o.number);
    EXPECT_EQ(back.cancelReason, QStringLiteral("Customer changed mind"));
    EXPECT_EQ(back.lines[0].cancelled, units(10));
    EXPECT_EQ(back.lines[0].reserved, units(0));
    EXPECT_EQ(back.openValue, money(0));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).reserved, units(0));
    EXPECT_EQ(account(QStringLiteral("ALFA")).openOrders, 0);
    EXPECT_EQ(audits("order.cancel"), 1);
    auto again = s().orders().cancel(sales, o.number);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, QStringLiteral("order.transition"));
}

TEST_F(OrderConfirmTest, CancellingAHeldOrDraftOrderTouchesNoAccount) {
    const SalesOrder held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 1)});
    ASSERT_EQ(s().orders().confirm(admin, held.number)->status, QStringLiteral("credit_hold"));
    ASSERT_TRUE(s().orders().cancel(admin, held.number));
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 1)});
    ASSERT_TRUE(s().orders().cancel(admin, d.number));
    EXPECT_EQ(account(QStringLiteral("GAMA")).openOrders, 0);
    EXPECT_EQ(stored(d.number).lines[0].cancelled, units(1));
    EXPECT_FALSE(s().orders().cancel(warehouse, d.number));
}

TEST_F(OrderConfirmTest, AfterAShipmentCancellingLeavesTheShippedPartOpen) {
    SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    // What a shipment of 4 leaves behind (the shipment service's part).
    storage::SalesOrderRepository repo(s().database());
    storage::StockRepository stock(s().database());
    o.lines[0].shipped = units(4);
    o.lines[0].reserved = units(6);
    ASSERT_TRUE(repo.writeFulfilment(o.lines[0]));
    ASSERT_TRUE(stock.addReserved(o.lines[0].productId, -units(4)));
    o.status = QStringLiteral("partially_shipped");
    ASSERT_TRUE(repo.writeState(o));

    auto c = s().orders().cancel(admin, o.number);
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->status, QStringLiteral("shipped"));
    const SalesOrder back = stored(o.number);
    EXPECT_EQ(back.lines[0].cancelled, units(6));
    EXPECT_EQ(back.lines[0].reserved, units(0));
    EXPECT_EQ(back.openValue, money(4840)); // 4 × 10.00 + 21 %, still to invoice
    EXPECT_EQ(account(QStringLiteral("BETA")).openOrders, 4840);
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_FALSE(s().orders().cancel(admin, o.number)); // fully shipped now
}
