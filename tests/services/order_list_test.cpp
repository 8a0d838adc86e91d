// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "support/order_fixture.h"

#include <QRandomGenerator>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

// The states in which an order's open value is part of the customer's exposure.
bool countsInExposure(QStringView status) {
    return status == u"confirmed" || status == u"partially_shipped" || status == u"shipped";
}

class OrderListTest : public test::OrderFixture {
protected:
    QStringList numbers(OrderListQuery query) {
        auto rows = s().orders().list(admin, query);
        EXPECT_TRUE(rows) << (rows ? std::string() : rows.error().message.toStdString());
        QStringList out;
        for (const OrderRow& r : rows ? *rows : QList<OrderRow>())
            out << r.number;
        auto count = s().orders().count(admin, query);
        EXPECT_TRUE(count);
        EXPECT_EQ(count ? *count : -1, out.size()) << "count and list disagree";
        return out;
    }
    static OrderListQuery byNumber() {
        OrderListQuery q;
        q.sortKey = QStringLiteral("number");
        return q;
    }
};

} // namespace

TEST_F(OrderListTest, FiltersByStateQueueCustomerDatesAndSearch) {
    const SalesOrder d = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    const SalesOrder c = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)});
    const SalesOrder h = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 1)});
    ASSERT_TRUE(s().orders().confirm(admin, h.number));
    const SalesOrder a =
        draft(QStringLiteral("BETA"), {discounted(QStringLiteral("TOR-M6"), 1, 30)});
    ASSERT_TRUE(s().orders().confirm(sales, a.number));

    OrderListQuery q = byNumber();
    EXPECT_EQ(numbers(q), (QStringList{d.number, c.number, h.number, a.number}));
    q.status = QStringLiteral("credit_hold");
    EXPECT_EQ(numbers(q), QStringList{h.number});
    q = byNumber();
    q.queue = true;
    EXPECT_EQ(numbers(q), (QStringList{h.number, a.number}));
    q = byNumber();
    q.customerCode = QStringLiteral("beta");
    EXPECT_EQ(numbers(q), (QStringList{d.number, a.number}));
    q = byNumber();
    q.search = c.number.left(8).toLower(); // "so-2026-": every order
    EXPECT_EQ(numbers(q).size(), 4);
    q.search = c.number;
    EXPECT_EQ(numbers(q), QStringList{c.number});
    q.search = QStringLiteral("gam");
    EXPECT_EQ(numbers(q), QStringList{h.number});
    q = byNumber();
    q.from = QDate::currentDate().addDays(1);
    EXPECT_TRUE(numbers(q).isEmpty());
    q.from = QDate::currentDate();
    q.to = QDate::currentDate();
    EXPECT_EQ(numbers(q).size(), 4);
}

TEST_F(OrderListTest, ToShipKeepsConfirmedOrdersThatCanLeaveNow) {
    const SalesOrder stocked =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    const SalesOrder service = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("SERV"), 1)});
    confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 5)}); // takes every LIM-01
    const SalesOrder backordered =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 3)});
    draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    OrderListQuery q = byNumber();
    q.toShip = true;
    const QStringList shippable = numbers(q);
    EXPECT_TRUE(shippable.contains(stocked.number));
    EXPECT_TRUE(shippable.contains(service.number));
    EXPECT_FALSE(shippable.contains(backordered.number));
    EXPECT_EQ(shippable.size(), 3);
}

TEST_F(OrderListTest, RowsCarryTotalsAndProgressAndSortBothWays) {
    const SalesOrder small = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 2)});
    const SalesOrder big = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 3),
                                                              line(QStringLiteral("TUE-M6"), 4)});
    ASSERT_TRUE(s().orders().cancel(admin, small.number));
    OrderListQuery q;
    q.sortKey = QStringLiteral("total");
    q.descending = true;
    auto rows = s().orders().list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2);
    const OrderRow& first = rows->at(0);
    EXPECT_EQ(first.number, big.number);
    EXPECT_EQ(first.total, big.total);
    EXPECT_EQ(first.customerName, QStringLiteral("ALFA"));
    EXPECT_EQ(first.ordered, units(7));
    EXPECT_EQ(first.shipped, units(0));
    EXPECT_EQ(first.status, QStringLiteral("confirmed"));
    EXPECT_EQ(first.invoicingStatus, QStringLiteral("none"));
    EXPECT_EQ(rows->at(1).ordered, units(0)); // everything cancelled
    q.descending = false;
    q.limit = 1;
    q.offset = 1;
    rows = s().orders().list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().number, big.number);
    for (const char* key : {"number", "customer", "date", "requested_date", "status"}) {
        q = {};
        q.sortKey = QString::fromLatin1(key);
        EXPECT_EQ(numbers(q).size(), 2) << key;
    }
}

