// SPDX-License-Identifier: MIT
#include "domain/advance_vat.h"
#include "domain/invoicing.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace Qt::StringLiterals;

namespace {

const Currency kEur = Currency::fromCode(u"EUR");

Money eur(qint64 cents) {
    return Money::fromMinor(cents, kEur);
}

TaxGroup group(const QString& code, qint64 rateBp, qint64 base, qint64 tax) {
    return {code, Percent::fromBasisPoints(rateBp), eur(base), eur(tax)};
}

OpenAdvanceLine openLine(qint64 id, const QString& code, qint64 rateBp, qint64 net, qint64 tax) {
    OpenAdvanceLine l;
    l.lineId = id;
    l.orderId = 3;
    l.orderNumber = QStringLiteral("SO-2026-00001");
    l.taxCode = code;
    l.rate = Percent::fromBasisPoints(rateBp);
    l.net = eur(net);
    l.tax = eur(tax);
    return l;
}

OpenAdvance advance(qint64 id, QList<OpenAdvanceLine> lines) {
    return {id, QStringLiteral("INV-2026-%1").arg(id, 5, 10, QLatin1Char('0')), QDate(2026, 3, 1),
            std::move(lines)};
}

} // namespace

TEST(AdvanceVat, OneRateTakesTheWholeDepositTaxIncluded) {
    const QList<AdvancePart> parts =
        splitAdvance(eur(12100), {group(u"IVA21"_s, 2100, 50000, 10500)});
    ASSERT_EQ(parts.size(), 1);
    EXPECT_EQ(parts[0].taxCode, QStringLiteral("IVA21"));
    EXPECT_EQ(parts[0].gross, eur(12100));
    EXPECT_EQ(parts[0].net, eur(10000));
    EXPECT_EQ(parts[0].tax, eur(2100));
}

TEST(AdvanceVat, NetIsRoundedToTheCentAndTaxIsTheRest) {
    // 100.00 / 1.21 = 82.6446…: 82.64 net, 17.36 tax (round(82.64 × 21 %) would be 17.35).
    const AdvancePart p = advancePart(u"IVA21"_s, Percent::fromWhole(21), eur(10000));
    EXPECT_EQ(p.net, eur(8264));
    EXPECT_EQ(p.tax, eur(1736));
    // 0.04 / 1.60 = 0.025: half rounds up.
    const AdvancePart half = advancePart(u"X"_s, Percent::fromWhole(60), eur(4));
    EXPECT_EQ(half.net, eur(3));
    EXPECT_EQ(half.tax, eur(1));
}

TEST(AdvanceVat, TwoRatesSplitByTheirTaxIncludedTotalsWithTheLargestRemainder) {
    // 121.00 at 21 % and 110.00 at 10 %: 100.00 → 52.38095… and 47.61904…; the spare
    // cent goes to the larger remainder (10 %).
    const QList<AdvancePart> parts = splitAdvance(
        eur(10000), {group(u"IVA21"_s, 2100, 10000, 2100), group(u"IVA10"_s, 1000, 10000, 1000)});
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0].gross, eur(5238));
    EXPECT_EQ(parts[1].gross, eur(4762));
    EXPECT_EQ(parts[0].net, eur(4329));
    EXPECT_EQ(parts[0].tax, eur(909));
    EXPECT_EQ(parts[1].net, eur(4329));
    EXPECT_EQ(parts[1].tax, eur(433));
}

TEST(AdvanceVat, ZeroRateIsAllNet) {
    const QList<AdvancePart> parts = splitAdvance(
        eur(3000), {group(u"EXENTO"_s, 0, 10000, 0), group(u"IVA21"_s, 2100, 10000, 2100)});
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts[0].gross, eur(1357)); // 30.00 × 100 / 221 = 13.574…
    EXPECT_EQ(parts[0].net, eur(1357));
    EXPECT_TRUE(parts[0].tax.isZero());
    EXPECT_EQ(parts[1].gross, eur(1643));
}

