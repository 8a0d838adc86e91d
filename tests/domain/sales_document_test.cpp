// SPDX-License-Identifier: MIT
#include "domain/sales_document.h"
#include "domain/user.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

DocumentLine priced(qint64 priceCents, qint64 discountPct, qint64 costCents) {
    DocumentLine l;
    l.sku = QStringLiteral("A");
    l.qty = Quantity::fromUnits(1);
    l.unitPrice = UnitPrice::fromTenThousandths(priceCents * 100);
    l.discount = Percent::fromWhole(discountPct);
    l.unitCost = UnitPrice::fromTenThousandths(costCents * 100);
    return l;
}

} // namespace

TEST(LineFlags, BelowCostComparesThePriceAfterDiscountWithTheCost) {
    EXPECT_FALSE(flagLine(priced(1000, 0, 1000), Percent::fromWhole(10)).belowCost);
    EXPECT_TRUE(flagLine(priced(999, 0, 1000), Percent::fromWhole(10)).belowCost);
    // 10.00 less 10 % = 9.00: under a cost of 9.01, not under 9.00.
    EXPECT_TRUE(flagLine(priced(1000, 10, 901), Percent::fromWhole(10)).belowCost);
    EXPECT_FALSE(flagLine(priced(1000, 10, 900), Percent::fromWhole(10)).belowCost);
    EXPECT_FALSE(flagLine(priced(0, 0, 0), Percent::fromWhole(10)).any());
}

TEST(LineFlags, ADiscountAboveTheLimitIsFlaggedNotOneAtIt) {
    EXPECT_FALSE(flagLine(priced(1000, 10, 0), Percent::fromWhole(10)).discountAboveLimit);
    DocumentLine over = priced(1000, 0, 0);
    over.discount = Percent::fromBasisPoints(1001);
    EXPECT_TRUE(flagLine(over, Percent::fromWhole(10)).discountAboveLimit);
    EXPECT_FALSE(flagLine(over, Percent::fromWhole(100)).any());
}

TEST(LineFlags, ManagersHaveNoDiscountLimitSalesStaffTheirOwn) {
    Actor sales{1, QStringLiteral("luis"), Role::Sales, Percent::fromWhole(7)};
    Actor manager{2, QStringLiteral("eva"), Role::Manager, Percent::fromWhole(7)};
    EXPECT_EQ(sales.discountLimit(), Percent::fromWhole(7));
    EXPECT_EQ(manager.discountLimit(), Percent::fromWhole(100));
}

TEST(ValidateLines, NamesTheLineAndTheField) {
    QList<DocumentLine> lines{priced(1000, 0, 0), priced(1000, 0, 0)};
    EXPECT_TRUE(validateLines(lines));
    lines[1].qty = Quantity();
    auto bad = validateLines(lines);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("lines[1].qty"));
    EXPECT_TRUE(bad.error().message.startsWith(QStringLiteral("Line 2")));
    lines[1] = priced(-1, 0, 0);
    EXPECT_EQ(validateLines(lines).error().field, QStringLiteral("lines[1].unit_price"));
    lines[1] = priced(1, 0, 0);
    lines[1].discount = Percent::fromBasisPoints(-1);
    EXPECT_EQ(validateLines(lines).error().field, QStringLiteral("lines[1].discount"));
}

TEST(PriceLines, FillsEachLinesNetAndTaxFromTheSharedComputation) {
    QList<DocumentLine> lines{priced(1000, 10, 0), priced(333, 0, 0)};
    lines[0].qty = Quantity::fromUnits(3);
    lines[0].taxRate = Percent::fromWhole(21);
    lines[0].taxCode = QStringLiteral("IVA21");
    const DocumentTotals t = priceLines(lines, TaxRounding::PerLine, Currency::fromCode(u"EUR"));
    EXPECT_EQ(lines[0].net.minor(), 2700);
    EXPECT_EQ(lines[0].tax.minor(), 567);
    EXPECT_EQ(lines[1].net.minor(), 333);
    EXPECT_EQ(lines[1].tax.minor(), 0);
    EXPECT_EQ(t.total.minor(), 2700 + 567 + 333);
}
