// SPDX-License-Identifier: MIT
// Returns: how much can come back, the stock, and what happens to what was not invoiced.
#include "return_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class ReturnServiceTest : public test::ReturnFixture {
protected:
    qint64 returnedOnShipment(const QString& shipment) {
        return scalar(u"SELECT COALESCE(SUM(l.returned_qty), 0) FROM shipment_lines l JOIN "
                      "shipments s ON s.id = l.shipment_id WHERE s.number = ?"_s,
                      {shipment});
    }
};

} // namespace

TEST_F(ReturnServiceTest, NeverMoreThanShippedLessReturnedAcrossTwoReturns) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 8)});
    const Return first = returned(returning(sh.number, {back(u"TOR-M6"_s, 5)}));
    EXPECT_EQ(first.number, numbered("RMA", 1));
    EXPECT_EQ(first.shipmentNumber, sh.number);
    EXPECT_EQ(first.reason, u"Wrong size"_s);
    const qint64 rmaCounter = counter("return");
    auto refused = s().returns().create(warehouse, returning(sh.number, {back(u"tor-m6"_s, 4)}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"return.more_than_shipped"_s);
    EXPECT_TRUE(refused.error().message.contains(
        u"SKU TOR-M6: 4 returned but only 3 of the 8 shipped can still come back"_s))
        << refused.error().message.toStdString();
    EXPECT_EQ(counter("return"), rmaCounter); // a refusal uses no number
    EXPECT_EQ(returnedOnShipment(sh.number), 5000);
    EXPECT_TRUE(s().returns().create(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 3)})));
    EXPECT_EQ(returnedOnShipment(sh.number), 8000);
}

TEST_F(ReturnServiceTest, UnknownSkuZeroQuantityEarlyDateAndNoReasonAreRefused) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 8)});
    auto unknown = s().returns().create(warehouse, returning(sh.number, {back(u"LIM-01"_s, 1)}));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, u"return.unknown_sku"_s);
    auto zero = s().returns().create(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 0)}));
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().code, u"return.qty"_s);
    ReturnInput early = returning(sh.number, {back(u"TOR-M6"_s, 1)});
    early.date = sh.date.addDays(-1);
    auto beforeShipment = s().returns().create(warehouse, early);
    ASSERT_FALSE(beforeShipment);
    EXPECT_EQ(beforeShipment.error().code, u"return.before_shipment"_s);
    auto noReason =
        s().returns().create(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 1)}, u"  "_s));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().code, u"return.reason"_s);
    auto noShipment = s().returns().create(warehouse, returning(u"SH-NONE"_s, {}));
    ASSERT_FALSE(noShipment);
    EXPECT_EQ(noShipment.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(rows("returns"), 0);
    EXPECT_EQ(level(u"TOR-M6"_s).onHand, units(92));
}

TEST_F(ReturnServiceTest, ASkuOnTwoLinesComesBackFromThemInLineOrder) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 3), line(u"TOR-M6"_s, 4)});
    const Return r = returned(returning(sh.number, {back(u"TOR-M6"_s, 2), back(u"TOR-M6"_s, 3)}));
    ASSERT_EQ(r.lines.size(), 2);
    EXPECT_EQ(r.lines[0].qty, units(3));
    EXPECT_EQ(r.lines[1].qty, units(2));
    EXPECT_EQ(scalar(u"SELECT returned_qty FROM shipment_lines WHERE id = ?"_s,
                     {r.lines[1].shipmentLineId}),
              2000);
}

