// SPDX-License-Identifier: MIT
#include "domain/demand_plan.h"

#include <gtest/gtest.h>
#include <random>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

const QDate kToday(2026, 11, 26); // a Thursday: this week began on Monday 23
const QDate kThisWeek(2026, 11, 23);

Quantity u(qint64 units) {
    return Quantity::fromUnits(units);
}

DemandNeed need(const char* sku, qint64 onHand, QDate requested, qint64 qty, bool tracked = true) {
    return {QString::fromLatin1(sku),
            QStringLiteral("Product %1").arg(QLatin1String(sku)),
            tracked,
            u(onHand),
            requested,
            u(qty)};
}

Quantity sumShortfall(const QList<WeekDemand>& rows, const QString& sku) {
    Quantity sum;
    for (const WeekDemand& r : rows)
        if (r.sku == sku)
            sum += r.shortfall;
    return sum;
}

} // namespace

TEST(DemandPlan, AWeekStartsOnMondayAndWhatIsLateCountsThisWeek) {
    EXPECT_EQ(demandWeek(QDate(2026, 12, 2), kToday), QDate(2026, 11, 30)); // Wednesday
    EXPECT_EQ(demandWeek(QDate(2026, 12, 6), kToday), QDate(2026, 11, 30)); // Sunday
    EXPECT_EQ(demandWeek(QDate(2026, 11, 23), kToday), kThisWeek);          // this Monday
    EXPECT_EQ(demandWeek(QDate(2026, 11, 22), kToday), kThisWeek);          // last Sunday
    EXPECT_EQ(demandWeek(QDate(2025, 1, 15), kToday), kThisWeek);           // long overdue
    EXPECT_EQ(demandWeek(QDate(2027, 1, 1), kToday), QDate(2026, 12, 28));  // across a year
}

TEST(DemandPlan, StockCoversTheEarliestWeeksFirst) {
    const QList<WeekDemand> rows =
        planDemand({need("A", 10, QDate(2026, 12, 1), 4), need("A", 10, QDate(2026, 12, 9), 5),
                    need("A", 10, QDate(2026, 12, 16), 6), need("A", 10, QDate(2026, 12, 17), 2)},
                   kToday);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].week, QDate(2026, 11, 30));
    EXPECT_EQ(rows[0].demand, u(4));
    EXPECT_EQ(rows[0].available, u(6));
    EXPECT_EQ(rows[0].shortfall, u(0));
    EXPECT_EQ(rows[1].available, u(1));
    EXPECT_EQ(rows[1].shortfall, u(0));
    EXPECT_EQ(rows[2].week, QDate(2026, 12, 14));
    EXPECT_EQ(rows[2].demand, u(8)); // two lines in one week
    EXPECT_EQ(rows[2].available, u(-7));
    EXPECT_EQ(rows[2].shortfall, u(7)); // the 1 left covers one of the 8
    for (const WeekDemand& r : rows)
        EXPECT_EQ(r.onHand, u(10));
}

TEST(DemandPlan, AfterTheFirstShortWeekEachWeekIsShortByItsWholeDemand) {
    const QList<WeekDemand> rows = planDemand(
        {need("A", 3, QDate(2026, 11, 24), 5), need("A", 3, QDate(2026, 12, 1), 2)}, kToday);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].shortfall, u(2));
    EXPECT_EQ(rows[1].available, u(-4));
    EXPECT_EQ(rows[1].shortfall, u(2));
}

TEST(DemandPlan, LateNeedsJoinThisWeek) {
    const QList<WeekDemand> rows = planDemand(
        {need("A", 0, QDate(2026, 10, 1), 1), need("A", 0, QDate(2026, 11, 25), 2)}, kToday);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].week, kThisWeek);
    EXPECT_EQ(rows[0].demand, u(3));
    EXPECT_EQ(rows[0].shortfall, u(3));
}

