// SPDX-License-Identifier: MIT
#include "domain/invoicing.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

const Currency kEur = Currency::fromCode(u"EUR");

Money eur(qint64 cents) {
    return Money::fromMinor(cents, kEur);
}
Quantity units(qint64 n) {
    return Quantity::fromUnits(n);
}

// An order line of 10 units at 10.00 €, 21 % tax.
DocumentLine orderLine(qint64 id, qint64 shipped, qint64 invoiced = 0, qint64 cancelled = 0) {
    DocumentLine l;
    l.id = id;
    l.productId = 7;
    l.sku = QStringLiteral("TOR-M6");
    l.description = QStringLiteral("Tornillo M6");
    l.unit = QStringLiteral("u");
    l.qty = units(10);
    l.unitPrice = UnitPrice::fromTenThousandths(100000);
    l.discount = Percent::fromWhole(5);
    l.taxCode = QStringLiteral("IVA21");
    l.taxRate = Percent::fromWhole(21);
    l.unitCost = UnitPrice::fromTenThousandths(60000);
    l.shipped = units(shipped);
    l.invoiced = units(invoiced);
    l.cancelled = units(cancelled);
    return l;
}

QList<Installment> thirds() {
    return {{QDate(2026, 2, 1), eur(3333)},
            {QDate(2026, 3, 1), eur(3333)},
            {QDate(2026, 4, 1), eur(3334)}};
}

} // namespace

TEST(Invoicing, ShipmentPolicyInvoicesWhatWasShippedLessInvoicedReturnedAndOnDrafts) {
    const DocumentLine l = orderLine(1, 6, 2);
    EXPECT_EQ(invoiceableQty(l, InvoicePolicy::Shipment, {}), units(4));
    EXPECT_EQ(invoiceableQty(l, InvoicePolicy::Shipment, {units(1), units(2)}), units(1));
    EXPECT_EQ(invoiceableQty(l, InvoicePolicy::Shipment, {units(3), units(3)}), Quantity());
}

TEST(Invoicing, OrderPolicyInvoicesWhatWasOrderedLessCancelled) {
    const DocumentLine l = orderLine(1, 0, 2, 3);
    EXPECT_EQ(invoiceableQty(l, InvoicePolicy::Order, {}), units(5));
    EXPECT_EQ(invoiceableQty(l, InvoicePolicy::Shipment, {}), Quantity());
    EXPECT_EQ(invoicePolicyFrom(u"order"), InvoicePolicy::Order);
    EXPECT_EQ(invoicePolicyFrom(u"shipment"), InvoicePolicy::Shipment);
}

TEST(Invoicing, LinesCopyTheOrderLinesPriceDiscountTaxAndCostAndPriceThroughComputeTotals) {
    Invoice inv;
    inv.currency = kEur;
    inv.lines.append(invoiceLineFrom(orderLine(11, 10), 3, QStringLiteral("SO-1"), units(3)));
    const InvoiceLine& l = inv.lines.first();
    EXPECT_EQ(l.orderLineId, 11);
    EXPECT_EQ(l.orderId, 3);
    EXPECT_EQ(l.orderNumber, QStringLiteral("SO-1"));
    EXPECT_EQ(l.discount, Percent::fromWhole(5));
    EXPECT_EQ(l.taxCode, QStringLiteral("IVA21"));
    EXPECT_EQ(l.unitCost, UnitPrice::fromTenThousandths(60000));
    priceInvoice(inv, TaxRounding::PerLine);
    EXPECT_EQ(inv.lines[0].net, eur(2850)); // 3 × 10.00 − 5 %
    EXPECT_EQ(inv.lines[0].tax, eur(599));  // 21 % of 28.50 = 5.985
    EXPECT_EQ(inv.total, eur(3449));
    ASSERT_EQ(inv.taxGroups.size(), 1);
    EXPECT_EQ(taxGroupsOf(inv).first().tax, eur(599));
}

TEST(Invoicing, TaxGroupsOfAGloballyRoundedInvoiceAreRoundedPerRate) {
    Invoice inv;
    inv.currency = kEur;
    for (int i = 0; i < 3; ++i) {
        InvoiceLine l = invoiceLineFrom(orderLine(i, 10), 1, QStringLiteral("SO-1"), units(1));
        l.discount = Percent();
        l.unitPrice = UnitPrice::fromTenThousandths(1050); // 0.105 € → tax 0.022 each
        inv.lines.append(l);
    }
    priceInvoice(inv, TaxRounding::Global);
    const QList<TaxGroup> groups = taxGroupsOf(inv);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.first().tax, inv.tax);
}

