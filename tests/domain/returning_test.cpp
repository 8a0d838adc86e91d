// SPDX-License-Identifier: MIT
#include "domain/fulfilment.h"
#include "domain/returning.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace Qt::StringLiterals;

namespace {

Quantity units(qint64 n) {
    return Quantity::fromUnits(n);
}

ReturnableLine shipped(const QString& sku, qint64 qty, qint64 returned = 0) {
    static qint64 id = 0;
    ++id;
    return {id, id + 100, 1, sku, sku + u" desc"_s, u"u"_s, units(qty), units(returned)};
}

CreditableLine creditable(const QString& invoice, qint64 qty, qint64 credited = 0) {
    CreditableLine c;
    c.invoiceNumber = invoice;
    c.line.qty = units(qty);
    c.line.unitPrice = UnitPrice::fromTenThousandths(100000); // 10.00
    c.line.discount = Percent::fromWhole(10);
    c.line.taxCode = u"IVA10"_s;
    c.line.taxRate = Percent::fromWhole(10);
    c.credited = units(credited);
    return c;
}

} // namespace

TEST(ReturnPlan, TakesASkuFromItsLinesInOrderAndAddsUpRepeatedAsks) {
    const QList<ReturnableLine> lines{shipped(u"A"_s, 3, 1), shipped(u"B"_s, 5),
                                      shipped(u"A"_s, 4)};
    auto takes = planReturn(u"SH-1"_s, lines, {{u"a"_s, units(1)}, {u"A "_s, units(3)}});
    ASSERT_TRUE(takes) << takes.error().message.toStdString();
    ASSERT_EQ(takes->size(), 2);
    EXPECT_EQ((*takes)[0].line, 0);
    EXPECT_EQ((*takes)[0].qty, units(2)); // what is left of the first line
    EXPECT_EQ((*takes)[1].line, 2);
    EXPECT_EQ((*takes)[1].qty, units(2));
}

TEST(ReturnPlan, NeverMoreThanShippedLessReturnedNamingTheNumbers) {
    const QList<ReturnableLine> lines{shipped(u"A"_s, 8, 5)};
    auto refused = planReturn(u"SH-1"_s, lines, {{u"A"_s, units(2)}, {u"A"_s, units(2)}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"return.more_than_shipped"_s);
    EXPECT_TRUE(refused.error().message.contains(u"SKU A: 4 returned but only 3 of the 8"_s))
        << refused.error().message.toStdString();
}

TEST(ReturnPlan, UnknownSkuZeroQuantityAndNoLinesAreRefused) {
    const QList<ReturnableLine> lines{shipped(u"A"_s, 8)};
    EXPECT_EQ(planReturn(u"SH-1"_s, lines, {{u"Z"_s, units(1)}}).error().code,
              u"return.unknown_sku"_s);
    EXPECT_EQ(planReturn(u"SH-1"_s, lines, {{u"A"_s, units(0)}}).error().code, u"return.qty"_s);
    EXPECT_EQ(planReturn(u"SH-1"_s, lines, {}).error().code, u"return.no_lines"_s);
}

TEST(ReturnReason, IsRequiredTrimmedAndAtMost200Characters) {
    EXPECT_EQ(returnReason(u"  wrong size "_s).value(), u"wrong size"_s);
    EXPECT_FALSE(returnReason(u"   "_s));
    EXPECT_TRUE(returnReason(QString(200, u'x')));
    EXPECT_FALSE(returnReason(QString(201, u'x')));
}

TEST(ReturnDate, NotBeforeTheShipment) {
    const QDate shipped(2026, 3, 10);
    EXPECT_TRUE(checkReturnDate(shipped, shipped, u"SH-1"_s));
    EXPECT_FALSE(checkReturnDate(shipped.addDays(-1), shipped, u"SH-1"_s));
}

TEST(ReturnSplit, UninvoicedFirstThenPostedLinesInOrderEachUpToWhatIsLeft) {
    const QList<CreditableLine> lines{creditable(u"INV-2"_s, 3, 2), creditable(u"INV-1"_s, 5)};
    auto s = splitReturn(u"A"_s, units(6), units(2), lines, {});
    ASSERT_TRUE(s) << s.error().message.toStdString();
    EXPECT_EQ(s->uninvoiced, units(2));
    ASSERT_EQ(s->credits.size(), 2);
    EXPECT_EQ(s->credits[0].qty, units(1)); // INV-2 had 2 of 3 credited already
    EXPECT_EQ(s->credits[1].qty, units(3));
    EXPECT_EQ(s->credited(), units(4));
}

TEST(ReturnSplit, WhatNoPostedLineCanCreditIsOnADraftAndRefused) {
    auto refused =
        splitReturn(u"A"_s, units(4), units(1), {creditable(u"INV-1"_s, 2)}, {u"DRAFT-00012"_s});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, u"return.on_draft_invoice"_s);
    EXPECT_TRUE(refused.error().message.contains(u"DRAFT-00012"_s));
    EXPECT_TRUE(refused.error().message.contains(u"edit or discard it first"_s));
}

TEST(CreditNotePricing, CopiesTheInvoiceLineAndComputesThroughComputeTotals) {
    CreditNote note;
    note.lines = {creditNoteLineFrom(creditable(u"INV-1"_s, 5), units(3))};
    priceCreditNote(note, TaxRounding::PerLine);
    EXPECT_EQ(note.lines[0].invoiceNumber, u"INV-1"_s);
    EXPECT_EQ(note.lines[0].discount, Percent::fromWhole(10));
    EXPECT_EQ(note.untaxed, Money::fromMinor(2700)); // 3 × 10.00 less 10 %
    EXPECT_EQ(note.tax, Money::fromMinor(270));
    EXPECT_EQ(note.total, Money::fromMinor(2970));
    ASSERT_EQ(taxGroupsOf(note).size(), 1);
    EXPECT_EQ(taxGroupsOf(note).first().taxCode, u"IVA10"_s);
}

TEST(ReturnOpenValue, ReturnedQuantitiesNoLongerWaitToBeInvoiced) {
    DocumentLine l;
    l.id = 7;
    l.qty = units(10);
    l.invoiced = units(4);
    l.net = Money::fromMinor(10000);
    l.tax = Money::fromMinor(2100);
    EXPECT_EQ(openValueAfterReturns({l}, {}, Currency()), openValue(l));
    EXPECT_EQ(openValueAfterReturns({l}, {{7, units(2)}}, Currency()), Money::fromMinor(4840));
    // Never below nothing open.
    EXPECT_TRUE(openValueAfterReturns({l}, {{7, units(9)}}, Currency()).isZero());
}

TEST(Refund, PositiveAndAtMostWhatIsLeft) {
    const Money left = Money::fromMinor(500);
    EXPECT_TRUE(checkRefund(Money::fromMinor(500), left, u"CN-1"_s));
    EXPECT_EQ(checkRefund(Money::fromMinor(501), left, u"CN-1"_s).error().code,
              u"refund.beyond_credit"_s);
    EXPECT_EQ(checkRefund(Money::fromMinor(0), left, u"CN-1"_s).error().code, u"refund.amount"_s);
    EXPECT_EQ(checkRefund(Money::fromMinor(1), Money::fromMinor(0), u"CN-1"_s).error().code,
              u"refund.nothing_left"_s);
}