TEST(AdvanceVat, GroupsWithNothingTakeNoPart) {
    EXPECT_TRUE(splitAdvance(eur(500), {group(u"IVA21"_s, 2100, 0, 0)}).isEmpty());
    const QList<AdvancePart> parts =
        splitAdvance(eur(500), {group(u"A"_s, 2100, 0, 0), group(u"B"_s, 1000, 100, 10)});
    ASSERT_EQ(parts.size(), 1);
    EXPECT_EQ(parts[0].taxCode, QStringLiteral("B"));
    EXPECT_EQ(parts[0].gross, eur(500));
}

TEST(AdvanceVat, PartsAlwaysSumExactlyToTheDeposit) {
    QRandomGenerator random(5);
    const qint64 rates[] = {0, 400, 1000, 2100, 550};
    for (int round = 0; round < 500; ++round) {
        QList<TaxGroup> groups;
        const int n = 1 + random.bounded(5);
        for (int i = 0; i < n; ++i) {
            const qint64 base = random.bounded(1, 1000000);
            const qint64 rate = rates[random.bounded(5)];
            groups.append(group(QStringLiteral("T%1").arg(i), rate, base, base * rate / 10000));
        }
        const qint64 amount = random.bounded(1, 5000000);
        qint64 sum = 0;
        for (const AdvancePart& p : splitAdvance(eur(amount), groups)) {
            EXPECT_EQ((p.net + p.tax).minor(), p.gross.minor());
            EXPECT_GE(p.tax.minor(), 0);
            sum += p.gross.minor();
        }
        EXPECT_EQ(sum, amount) << "round " << round;
    }
}

TEST(AdvanceVat, SplitTiesGoToTheFirst) {
    EXPECT_EQ(splitProportionally(1, {1, 1}), QList<qint64>({1, 0}));
    EXPECT_EQ(splitProportionally(10, {1, 0, 1}), QList<qint64>({5, 0, 5}));
    EXPECT_EQ(splitProportionally(0, {1, 2}), QList<qint64>({0, 0}));
    EXPECT_EQ(splitProportionally(7, {-1, 0}), QList<qint64>({0, 0}));
}

TEST(AdvanceVat, AdvanceLineIsOneUnitAtItsNet) {
    const AdvancePart p = advancePart(u"IVA21"_s, Percent::fromWhole(21), eur(10000));
    const InvoiceLine l = advanceLine(p, u"Advance"_s, 3, u"SO-1"_s);
    EXPECT_EQ(l.kind, QStringLiteral("advance"));
    EXPECT_EQ(l.qty, Quantity::fromUnits(1));
    EXPECT_EQ(l.unitPrice, UnitPrice::fromTenThousandths(826400));
    EXPECT_EQ(l.net, eur(8264));
    EXPECT_EQ(l.tax, eur(1736));
    EXPECT_EQ(l.orderNumber, QStringLiteral("SO-1"));
}

TEST(AdvanceVat, WholeAdvancesAreDeductedOldestFirstWhileTheTotalStaysPositive) {
    const QList<OpenAdvance> advances = {advance(1, {openLine(11, u"IVA21"_s, 2100, 8264, 1736)}),
                                         advance(2, {openLine(21, u"IVA21"_s, 2100, 4132, 868)})};
    const QList<AdvanceDeduction> all = advanceDeductions(advances, eur(20000));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].source.lineId, 11);
    EXPECT_EQ(all[0].net, eur(8264));
    EXPECT_EQ(all[0].tax, eur(1736));
    EXPECT_EQ(all[0].advanceNumber, QStringLiteral("INV-2026-00001"));
    EXPECT_EQ(all[1].net, eur(4132));
    // Exactly the first fits: the second is taken in part with what is left (nothing).
    EXPECT_EQ(advanceDeductions(advances, eur(10000)).size(), 1);
    EXPECT_TRUE(advanceDeductions(advances, eur(0)).isEmpty());
    EXPECT_TRUE(advanceDeductions(advances, eur(-500)).isEmpty());
}

