// SPDX-License-Identifier: MIT
#include "shipment_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class ShipmentServiceTest : public test::ShipmentFixture {};

} // namespace

TEST_F(ShipmentServiceTest, ShippingEverythingWritesTheShipmentTheStockAndTheOrderState) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                            line(QStringLiteral("TUE-M6"), 4),
                                                            line(QStringLiteral("SERV"), 1)});
    ShipmentInput in = everything(o.number);
    in.carrier = QStringLiteral("  SEUR ");
    in.tracking = QStringLiteral(" 1Z999 ");
    in.packages = 2;
    in.freightTerms = QStringLiteral("collect");
    const Shipment sh = shipped(in);
    EXPECT_EQ(sh.number, expectedNumber(1));
    EXPECT_EQ(sh.orderNumber, o.number);
    EXPECT_EQ(sh.date, QDate::currentDate());
    EXPECT_EQ(sh.carrier, QStringLiteral("SEUR"));
    EXPECT_EQ(sh.tracking, QStringLiteral("1Z999"));
    EXPECT_EQ(sh.packages, 2);
    EXPECT_EQ(sh.freightTerms, QStringLiteral("collect"));
    EXPECT_EQ(sh.shippedBy, QStringLiteral("wendy"));
    EXPECT_EQ(sh.party.customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(sh.party.shippingAddress, QStringLiteral("Muelle BETA\nBilbao"));
    ASSERT_EQ(sh.lines.size(), 3);
    EXPECT_EQ(sh.lines[0].qty, units(10));
    EXPECT_EQ(sh.lines[0].weightKg, Quantity::fromThousandths(2500));
    EXPECT_EQ(sh.lines[1].weightKg, Quantity::fromThousandths(40));
    EXPECT_EQ(sh.lines[2].weightKg, Quantity());
    EXPECT_EQ(sh.weightKg, Quantity::fromThousandths(2540));

    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.status, QStringLiteral("shipped"));
    for (const DocumentLine& l : after.lines) {
        EXPECT_EQ(l.shipped, l.qty) << l.sku.toStdString();
        EXPECT_EQ(l.reserved, Quantity()) << l.sku.toStdString();
    }
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(90));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, Quantity());
    EXPECT_EQ(level(QStringLiteral("TUE-M6")).onHand, units(46));
    EXPECT_EQ(scalar(QStringLiteral("SELECT qty FROM stock_movements WHERE kind = 'shipment' "
                                    "AND reference = ? AND reason = ? AND user_name = 'wendy' "
                                    "AND product_id = (SELECT id FROM products WHERE sku = ?)"),
                     {sh.number, o.number, QStringLiteral("TOR-M6")}),
              -10000);
    // An untracked product is shipped but never moved.
    EXPECT_EQ(shipmentMovements(), 2);
    EXPECT_EQ(audits("shipment.create"), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'shipment.create' AND entity_key = ? AND after_json LIKE ?"),
                     {sh.number, QStringLiteral("%\"weight\":\"2.54\"%")}),
              1);
}

TEST_F(ShipmentServiceTest, TheWarehouseShipsAndSalesMayNot) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    auto refused = s().shipments().create(sales, everything(o.number));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_EQ(shipmentRows(), 0);
    EXPECT_EQ(stored(o.number).status, QStringLiteral("confirmed"));
    EXPECT_TRUE(s().shipments().create(warehouse, everything(o.number)));
}

