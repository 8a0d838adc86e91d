// SPDX-License-Identifier: MIT
#include "shipment_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class ShipmentRefusalTest : public test::ShipmentFixture {
protected:
    // A refusal of `kind` that wrote nothing: no shipment, no movement, no audit, the
    // order and TOR-M6's stock as they were.
    Error refused(const ShipmentInput& in, ErrorKind kind) {
        const SalesOrder before = stored(in.orderNumber);
        const auto stock = position(QStringLiteral("TOR-M6"));
        auto r = s().shipments().create(warehouse, in);
        EXPECT_FALSE(r);
        if (r)
            return {};
        EXPECT_EQ(r.error().kind, kind) << r.error().message.toStdString();
        const SalesOrder after = stored(in.orderNumber);
        EXPECT_EQ(after.status, before.status);
        EXPECT_EQ(after.version, before.version);
        EXPECT_EQ(after.lines, before.lines);
        EXPECT_EQ(position(QStringLiteral("TOR-M6")), stock);
        EXPECT_EQ(shipmentRows(), 0);
        EXPECT_EQ(shipmentMovements(), 0);
        EXPECT_EQ(audits("shipment.create"), 0);
        return r.error();
    }
    SalesOrder tenScrews() {
        return confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    }
};

} // namespace

TEST_F(ShipmentRefusalTest, ADraftOrAHeldOrderCannotShip) {
    const SalesOrder d = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    const Error e = refused(everything(d.number), ErrorKind::Rule);
    EXPECT_EQ(e.message, d.number + QStringLiteral(" is draft: it cannot be shipped"));

    const SalesOrder held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 1)});
    ASSERT_EQ(s().orders().confirm(admin, held.number)->status, QStringLiteral("credit_hold"));
    const Error h = refused(everything(held.number), ErrorKind::Rule);
    EXPECT_TRUE(h.message.startsWith(held.number + QStringLiteral(" is on credit hold")))
        << h.message.toStdString();
}

TEST_F(ShipmentRefusalTest, ACancelledOrderCannotShip) {
    const SalesOrder o = tenScrews();
    ASSERT_TRUE(s().orders().cancel(admin, o.number, QStringLiteral("changed their mind")));
    refused(everything(o.number), ErrorKind::Rule);
}

TEST_F(ShipmentRefusalTest, AnUnknownOrderIsNotFound) {
    auto r = s().shipments().create(warehouse, everything(QStringLiteral("SO-1999-00001")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
}

TEST_F(ShipmentRefusalTest, ASkuNotOnTheOrderIsInvalidAndNamed) {
    const SalesOrder o = tenScrews();
    const Error e = refused(
        some(o.number, {ship(QStringLiteral("TOR-M6"), 1), ship(QStringLiteral("TUE-M6"), 1)}),
        ErrorKind::Invalid);
    EXPECT_TRUE(e.message.contains(QStringLiteral("TUE-M6"))) << e.message.toStdString();
    EXPECT_EQ(e.field, QStringLiteral("lines[1].sku"));
}

TEST_F(ShipmentRefusalTest, AQuantityOfZeroOrLessIsInvalid) {
    const SalesOrder o = tenScrews();
    const Error zero =
        refused(some(o.number, {ship(QStringLiteral("TOR-M6"), 0)}), ErrorKind::Invalid);
    EXPECT_EQ(zero.field, QStringLiteral("lines[0].qty"));
    refused(some(o.number, {ship(QStringLiteral("TOR-M6"), -2)}), ErrorKind::Invalid);
}

TEST_F(ShipmentRefusalTest, MoreThanRemainsIsRefusedNamingTheLineAndTheQuantities) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 1),
                                                            line(QStringLiteral("TOR-M6"), 10)});
    const Error e = refused(some(o.number, {ship(QStringLiteral("TOR-M6"), 11)}), ErrorKind::Rule);
    EXPECT_EQ(e.message, QStringLiteral("Line 2: TOR-M6: 11 to ship, 10 remain"));
    // Listing a SKU twice counts both against what remains.
    const Error twice = refused(
        some(o.number, {ship(QStringLiteral("TOR-M6"), 6), ship(QStringLiteral("TOR-M6"), 5)}),
        ErrorKind::Rule);
    EXPECT_EQ(twice.message, QStringLiteral("Line 2: TOR-M6: 5 to ship, 4 remain"));
}

TEST_F(ShipmentRefusalTest, AfterAPartialShipmentOnlyWhatRemainsCanShip) {
    const SalesOrder o = tenScrews();
    shipped(some(o.number, {ship(QStringLiteral("TOR-M6"), 3)}));
    auto r = s().shipments().create(warehouse, some(o.number, {ship(QStringLiteral("TOR-M6"), 8)}));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, QStringLiteral("Line 1: TOR-M6: 8 to ship, 7 remain"));
    EXPECT_EQ(shipmentRows(), 1);
    EXPECT_EQ(stored(o.number).lines[0].shipped, units(3));
}

TEST_F(ShipmentRefusalTest, AHeaderWithoutPackagesOrWithUnknownFreightTermsIsInvalid) {
    const SalesOrder o = tenScrews();
    ShipmentInput none = everything(o.number);
    none.packages = 0;
    EXPECT_EQ(refused(none, ErrorKind::Invalid).field, QStringLiteral("packages"));
    ShipmentInput cif = everything(o.number);
    cif.freightTerms = QStringLiteral("cif");
    EXPECT_EQ(refused(cif, ErrorKind::Invalid).field, QStringLiteral("freight_terms"));
    EXPECT_EQ(shipped(everything(o.number)).number, expectedNumber(1));
}

TEST_F(ShipmentRefusalTest, AnOrderWithNothingLeftToShipIsRefused) {
    const SalesOrder o = tenScrews();
    // A confirmed order whose line was shipped by other means (as an import might leave it).
    storage::SalesOrderRepository repo(s().database());
    DocumentLine l = o.lines[0];
    l.shipped = l.qty;
    l.reserved = Quantity();
    ASSERT_TRUE(repo.writeFulfilment(l));
    const Error e = refused(everything(o.number), ErrorKind::Rule);
    EXPECT_EQ(e.code, QStringLiteral("shipment.nothing_to_ship"));
    EXPECT_TRUE(e.message.contains(o.number));
}
