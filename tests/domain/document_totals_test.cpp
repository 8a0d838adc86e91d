// SPDX-License-Identifier: MIT
#include "domain/document_totals.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

namespace {

PricedLine line(qint64 qtyMilli, qint64 price4, qint64 discBp, qint64 rateBp,
                const char* code = "IVA21") {
    return {Quantity::fromThousandths(qtyMilli), UnitPrice::fromTenThousandths(price4),
            Percent::fromBasisPoints(discBp), QString::fromLatin1(code),
            Percent::fromBasisPoints(rateBp)};
}

const Currency kEur;

} // namespace

TEST(DocumentTotals, LineNetRoundsOnceAfterTheDiscount) {
    // 3 × 10.0050 = 30.015; −15 % = 25.51275 → 25.51 (rounding before the discount would
    // give 25.52)
    EXPECT_EQ(lineNet(line(3000, 100050, 1500, 2100), kEur).minor(), 2551);
    // 1 × 0.005 = 0.005 → 0.01 (half away from zero); negative quantities mirror it
    EXPECT_EQ(lineNet(line(1000, 50, 0, 2100), kEur).minor(), 1);
    EXPECT_EQ(lineNet(line(-1000, 50, 0, 2100), kEur).minor(), -1);
    // 100 % discount is free
    EXPECT_EQ(lineNet(line(5000, 123456, 10000, 2100), kEur).minor(), 0);
}

TEST(DocumentTotals, PerLineAndGlobalRoundingDiffer) {
    // Three lines of 0.10 at 25 %: per line 0.025 → 0.03 each = 0.09; global 0.30 × 25 % = 0.075 →
    // 0.08
    const QList<PricedLine> lines = {line(1000, 1000, 0, 2500), line(1000, 1000, 0, 2500),
                                     line(1000, 1000, 0, 2500)};
    const DocumentTotals perLine = computeTotals(lines, TaxRounding::PerLine, kEur);
    const DocumentTotals global = computeTotals(lines, TaxRounding::Global, kEur);
    EXPECT_EQ(perLine.tax.minor(), 9);
    EXPECT_EQ(global.tax.minor(), 8);
    EXPECT_EQ(perLine.untaxed.minor(), 30);
    EXPECT_EQ(global.total.minor(), 38);
}

TEST(DocumentTotals, GroupsByRateInOrderOfFirstAppearance) {
    const QList<PricedLine> lines = {line(2000, 199900, 0, 2100),
                                     line(1000, 50000, 1000, 1000, "IVA10"),
                                     line(1000, 10000, 0, 2100), line(1000, 30000, 0, 0, "EXEMPT")};
    const DocumentTotals t = computeTotals(lines, TaxRounding::PerLine, kEur);
    ASSERT_EQ(t.groups.size(), 3);
    EXPECT_EQ(t.groups[0].taxCode, QStringLiteral("IVA21"));
    // 2 × 19.99 = 39.98 (tax 8.3958 → 8.40); 1 × 5.00 − 10 % = 4.50 (tax 0.45); 1.00 (tax
    // 0.21); 3.00 exempt
    EXPECT_EQ(t.groups[0].base.minor(), 3998 + 100);
    EXPECT_EQ(t.groups[0].tax.minor(), 840 + 21);
    EXPECT_EQ(t.groups[1].base.minor(), 450);
    EXPECT_EQ(t.groups[1].tax.minor(), 45);
    EXPECT_EQ(t.groups[2].tax.minor(), 0);
    EXPECT_EQ(t.untaxed.minor(), 3998 + 450 + 100 + 300);
    EXPECT_EQ(t.tax.minor(), 840 + 45 + 21);
    EXPECT_EQ(t.total.minor(), t.untaxed.minor() + t.tax.minor());
}

TEST(DocumentTotals, SumOfGroupsIsTheDocumentTaxUnderBothMethods) {
    QList<PricedLine> lines;
    for (int i = 1; i <= 37; ++i)
        lines.append(line(i * 333, 12345 + i * 77, (i * 250) % 5000, i % 3 ? 2100 : 1000,
                          i % 3 ? "IVA21" : "IVA10"));
    for (TaxRounding r : {TaxRounding::PerLine, TaxRounding::Global}) {
        const DocumentTotals t = computeTotals(lines, r, kEur);
        qint64 groupsTax = 0, groupsBase = 0, lineNets = 0;
        for (const TaxGroup& g : t.groups) {
            groupsTax += g.tax.minor();
            groupsBase += g.base.minor();
        }
        for (const LineAmounts& a : t.lines)
            lineNets += a.net.minor();
        EXPECT_EQ(groupsTax, t.tax.minor());
        EXPECT_EQ(groupsBase, t.untaxed.minor());
        EXPECT_EQ(lineNets, t.untaxed.minor());
    }
}

TEST(DocumentTotals, OverflowIsAnErrorNotAWrap) {
    const QList<PricedLine> lines = {line(std::numeric_limits<qint64>::max(), 99999999, 0, 2100)};
    EXPECT_THROW(computeTotals(lines, TaxRounding::PerLine, kEur), OverflowError);
}
