// SPDX-License-Identifier: MIT
// ReportService's backlog, demand and stock valuation against a real database, their
// totals against a recount written here from the orders and products themselves.
#include "services/shipment_test_support.h"
#include "storage/report_queries.h"

#include <QMap>

using namespace mostrador;
using namespace mostrador::test;
using domain::Quantity;
using services::BacklogQuery;

namespace {

const QDate kToday = QDate::currentDate();

// round(a × b / c) half away from zero, the way a careful person would do it by hand.
__extension__ using Wide = __int128; // GCC's, wide enough for any product of two amounts

qint64 shareOf(qint64 net, qint64 open, qint64 qty) {
    const Wide num = Wide(net) * open * 2;
    const Wide half = (num >= 0 ? qty : -qty);
    return qint64((num + half) / (2 * Wide(qty)));
}

class ReportStockTest : public ShipmentFixture {
protected:
    // An order for BETA (no credit limit) wanted on `requested`, confirmed; dated `date`
    // (today when invalid).
    domain::SalesOrder wanted(QList<services::LineInput> lines, QDate requested = {},
                              QDate date = {}) {
        services::OrderInput in = orderInput(QStringLiteral("BETA"), std::move(lines));
        in.requestedDate = requested;
        in.date = date;
        auto o = s().orders().create(admin, in);
        EXPECT_TRUE(o) << (o ? "" : o.error().message.toStdString());
        auto c = s().orders().confirm(admin, o ? o->number : QString());
        EXPECT_TRUE(c) << (c ? "" : c.error().message.toStdString());
        orders.append(o ? o->number : QString());
        return c ? *c : domain::SalesOrder{};
    }
    static services::LineInput lineOn(const QString& sku, qint64 qty, QDate requested) {
        services::LineInput l = line(sku, qty);
        l.requestedDate = requested;
        return l;
    }
    services::BacklogReport backlog(const BacklogQuery& query = {}) {
        auto r = s().reports().backlog(admin, query);
        EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
        return r ? *r : services::BacklogReport{};
    }
    // The open value of every order made here, from the orders as the service reads them.
    qint64 recountBacklog() {
        qint64 sum = 0;
        for (const QString& number : orders) {
            const domain::SalesOrder o = stored(number);
            if (o.status != u"confirmed" && o.status != u"partially_shipped")
                continue;
            for (const domain::DocumentLine& l : o.lines)
                if (l.remaining() > Quantity())
                    sum += shareOf(l.net.minor(), l.remaining().thousandths(), l.qty.thousandths());
        }
        return sum;
    }

    QStringList orders;
};

} // namespace

TEST_F(ReportStockTest, BacklogHoldsWhatConfirmedOrdersStillHaveToShip) {
    const domain::SalesOrder a = wanted({lineOn(QStringLiteral("TOR-M6"), 10, kToday.addDays(20)),
                                         line(QStringLiteral("TUE-M6"), 3)},
                                        kToday.addDays(10));
    shipped(some(a.number, {ship(QStringLiteral("TOR-M6"), 4)}));
    const domain::SalesOrder b = wanted({line(QStringLiteral("LIM-01"), 2)}, kToday.addDays(5));
    draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 7)}); // not confirmed
    const domain::SalesOrder gone = wanted({line(QStringLiteral("TOR-M6"), 1)});
    ASSERT_TRUE(s().orders().cancel(admin, gone.number, QStringLiteral("no longer")));
    const domain::SalesOrder all = wanted({line(QStringLiteral("TUE-M6"), 2)});
    shipped(everything(all.number));

    const services::BacklogReport r = backlog();
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.rows[0].order, b.number); // wanted in 5 days, the order's date
    EXPECT_EQ(r.rows[0].requestedDate, kToday.addDays(5));
    EXPECT_EQ(r.rows[0].value, money(4000));
    EXPECT_EQ(r.rows[1].sku, QStringLiteral("TUE-M6"));
    EXPECT_EQ(r.rows[1].requestedDate, kToday.addDays(10));
    EXPECT_EQ(r.rows[2].sku, QStringLiteral("TOR-M6")); // the line's own date
    EXPECT_EQ(r.rows[2].requestedDate, kToday.addDays(20));
    EXPECT_EQ(r.rows[2].qty, units(6));
    EXPECT_EQ(r.rows[2].value, money(6000)); // 6 of 10 at 10.00
    EXPECT_EQ(r.rows[2].customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(r.rows[2].productName, QStringLiteral("TOR-M6"));
    EXPECT_EQ(r.value.minor(), recountBacklog());
    EXPECT_EQ(r.value, money(4000 + 999 + 6000));
}

TEST_F(ReportStockTest, BacklogWithoutARequestedDateIsWantedOnTheOrderDate) {
    wanted({line(QStringLiteral("TOR-M6"), 1)});
    const services::BacklogReport r = backlog();
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].requestedDate, kToday);
}