TEST_F(ShipmentServiceTest, APartialShipmentConsumesItsPartOfTheReservation) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    const Shipment first = shipped(some(o.number, {ship(QStringLiteral("tor-m6"), 3)}));
    ASSERT_EQ(first.lines.size(), 1);
    EXPECT_EQ(first.lines[0].qty, units(3));
    SalesOrder after = stored(o.number);
    EXPECT_EQ(after.status, QStringLiteral("partially_shipped"));
    EXPECT_EQ(after.lines[0].shipped, units(3));
    EXPECT_EQ(after.lines[0].reserved, units(7));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(97));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(7));

    const Shipment second = shipped(some(o.number, {ship(QStringLiteral("TOR-M6"), 7)}));
    EXPECT_EQ(second.number, expectedNumber(2));
    after = stored(o.number);
    EXPECT_EQ(after.status, QStringLiteral("shipped"));
    EXPECT_EQ(after.lines[0].shipped, units(10));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(90));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, Quantity());

    auto third = s().shipments().create(warehouse, everything(o.number));
    ASSERT_FALSE(third);
    EXPECT_EQ(third.error().kind, ErrorKind::Rule);
    EXPECT_TRUE(third.error().message.contains(o.number)) << third.error().message.toStdString();
    EXPECT_EQ(shipmentRows(), 2);
}

TEST_F(ShipmentServiceTest, ABackorderedLineShipsWhenStockArrivesConsumingOnlyItsReservation) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 8)});
    ASSERT_EQ(stored(o.number).lines[0].reserved, units(5)); // 3 backordered
    ASSERT_TRUE(
        s().stock().adjust(admin, QStringLiteral("LIM-01"), units(4), QStringLiteral("received")));
    const Shipment sh = shipped(some(o.number, {ship(QStringLiteral("LIM-01"), 6)}));
    EXPECT_EQ(sh.weightKg, units(12));
    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.lines[0].reserved, Quantity());
    EXPECT_EQ(after.lines[0].shipped, units(6));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).onHand, units(3));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).reserved, Quantity());
}

TEST_F(ShipmentServiceTest, MoreThanOnHandIsRefusedNamingTheProductAndNothingChanges) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2),
                                                            line(QStringLiteral("LIM-01"), 8)});
    const SalesOrder before = stored(o.number);
    const auto torBefore = position(QStringLiteral("TOR-M6"));
    const auto limBefore = position(QStringLiteral("LIM-01"));
    auto refused = s().shipments().create(warehouse, everything(o.number));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Rule);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Not enough stock of LIM-01 (LIM-01): 8 to ship, 5 on hand"));
    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.status, before.status);
    EXPECT_EQ(after.version, before.version);
    EXPECT_EQ(after.lines, before.lines);
    EXPECT_EQ(position(QStringLiteral("TOR-M6")), torBefore);
    EXPECT_EQ(position(QStringLiteral("LIM-01")), limBefore);
    EXPECT_EQ(shipmentRows(), 0);
    EXPECT_EQ(shipmentMovements(), 0);
    EXPECT_EQ(audits("shipment.create"), 0);
    // No number was consumed: the next shipment takes the first one.
    EXPECT_EQ(shipped(some(o.number, {ship(QStringLiteral("LIM-01"), 5)})).number,
              expectedNumber(1));
}

TEST_F(ShipmentServiceTest, TwoLinesOfOneProductAreCheckedTogetherAgainstOnHand) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 3),
                                                            line(QStringLiteral("LIM-01"), 3)});
    auto refused = s().shipments().create(warehouse, everything(o.number));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Not enough stock of LIM-01 (LIM-01): 6 to ship, 5 on hand"));
    EXPECT_EQ(shipmentRows(), 0);
}

TEST_F(ShipmentServiceTest, ASkuOnTwoLinesFillsThemInOrder) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2),
                                                            line(QStringLiteral("TUE-M6"), 1),
                                                            line(QStringLiteral("TOR-M6"), 5)});
    const Shipment sh = shipped(
        some(o.number, {ship(QStringLiteral("TOR-M6"), 1), ship(QStringLiteral("TOR-M6"), 3)}));
    ASSERT_EQ(sh.lines.size(), 2);
    EXPECT_EQ(sh.lines[0].orderLineId, o.lines[0].id);
    EXPECT_EQ(sh.lines[0].qty, units(2));
    EXPECT_EQ(sh.lines[1].orderLineId, o.lines[2].id);
    EXPECT_EQ(sh.lines[1].qty, units(2));
    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.status, QStringLiteral("partially_shipped"));
    EXPECT_EQ(after.lines[0].shipped, units(2));
    EXPECT_EQ(after.lines[1].shipped, Quantity());
    EXPECT_EQ(after.lines[2].shipped, units(2));
    EXPECT_EQ(after.lines[2].reserved, units(3));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(96));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(3));
    // The rest: lines with nothing remaining are skipped.
    const Shipment rest = shipped(everything(o.number));
    ASSERT_EQ(rest.lines.size(), 2);
    EXPECT_EQ(rest.lines[0].sku, QStringLiteral("TUE-M6"));
    EXPECT_EQ(rest.lines[1].qty, units(3));
    EXPECT_EQ(stored(o.number).status, QStringLiteral("shipped"));
}