TEST_F(ReturnServiceTest, GoodsAreRestockedUnlessDamaged) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10), line(u"SERV"_s, 1)});
    EXPECT_EQ(level(u"TOR-M6"_s).onHand, units(90));
    const Return r = returned(returning(sh.number, {back(u"TOR-M6"_s, 4), back(u"SERV"_s, 1)}));
    EXPECT_EQ(level(u"TOR-M6"_s).onHand, units(94));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'return' AND qty = "
                     "4000 AND reference = ?"_s,
                     {r.number}),
              1);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'return'"_s), 1);
    ReturnInput damaged = returning(sh.number, {back(u"TOR-M6"_s, 2)}, u"Crushed"_s);
    damaged.damaged = true;
    const Return d = returned(damaged);
    EXPECT_TRUE(d.damaged);
    EXPECT_EQ(level(u"TOR-M6"_s).onHand, units(94));
    EXPECT_EQ(scalar(u"SELECT damaged FROM returns WHERE number = ?"_s, {d.number}), 1);
    EXPECT_EQ(s().returns().get(admin, d.number)->damaged, true);
}

TEST_F(ReturnServiceTest, AnUninvoicedReturnIsNoLongerToInvoiceAndLeavesOpenOrders) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    EXPECT_EQ(account(u"BETA"_s).openOrders, 12100);
    const Return r = returned(returning(sh.number, {back(u"TOR-M6"_s, 3)}));
    EXPECT_TRUE(r.creditNoteNumber.isEmpty());
    EXPECT_EQ(r.lines[0].creditedQty, Quantity());
    EXPECT_EQ(rows("credit_notes"), 0);
    EXPECT_EQ(scalar(u"SELECT returned_qty FROM sales_order_lines"_s), 3000);
    EXPECT_EQ(account(u"BETA"_s).openOrders, 12100 - 3630);
    EXPECT_EQ(recountOpenOrders(u"BETA"_s), 12100 - 3630);
    EXPECT_EQ(ar(u"BETA"_s), 0);
    auto draft = s().invoices().createDraft(accounting, {sh.orderNumber});
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->lines[0].qty, units(7));
}

TEST_F(ReturnServiceTest, TheOrderClosesOnceEverythingIsInvoicedOrReturned) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    invoiceQty(sh.orderNumber, 7);
    EXPECT_EQ(stored(sh.orderNumber).status, u"shipped"_s);
    EXPECT_EQ(stored(sh.orderNumber).invoicingStatus, u"partial"_s);
    returned(returning(sh.number, {back(u"TOR-M6"_s, 3)}));
    const SalesOrder o = stored(sh.orderNumber);
    EXPECT_EQ(o.invoicingStatus, u"full"_s);
    EXPECT_EQ(o.status, u"closed"_s);
    EXPECT_TRUE(o.openValue.isZero());
    EXPECT_EQ(account(u"BETA"_s).openOrders, 0);
    EXPECT_EQ(recountOpenOrders(u"BETA"_s), 0);
}

TEST_F(ReturnServiceTest, PostingAfterAnUninvoicedReturnLeavesOnlyWhatIsStillToInvoiceOpen) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    returned(returning(sh.number, {back(u"TOR-M6"_s, 3)}));
    invoiceQty(sh.orderNumber, 5); // 2 of the 7 kept are still to invoice
    EXPECT_EQ(stored(sh.orderNumber).openValue.minor(), 2420);
    EXPECT_EQ(account(u"BETA"_s).openOrders, 2420);
    EXPECT_EQ(recountOpenOrders(u"BETA"_s), 2420);
}

TEST_F(ReturnServiceTest, ReturningAllThatWasNeverInvoicedClosesTheOrder) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    returned(returning(sh.number, {back(u"TOR-M6"_s, 10)}));
    const SalesOrder o = stored(sh.orderNumber);
    EXPECT_EQ(o.status, u"closed"_s);
    EXPECT_EQ(o.invoicingStatus, u"none"_s);
    EXPECT_EQ(account(u"BETA"_s).openOrders, 0);
    EXPECT_EQ(recountOpenOrders(u"BETA"_s), 0);
}