TEST_F(ReportStockTest, BacklogValueIsTheOpenShareOfTheLineNetRounded) {
    // 3 at 3.33 less 10 % = 8.99; one shipped leaves 2/3 of it: 5.993… → 5.99.
    const domain::SalesOrder o = wanted({discounted(QStringLiteral("TUE-M6"), 3, 10)});
    shipped(some(o.number, {ship(QStringLiteral("TUE-M6"), 1)}));
    const services::BacklogReport r = backlog();
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].value, money(599));
    EXPECT_EQ(r.value.minor(), recountBacklog());
}

TEST_F(ReportStockTest, BacklogFiltersByWantedDateCustomerAndProduct) {
    wanted({lineOn(QStringLiteral("TOR-M6"), 1, kToday.addDays(3))});
    wanted({lineOn(QStringLiteral("TUE-M6"), 1, kToday.addDays(8))});
    auto alfa = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 2)});
    EXPECT_EQ(backlog({kToday.addDays(3), kToday.addDays(8), {}, {}}).rows.size(), 2);
    EXPECT_EQ(backlog({kToday.addDays(4), {}, {}, {}}).rows.size(), 1);
    EXPECT_EQ(backlog({{}, kToday.addDays(3), {}, {}}).rows.size(), 2); // ALFA's: today
    const services::BacklogReport mine = backlog({{}, {}, QStringLiteral("alfa"), {}});
    ASSERT_EQ(mine.rows.size(), 1);
    EXPECT_EQ(mine.rows[0].order, alfa.number);
    EXPECT_EQ(mine.value, money(2000));
    EXPECT_EQ(backlog({{}, {}, {}, QStringLiteral("tor-m6")}).rows.size(), 2);
}

TEST_F(ReportStockTest, BacklogOfAnUnknownCustomerOrProductOrBackwardDatesIsAnError) {
    auto customer = s().reports().backlog(admin, {{}, {}, QStringLiteral("NADIE"), {}});
    ASSERT_FALSE(customer);
    EXPECT_EQ(customer.error().code, QStringLiteral("customer.not_found"));
    auto product = s().reports().backlog(admin, {{}, {}, {}, QStringLiteral("NOPE")});
    ASSERT_FALSE(product);
    EXPECT_EQ(product.error().code, QStringLiteral("product.not_found"));
    auto backwards = s().reports().backlog(admin, {kToday, kToday.addDays(-1), {}, {}});
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().code, QStringLiteral("report.range"));
}

TEST_F(ReportStockTest, DemandIsTheTrackedBacklogByWeekAgainstStock) {
    const QDate monday = kToday.addDays(1 - kToday.dayOfWeek());
    wanted({lineOn(QStringLiteral("LIM-01"), 3, kToday.addDays(-30)),
            lineOn(QStringLiteral("LIM-01"), 4, monday.addDays(7)),
            lineOn(QStringLiteral("SERV"), 2, monday.addDays(7))},
           {}, kToday.addDays(-40));
    wanted({lineOn(QStringLiteral("LIM-01"), 1, monday.addDays(9))});
    auto rows = s().reports().demand(sales, kToday);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2); // SERV is a service: never made for stock
    const services::DemandRow& now = (*rows)[0];
    EXPECT_EQ(now.sku, QStringLiteral("LIM-01"));
    EXPECT_EQ(now.week, monday); // late: wanted now
    EXPECT_EQ(now.demand, units(3));
    EXPECT_EQ(now.onHand, units(5));
    EXPECT_EQ(now.available, units(2));
    EXPECT_EQ(now.shortfall, units(0));
    const services::DemandRow& next = (*rows)[1];
    EXPECT_EQ(next.week, monday.addDays(7));
    EXPECT_EQ(next.demand, units(5));
    EXPECT_EQ(next.available, units(-3));
    EXPECT_EQ(next.shortfall, units(3));
}

// Whatever the orders, per product Σ shortfall = max(0, backlog − on hand), the backlog
// recounted from the order lines in SQL.
TEST_F(ReportStockTest, DemandShortfallsAddUpToTheBacklogStockDoesNotCover) {
    const QDate monday = kToday.addDays(1 - kToday.dayOfWeek());
    for (int i = 0; i < 6; ++i)
        wanted({lineOn(QStringLiteral("LIM-01"), 1 + i % 3, monday.addDays(7 * (i % 4) - 7)),
                lineOn(QStringLiteral("TUE-M6"), 9 + i, monday.addDays(3 * i - 7))},
               {}, monday.addDays(-14));
    shipped(some(orders[1], {ship(QStringLiteral("TUE-M6"), 4)}));
    auto rows = s().reports().demand(admin, kToday);
    ASSERT_TRUE(rows);
    QMap<QString, qint64> shortfall;
    for (const services::DemandRow& r : *rows)
        shortfall[r.sku] += r.shortfall.thousandths();
    for (const QString& sku : {QStringLiteral("LIM-01"), QStringLiteral("TUE-M6")}) {
        const qint64 open = scalar(
            QStringLiteral("SELECT SUM(l.qty - l.shipped_qty - l.cancelled_qty) FROM "
                           "sales_order_lines l JOIN sales_orders o ON o.id = l.order_id WHERE "
                           "l.sku = ? AND o.status IN ('confirmed', 'partially_shipped')"),
            {sku});
        const qint64 onHand = level(sku).onHand.thousandths();
        EXPECT_EQ(shortfall.value(sku), std::max<qint64>(0, open - onHand)) << sku.toStdString();
    }
    EXPECT_GT(shortfall.value(QStringLiteral("TUE-M6")), 0);
}