TEST(AdvanceVat, APartlyAbsorbableAdvanceIsDeductedInProportion) {
    // 121.00 at 21 % and 110.00 at 10 %, of which the invoice absorbs 46.20 (20 %).
    const QList<OpenAdvance> advances = {advance(1, {openLine(11, u"IVA21"_s, 2100, 10000, 2100),
                                                     openLine(12, u"IVA10"_s, 1000, 10000, 1000)}),
                                         advance(2, {openLine(21, u"IVA21"_s, 2100, 100, 21)})};
    const QList<AdvanceDeduction> part = advanceDeductions(advances, eur(4620));
    ASSERT_EQ(part.size(), 2);
    EXPECT_EQ(part[0].net + part[0].tax, eur(2420));
    EXPECT_EQ(part[0].net, eur(2000));
    EXPECT_EQ(part[1].net + part[1].tax, eur(2200));
    EXPECT_EQ(part[1].net, eur(2000));
    EXPECT_EQ(part[1].tax, eur(200));
    // What is left is deducted whole later, and the two deductions make the advance.
    QList<OpenAdvance> rest = advances;
    for (qsizetype i = 0; i < 2; ++i) {
        rest[0].lines[i].net -= part[i].net;
        rest[0].lines[i].tax -= part[i].tax;
    }
    const QList<AdvanceDeduction> later = advanceDeductions(rest, eur(100000));
    ASSERT_EQ(later.size(), 3);
    EXPECT_EQ(later[0].net + part[0].net, eur(10000));
    EXPECT_EQ(later[0].tax + part[0].tax, eur(2100));
    EXPECT_EQ(later[1].tax + part[1].tax, eur(1000));
    EXPECT_EQ(later[2].source.lineId, 21);
}

TEST(AdvanceVat, ADeductionLineNegatesWithTheSameTax) {
    const AdvanceDeduction d{u"INV-1"_s, openLine(11, u"IVA21"_s, 2100, 8264, 1736), eur(8264),
                             eur(1736)};
    const InvoiceLine l = deductionLine(d, u"Deduction"_s);
    EXPECT_EQ(l.kind, QStringLiteral("advance"));
    EXPECT_EQ(l.advanceLineId, 11);
    EXPECT_EQ(l.taxCode, QStringLiteral("IVA21"));
    EXPECT_EQ(l.taxRate, Percent::fromWhole(21));
    EXPECT_EQ(l.net, eur(-8264));
    EXPECT_EQ(l.tax, eur(-1736));
    EXPECT_EQ(l.unitPrice, UnitPrice::fromTenThousandths(-826400));
    EXPECT_EQ(l.orderLineId, 0);
}

TEST(AdvanceVat, PricingKeepsAdvanceLinesAndGroupsThemByRate) {
    Invoice inv;
    inv.currency = kEur;
    InvoiceLine goods;
    goods.qty = Quantity::fromUnits(10);
    goods.unitPrice = UnitPrice::fromTenThousandths(100000);
    goods.taxCode = QStringLiteral("IVA21");
    goods.taxRate = Percent::fromWhole(21);
    inv.lines = {goods, deductionLine({u"INV-1"_s, openLine(11, u"IVA21"_s, 2100, 8264, 1736),
                                       eur(8264), eur(1736)},
                                      u"Deduction"_s)};
    for (TaxRounding rounding : {TaxRounding::PerLine, TaxRounding::Global}) {
        priceInvoice(inv, rounding);
        EXPECT_EQ(inv.lines[1].net, eur(-8264));
        EXPECT_EQ(inv.lines[1].tax, eur(-1736)); // not round(−82.64 × 21 %) = −17.35
        EXPECT_EQ(inv.untaxed, eur(1736));
        EXPECT_EQ(inv.tax, eur(364));
        EXPECT_EQ(inv.total, eur(2100));
        ASSERT_EQ(inv.taxGroups.size(), 1);
        EXPECT_EQ(inv.taxGroups[0].base, eur(1736));
        EXPECT_EQ(inv.taxGroups[0].tax, eur(364));
        const QList<TaxGroup> stored = taxGroupsOf(inv);
        ASSERT_EQ(stored.size(), 1);
        EXPECT_EQ(stored[0].tax, eur(364));
    }
}