TEST(Invoicing, SettlementNothingCoveredIsPostedDueAtTheFirstInstallment) {
    const Settlement s = settlementState(thirds(), eur(10000), eur(0), eur(0));
    EXPECT_EQ(s.status, QStringLiteral("posted"));
    EXPECT_EQ(s.balance, eur(10000));
    EXPECT_EQ(s.dueDate, QDate(2026, 2, 1));
}

TEST(Invoicing, SettlementDepositsAndPaymentsCoverInstallmentsInOrder) {
    Settlement s = settlementState(thirds(), eur(10000), eur(3333), eur(0));
    EXPECT_EQ(s.status, QStringLiteral("partially_paid"));
    EXPECT_EQ(s.dueDate, QDate(2026, 3, 1)); // the first is covered exactly
    s = settlementState(thirds(), eur(10000), eur(3000), eur(3000));
    EXPECT_EQ(s.dueDate, QDate(2026, 3, 1));
    EXPECT_EQ(s.balance, eur(4000));
    s = settlementState(thirds(), eur(10000), eur(3332), eur(0));
    EXPECT_EQ(s.dueDate, QDate(2026, 2, 1)); // one cent short
}

TEST(Invoicing, SettlementFullyCoveredIsPaidWithNothingDue) {
    const Settlement s = settlementState(thirds(), eur(10000), eur(4000), eur(6000));
    EXPECT_EQ(s.status, QStringLiteral("paid"));
    EXPECT_TRUE(s.balance.isZero());
    EXPECT_FALSE(s.dueDate.isValid());
}

TEST(Invoicing, SplitTermsGiveSeveralDueDatesSummingToTheTotal) {
    PaymentTerms terms{QStringLiteral("T3"), QStringLiteral("30/60/90"), {30, 60, 90}};
    const QList<Installment> due = installmentsFor(&terms, QDate(2026, 1, 10), eur(10001));
    ASSERT_EQ(due.size(), 3);
    EXPECT_EQ(due[0].dueDate, QDate(2026, 2, 9));
    EXPECT_EQ(due[2].dueDate, QDate(2026, 4, 10));
    EXPECT_EQ(due[0].amount + due[1].amount + due[2].amount, eur(10001));
    const QList<Installment> none = installmentsFor(nullptr, QDate(2026, 1, 10), eur(500));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none[0].dueDate, QDate(2026, 1, 10));
}

TEST(Invoicing, DepositsAreTakenOldestFirstAndTheLastPartly) {
    const QList<Money> takes = depositTakes({eur(300), eur(500), eur(400)}, eur(600));
    ASSERT_EQ(takes.size(), 3);
    EXPECT_EQ(takes[0], eur(300));
    EXPECT_EQ(takes[1], eur(300));
    EXPECT_TRUE(takes[2].isZero());
}

TEST(Invoicing, OrderInvoicingStatusNonePartialFull) {
    QList<DocumentLine> lines = {orderLine(1, 10), orderLine(2, 10, 0, 4)};
    EXPECT_EQ(invoicingStatus(lines, {}), QStringLiteral("none"));
    lines[0].invoiced = units(10);
    EXPECT_EQ(invoicingStatus(lines, {}), QStringLiteral("partial"));
    lines[1].invoiced = units(5);
    EXPECT_EQ(invoicingStatus(lines, {}), QStringLiteral("partial"));
    EXPECT_EQ(invoicingStatus(lines, {{2, units(1)}}), QStringLiteral("full")); // 1 returned
    lines[1].invoiced = units(6);
    EXPECT_EQ(invoicingStatus(lines, {}), QStringLiteral("full"));
}

TEST(Invoicing, AnOrderClosesWhenShippedAndFullyInvoiced) {
    SalesOrder o;
    o.status = QStringLiteral("shipped");
    o.lines = {orderLine(1, 10, 10)};
    o.invoicingStatus = QStringLiteral("full");
    EXPECT_TRUE(closesOrder(o));
    o.invoicingStatus = QStringLiteral("partial");
    EXPECT_FALSE(closesOrder(o));
    o.invoicingStatus = QStringLiteral("full");
    o.status = QStringLiteral("confirmed"); // invoiced on order, not shipped yet
    o.lines = {orderLine(1, 0, 10)};
    EXPECT_FALSE(closesOrder(o));
}