// Whatever happens to orders, deposits and shipments, the running figures equal a
// recomputation.
TEST_F(OrderListTest, AccountFiguresAlwaysEqualARecomputation) {
    QRandomGenerator random(20261127);
    const QStringList customers = {QStringLiteral("ALFA"), QStringLiteral("BETA"),
                                   QStringLiteral("GAMA"), QStringLiteral("PREP")};
    const QStringList skus = {QStringLiteral("TOR-M6"), QStringLiteral("TUE-M6"),
                              QStringLiteral("LIM-01"), QStringLiteral("SERV")};
    QStringList numbersMade;
    // Weighted so that orders live long enough to be confirmed, paid and shipped
    // before some are cancelled.
    for (int step = 0; step < 120; ++step) {
        const int what = random.bounded(20);
        if (what < 4 || numbersMade.isEmpty()) {
            QList<LineInput> lines;
            for (int k = 0, n = 1 + random.bounded(3); k < n; ++k)
                lines << line(skus[random.bounded(skus.size())], 1 + random.bounded(8));
            numbersMade << draft(customers[random.bounded(customers.size())], lines).number;
            continue;
        }
        const QString number = numbersMade[random.bounded(numbersMade.size())];
        if (what < 9) {
            (void)s().orders().confirm(admin, number);
        } else if (what < 11) {
            (void)s().orders().release(manager, number, QStringLiteral("ok"));
        } else if (what < 14) {
            DepositInput in;
            in.orderNumber = number;
            in.amount = money(100 * (1 + random.bounded(50)));
            (void)s().deposits().add(admin, in);
        } else if (what < 18) {
            // Everything that remains, or one unit of one of the products.
            ShipmentInput ship;
            ship.orderNumber = number;
            if (random.bounded(2) == 0)
                ship.lines << ShipLineInput{skus[random.bounded(skus.size())], units(1)};
            (void)s().shipments().create(admin, ship);
        } else {
            (void)s().orders().cancel(admin, number);
        }
    }
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE status = "
                                    "'confirmed'")),
              0);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM deposits")), 0);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
    for (const QString& code : customers) {
        const qint64 id = customer(code).id;
        const storage::AccountFigures f = account(code);
        // The open value of the orders that count, recomputed from their lines.
        qint64 open = 0;
        OrderListQuery q;
        q.customerCode = code;
        q.limit = 1000;
        auto rows = s().orders().list(admin, q);
        ASSERT_TRUE(rows);
        for (const OrderRow& r : *rows) {
            const SalesOrder o = stored(r.number);
            if (countsInExposure(o.status))
                open += domain::openValue(o.lines, o.currency).minor();
            EXPECT_EQ(o.openValue.minor(), countsInExposure(o.status)
                                               ? domain::openValue(o.lines, o.currency).minor()
                                               : 0)
                << o.number.toStdString() << " " << o.status.toStdString();
        }
        EXPECT_EQ(f.openOrders, open) << code.toStdString();
        EXPECT_EQ(f.unappliedDeposits,
                  scalar(QStringLiteral("SELECT COALESCE(SUM(amount - applied), 0) FROM deposits "
                                        "WHERE customer_id = ?"),
                         {id}))
            << code.toStdString();
    }
    // And the reservations equal what the lines hold, on hand what the ledger says.
    for (const QString& sku : skus)
        EXPECT_EQ(level(sku).reserved.thousandths(),
                  scalar(QStringLiteral("SELECT COALESCE(SUM(l.reserved_qty), 0) FROM "
                                        "sales_order_lines l JOIN products p ON p.id = "
                                        "l.product_id WHERE p.sku = ?"),
                         {sku}))
            << sku.toStdString();
    for (const QString& sku : skus)
        EXPECT_EQ(level(sku).onHand.thousandths(),
                  scalar(QStringLiteral("SELECT COALESCE(SUM(m.qty), 0) FROM stock_movements m "
                                        "JOIN products p ON p.id = m.product_id WHERE p.sku = ?"),
                         {sku}))
            << sku.toStdString();
}

// A search matching most orders walks the sort order instead of sorting every match;
// the page must be the same either way.
TEST_F(OrderListTest, ASearchMatchingThousandsOfOrdersStillPagesInOrder) {
    const SalesOrder model = draft(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 1)});
    storage::SalesOrderRepository repo(s().database());
    storage::Transaction tx(s().database());
    for (int i = 0; i < 2100; ++i) {
        SalesOrder o = model;
        o.number = QStringLiteral("SO-1999-%1").arg(i, 5, 10, QLatin1Char('0'));
        o.date = QDate(1999, 1, 1).addDays(i % 365);
        ASSERT_TRUE(repo.insert(o));
    }
    ASSERT_TRUE(tx.commit());
    OrderListQuery q;
    q.search = QStringLiteral("so-1999");
    q.sortKey = QStringLiteral("date");
    q.descending = true;
    auto rows = s().orders().list(admin, q);
    ASSERT_TRUE(rows) << rows.error().message.toStdString();
    ASSERT_EQ(rows->size(), 100);
    EXPECT_EQ(rows->first().date, QDate(1999, 12, 31));
    for (qsizetype i = 1; i < rows->size(); ++i)
        EXPECT_GE(rows->at(i - 1).date, rows->at(i).date);
    EXPECT_EQ(*s().orders().count(admin, q), 2100);
    q.search = QStringLiteral("SO-1999-02099");
    EXPECT_EQ(numbers(q), QStringList{QStringLiteral("SO-1999-02099")});
    q.search = QStringLiteral("beta");
    q.limit = 5000;
    EXPECT_EQ(numbers(q).size(), 2101);
}