TEST_F(ShipmentServiceTest, AGivenDateIsKeptAndNumbersFollowItsYear) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    ShipmentInput in = everything(o.number);
    in.date = QDate(2030, 3, 14);
    const Shipment sh = shipped(in);
    EXPECT_EQ(sh.number, expectedNumber(1, 2030));
    EXPECT_EQ(sh.date, in.date);
}

TEST_F(ShipmentServiceTest, TheShipmentTheOrderAndTheStockAreAnnouncedAfterCommit) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    // Another connection sees only committed rows.
    const QString other = QStringLiteral("announce-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(dir.filePath(QStringLiteral("orders.db")));
        ASSERT_TRUE(db.open());
    }
    QStringList heard;
    qint64 seenByOther = -1;
    auto connection = QObject::connect(
        &s().notifier(), &ChangeNotifier::changed, [&](const QString& entity, const QString& key) {
            heard << entity + u':' + key;
            if (entity == u"shipment") {
                QSqlQuery q(QSqlDatabase::database(other));
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM shipments")) && q.next())
                    seenByOther = q.value(0).toLongLong();
            }
        });
    auto refused =
        s().shipments().create(warehouse, some(o.number, {ship(QStringLiteral("TOR-M6"), 9)}));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(heard.isEmpty());
    const Shipment sh = shipped(everything(o.number));
    QObject::disconnect(connection);
    QSqlDatabase::removeDatabase(other);
    EXPECT_EQ(heard,
              (QStringList{QStringLiteral("shipment:") + sh.number,
                           QStringLiteral("order:") + o.number, QStringLiteral("stock:TOR-M6")}));
    EXPECT_EQ(seenByOther, 1);
}

TEST_F(ShipmentServiceTest, ShippingKeepsTheOrdersDecisionsDepositsAndExposure) {
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 4)});
    ASSERT_EQ(s().orders().confirm(admin, d.number)->status, QStringLiteral("credit_hold"));
    auto released =
        s().orders().release(manager, d.number, QStringLiteral("Paid in advance by phone"));
    ASSERT_TRUE(released) << released.error().message.toStdString();
    ASSERT_EQ(released->status, QStringLiteral("confirmed"));
    DepositInput deposit;
    deposit.orderNumber = d.number;
    deposit.amount = money(1000);
    ASSERT_TRUE(s().deposits().add(admin, deposit));
    const SalesOrder before = stored(d.number);
    const storage::AccountFigures account_ = account(QStringLiteral("GAMA"));

    shipped(some(d.number, {ship(QStringLiteral("TOR-M6"), 1)}));
    const SalesOrder after = stored(d.number);
    EXPECT_EQ(after.status, QStringLiteral("partially_shipped"));
    EXPECT_EQ(after.holdReasons, before.holdReasons);
    EXPECT_FALSE(after.holdReasons.isEmpty());
    EXPECT_EQ(after.releaseReason, QStringLiteral("Paid in advance by phone"));
    EXPECT_EQ(after.releasedBy, before.releasedBy);
    EXPECT_EQ(after.deposits, money(1000));
    EXPECT_EQ(after.openValue, before.openValue); // nothing was invoiced
    EXPECT_EQ(after.invoicingStatus, before.invoicingStatus);
    EXPECT_EQ(account(QStringLiteral("GAMA")).openOrders, account_.openOrders);
    EXPECT_EQ(account(QStringLiteral("GAMA")).unappliedDeposits, account_.unappliedDeposits);
}