TEST_F(ReportStockTest, StockValuationIsOnHandAtStandardCostByCategory) {
    domain::Product bolt =
        sampleProduct(QStringLiteral("AAA-1"), QStringLiteral("Tornillería"), 100, 0);
    bolt.standardCost = domain::UnitPrice::fromTenThousandths(1235); // 0.1235 each
    ASSERT_TRUE(s().products().create(admin, bolt, Quantity::fromThousandths(2500)));
    domain::Product none = sampleProduct(QStringLiteral("ZERO"), {}, 100, 100);
    ASSERT_TRUE(s().products().create(admin, none)); // nothing on hand: left out

    auto r = s().reports().stockValuation(accounting);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_EQ(r->rows.size(), 4);                        // SERV is untracked, ZERO has none
    EXPECT_EQ(r->rows[0].sku, QStringLiteral("LIM-01")); // category "" first, then by SKU
    EXPECT_EQ(r->rows[1].sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(r->rows[2].sku, QStringLiteral("TUE-M6"));
    EXPECT_EQ(r->rows[3].category, QStringLiteral("Tornillería"));
    EXPECT_EQ(r->rows[3].onHand, Quantity::fromThousandths(2500));
    EXPECT_EQ(r->rows[3].value, money(31)); // 2.5 × 0.1235 = 0.30875 → 0.31
    EXPECT_EQ(r->rows[1].value, money(60000));
    const qint64 recount = scalar(QStringLiteral(
        "SELECT SUM((s.on_hand * p.standard_cost + 50000) / 100000) FROM products p JOIN "
        "stock_levels s ON s.product_id = p.id WHERE p.tracked = 1 AND s.on_hand > 0"));
    EXPECT_EQ(r->value.minor(), recount);
    EXPECT_EQ(r->value, money(6000 + 60000 + 5000 + 31));
}

TEST_F(ReportStockTest, StockValuationFollowsShipments) {
    const domain::SalesOrder o = wanted({line(QStringLiteral("TOR-M6"), 30)});
    shipped(everything(o.number));
    auto r = s().reports().stockValuation(admin);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->rows[1].onHand, units(70));
    EXPECT_EQ(r->rows[1].value, money(42000));
}

TEST_F(ReportStockTest, StockValuationNeedsViewReports) {
    for (const domain::Actor& who : {sales, warehouse}) {
        auto r = s().reports().stockValuation(who);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    }
    EXPECT_TRUE(s().reports().stockValuation(manager));
}

TEST_F(ReportStockTest, EveryoneWhoSeesSalesSeesTheBacklogAndDemand) {
    wanted({line(QStringLiteral("TOR-M6"), 1)});
    for (const domain::Actor& who : {sales, warehouse, accounting}) {
        auto b = s().reports().backlog(who, {});
        ASSERT_TRUE(b);
        EXPECT_EQ(b->rows.size(), 1);
        EXPECT_TRUE(s().reports().demand(who, kToday));
    }
}

// The open lines come through the status index whatever the filter: the customer's or
// the product's index would walk every order or line they ever had.
TEST_F(ReportStockTest, BacklogReadsOnlyTheOpenOrdersThroughTheStatusIndex) {
    storage::ReportQueries queries(s().database(), s().context().currency);
    const qint64 customer = this->customer(QStringLiteral("BETA")).id;
    for (const storage::OpenLineFilter& filter :
         {storage::OpenLineFilter{}, storage::OpenLineFilter{kToday, kToday, customer, 0},
          storage::OpenLineFilter{{}, {}, 0, 1}, storage::OpenLineFilter{{}, {}, customer, 1}}) {
        auto plan = queries.openLinesPlan(filter);
        ASSERT_TRUE(plan);
        EXPECT_TRUE(plan->contains(QStringLiteral("USING INDEX sales_orders_status")))
            << plan->toStdString();
        EXPECT_FALSE(plan->contains(QStringLiteral("sales_order_lines_product")))
            << plan->toStdString();
        EXPECT_FALSE(plan->contains(QStringLiteral("sales_orders_customer")))
            << plan->toStdString();
    }
}
