// SPDX-License-Identifier: MIT
#include "domain/invoice.h"
#include "domain/returns.h"
#include "domain/sales_figures.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace Qt::StringLiterals;

namespace {

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

Quantity qty(qint64 thousandths) {
    return Quantity::fromThousandths(thousandths);
}

UnitPrice price(qint64 tenThousandths) {
    return UnitPrice::fromTenThousandths(tenThousandths);
}

InvoiceLine goods(qint64 productId, qint64 q, qint64 net, qint64 cost) {
    InvoiceLine l;
    l.productId = productId;
    l.qty = qty(q);
    l.net = eur(net);
    l.unitCost = price(cost);
    return l;
}

Invoice invoice(QList<InvoiceLine> lines) {
    Invoice inv;
    inv.date = QDate(2026, 3, 31);
    inv.party.customerId = 7;
    inv.salesperson = u"ana"_s;
    inv.currency = Currency::fromCode(u"EUR");
    inv.lines = std::move(lines);
    return inv;
}

} // namespace

TEST(SalesFigures, LineCostRoundsHalfAwayFromZeroToTheMinorUnit) {
    // 1.5 × 0.0333 = 0.04995 → 0.05; 1 × 0.0049 → 0.00; 3 × 0.005 = 0.015 → 0.02
    EXPECT_EQ(lineCost(qty(1500), price(333), Currency()), eur(5));
    EXPECT_EQ(lineCost(qty(1000), price(49), Currency()), eur(0));
    EXPECT_EQ(lineCost(qty(3000), price(50), Currency()), eur(2));
    EXPECT_EQ(lineCost(qty(-3000), price(50), Currency()), eur(-2));
    // No decimals: 2 × 12.5 JPY = 25; 1 × 12.5 → 13
    EXPECT_EQ(lineCost(qty(1000), price(125000), Currency::fromCode(u"JPY")).minor(), 13);
}

TEST(SalesFigures, AnInvoiceAddsOneRowPerTableKeyAndOnePerProduct) {
    const Invoice inv =
        invoice({goods(1, 2000, 1000, 3333), goods(2, 1000, 500, 2000), goods(1, 1500, 750, 3333)});
    const SalesDeltas d = salesDeltas(salesDocumentOf(inv));
    ASSERT_EQ(d.months.size(), 1);
    // cost: round(2 × 0.3333) = 0.67, round(1 × 0.2) = 0.20, round(1.5 × 0.3333) = 0.50
    EXPECT_EQ(d.months[0], (MonthSales{u"2026-03"_s, u"ana"_s, eur(2250), eur(137)}));
    ASSERT_EQ(d.customers.size(), 1);
    EXPECT_EQ(d.customers[0], (CustomerSales{u"2026-03"_s, u"ana"_s, 7, eur(2250), eur(137)}));
    ASSERT_EQ(d.products.size(), 2);
    EXPECT_EQ(d.products[0],
              (ProductSales{u"2026-03"_s, u"ana"_s, 1, qty(3500), eur(1750), eur(117)}));
    EXPECT_EQ(d.products[1],
              (ProductSales{u"2026-03"_s, u"ana"_s, 2, qty(1000), eur(500), eur(20)}));
}

TEST(SalesFigures, AdvanceInvoicesAndDeductionLinesAreNotSales) {
    Invoice inv = invoice({goods(1, 1000, 1000, 5000)});
    InvoiceLine deduction;
    deduction.kind = QString::fromUtf16(invoice_line_kind::kAdvance);
    deduction.net = eur(-400);
    inv.lines.append(deduction);
    SalesDeltas d = salesDeltas(salesDocumentOf(inv));
    ASSERT_EQ(d.months.size(), 1);
    EXPECT_EQ(d.months[0].sales, eur(1000));

    Invoice advance = invoice({});
    advance.kind = QString::fromUtf16(invoice_kind::kAdvance);
    InvoiceLine line;
    line.kind = QString::fromUtf16(invoice_line_kind::kAdvance);
    line.net = eur(400);
    advance.lines.append(line);
    EXPECT_TRUE(salesDeltas(salesDocumentOf(advance)).isEmpty());
}

TEST(SalesFigures, ACreditNoteTakesBackUnderEachCreditedInvoicesSalesperson) {
    CreditNote note;
    note.date = QDate(2026, 4, 2);
    note.party.customerId = 7;
    CreditNoteLine a;
    a.invoiceLineId = 11;
    a.productId = 1;
    a.qty = qty(1000);
    a.net = eur(500);
    CreditNoteLine b = a;
    b.invoiceLineId = 12;
    b.qty = qty(500);
    b.net = eur(250);
    note.lines = {a, b};
    const QHash<qint64, CreditedLine> credited{{11, {price(3333), u"ana"_s}},
                                               {12, {price(3333), u"luis"_s}}};
    const SalesDeltas d = salesDeltas(salesDocumentOf(note, credited));
    ASSERT_EQ(d.months.size(), 2);
    EXPECT_EQ(d.months[0], (MonthSales{u"2026-04"_s, u"ana"_s, eur(-500), eur(-33)}));
    // round(0.5 × 0.3333) = 0.17, taken back
    EXPECT_EQ(d.months[1], (MonthSales{u"2026-04"_s, u"luis"_s, eur(-250), eur(-17)}));
    ASSERT_EQ(d.customers.size(), 2);
    EXPECT_EQ(d.customers[1].customerId, 7);
    ASSERT_EQ(d.products.size(), 2);
    EXPECT_EQ(d.products[1].qty, qty(-500));
}

TEST(SalesFigures, ADocumentWithoutGoodsLinesChangesNothing) {
    EXPECT_TRUE(salesDeltas(salesDocumentOf(invoice({}))).isEmpty());
}