TEST_F(ReturnServiceTest, PartFreePartCreditedInOneReturnLine) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    const Invoice inv = invoiceQty(sh.orderNumber, 6);
    const Return r = returned(returning(sh.number, {back(u"TOR-M6"_s, 7)}));
    ASSERT_EQ(r.lines.size(), 1);
    EXPECT_EQ(r.lines[0].qty, units(7));
    EXPECT_EQ(r.lines[0].creditedQty, units(3));
    EXPECT_EQ(scalar(u"SELECT returned_qty FROM sales_order_lines"_s), 4000); // uninvoiced part
    EXPECT_EQ(returnedOnShipment(sh.number), 7000);                           // all of it
    const CreditNote n = note(r.creditNoteNumber);
    ASSERT_EQ(n.lines.size(), 1);
    EXPECT_EQ(n.lines[0].qty, units(3));
    EXPECT_EQ(n.lines[0].invoiceNumber, inv.number);
    EXPECT_EQ(n.total, money(3630));
    EXPECT_EQ(stored(sh.orderNumber).status, u"closed"_s);
}

TEST_F(ReturnServiceTest, WhatIsOnADraftInvoiceIsRefusedAndNothingChanges) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    auto draft = s().invoices().createDraft(accounting, {sh.orderNumber});
    ASSERT_TRUE(draft);
    const qint64 rma = counter("return"), cn = counter("credit_note");
    auto refused = s().returns().create(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 2)}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"return.on_draft_invoice"_s);
    EXPECT_TRUE(refused.error().message.contains(draft->number + u"; edit or discard it first"_s))
        << refused.error().message.toStdString();
    EXPECT_EQ(counter("return"), rma);
    EXPECT_EQ(counter("credit_note"), cn);
    EXPECT_EQ(rows("returns"), 0);
    EXPECT_EQ(returnedOnShipment(sh.number), 0);
    EXPECT_EQ(level(u"TOR-M6"_s).onHand, units(90));
    EXPECT_EQ(account(u"BETA"_s).openOrders, 12100);
}

TEST_F(ReturnServiceTest, OnlyWhoHandlesReturnsMayMakeOne) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 2)});
    auto refused = s().returns().create(sales, returning(sh.number, {back(u"TOR-M6"_s, 1)}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_EQ(rows("returns"), 0);
    const Return r = returned(returning(sh.number, {back(u"TOR-M6"_s, 1)}));
    EXPECT_TRUE(s().returns().get(sales, r.number)); // reading is ViewSales
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'return.create' AND "
                     "entity_key = ? AND user_name = 'wendy'"_s,
                     {r.number}),
              1);
}

TEST_F(ReturnServiceTest, ListsNewestFirstFilteredByCustomerAndSearch) {
    const Shipment beta = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 5)});
    const Shipment alfa = shipAll(u"ALFA"_s, {line(u"TUE-M6"_s, 5)});
    const Return r1 = returned(returning(beta.number, {back(u"TOR-M6"_s, 1)}));
    const Return r2 = returned(returning(alfa.number, {back(u"TUE-M6"_s, 1)}));
    auto all = s().returns().list(admin, {});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->first().number, r2.number);
    ReturnListQuery q;
    q.customerCode = u"beta"_s;
    auto onlyBeta = s().returns().list(admin, q);
    ASSERT_TRUE(onlyBeta);
    ASSERT_EQ(onlyBeta->size(), 1);
    EXPECT_EQ(onlyBeta->first().number, r1.number);
    EXPECT_EQ(onlyBeta->first().orderNumber, beta.orderNumber);
    EXPECT_EQ(s().returns().count(admin, q).value(), 1);
    ReturnListQuery search;
    search.search = alfa.number;
    EXPECT_EQ(s().returns().count(admin, search).value(), 1);
    const Return got = s().returns().get(admin, r1.number.toLower()).value();
    ASSERT_EQ(got.lines.size(), 1);
    EXPECT_EQ(got.lines[0].sku, u"TOR-M6"_s);
    EXPECT_EQ(toJson(got).value(u"credit_note"_s).isNull(), true);
}