TEST(DemandPlan, UntrackedProductsAndEmptyNeedsAreLeftOut) {
    const QList<WeekDemand> rows = planDemand(
        {need("SERV", 0, QDate(2026, 12, 1), 5, false), need("A", 1, QDate(2026, 12, 1), 0)},
        kToday);
    EXPECT_TRUE(rows.isEmpty());
}

TEST(DemandPlan, RowsComeBySkuThenWeek) {
    const QList<WeekDemand> rows =
        planDemand({need("B", 0, QDate(2026, 12, 9), 1), need("A", 0, QDate(2026, 12, 9), 1),
                    need("B", 0, QDate(2026, 12, 1), 1)},
                   kToday);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].sku, QStringLiteral("A"));
    EXPECT_EQ(rows[1].sku, QStringLiteral("B"));
    EXPECT_EQ(rows[1].week, QDate(2026, 11, 30));
    EXPECT_EQ(rows[2].week, QDate(2026, 12, 7));
    EXPECT_EQ(rows[0].productName, QStringLiteral("Product A"));
}

TEST(DemandPlan, StockBelowZeroCoversNothing) {
    const QList<WeekDemand> rows = planDemand({need("A", -2, QDate(2026, 12, 1), 3)}, kToday);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].available, u(-5));
    EXPECT_EQ(rows[0].shortfall, u(3));
}

// Random backlogs, fractional quantities included: per product the shortfalls add up to
// max(0, Σ demand − on hand), and each week's available is on hand less the demand so far.
TEST(DemandPlan, ShortfallsAddUpToWhatStockDoesNotCover) {
    std::mt19937 random(20261126);
    for (int round = 0; round < 200; ++round) {
        QList<DemandNeed> needs;
        QMap<QString, qint64> onHand, demand;
        for (int i = 0; i < 12; ++i) {
            const QString sku = QStringLiteral("P%1").arg(random() % 4);
            if (!onHand.contains(sku))
                onHand[sku] = random() % 30000;
            const qint64 qty = 1 + random() % 9000; // thousandths
            demand[sku] += qty;
            needs.append({sku, sku, true, Quantity::fromThousandths(onHand[sku]),
                          kToday.addDays(int(random() % 90) - 30), Quantity::fromThousandths(qty)});
        }
        const QList<WeekDemand> rows = planDemand(needs, kToday);
        for (const QString& sku : onHand.keys()) {
            const qint64 expected = std::max<qint64>(0, demand[sku] - onHand[sku]);
            EXPECT_EQ(sumShortfall(rows, sku).thousandths(), expected) << round;
        }
        qint64 cumulative = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i == 0 || rows[i].sku != rows[i - 1].sku)
                cumulative = 0;
            else
                EXPECT_LT(rows[i - 1].week, rows[i].week);
            cumulative += rows[i].demand.thousandths();
            EXPECT_EQ(rows[i].available.thousandths(), onHand[rows[i].sku] - cumulative);
            EXPECT_GE(rows[i].week, kThisWeek);
            EXPECT_EQ(rows[i].week.dayOfWeek(), 1);
        }
    }
}

TEST(DemandPlan, OpenShareIsTheNetInProportionRounded) {
    const Currency eur = Currency::fromCode(u"EUR");
    const Money net = Money::fromMinor(1000, eur); // 10.00 for 3 units
    EXPECT_EQ(openShare(net, u(3), u(3)), net);
    EXPECT_EQ(openShare(net, u(3), u(1)).minor(), 333);
    EXPECT_EQ(openShare(net, u(3), u(2)).minor(), 667);
    EXPECT_EQ(openShare(Money::fromMinor(5, eur), u(2), u(1)).minor(), 3); // 2.5 → 3
    EXPECT_EQ(openShare(Money::fromMinor(-5, eur), u(2), u(1)).minor(), -3);
    EXPECT_EQ(openShare(net, Quantity(), Quantity()), net);
}
