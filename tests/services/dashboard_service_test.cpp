// SPDX-License-Identifier: MIT
// The manager's dashboard against a small history made through the real services: every
// figure is compared with a recount from the documents themselves (invoice and credit
// note lines, orders, invoices), not from the summary tables the service reads.
#include "domain/fixed_decimal.h"
#include "return_test_support.h"

#include <QHash>
#include <gtest/gtest.h>

using namespace mostrador;
using domain::Money;

namespace {

struct Totals {
    qint64 sales = 0;
    qint64 cost = 0;
};

class DashboardTest : public test::ReturnFixture {
protected:
    void SetUp() override {
        ReturnFixture::SetUp();
        addCustomer(QStringLiteral("DELTA"), std::nullopt, false);
        addCustomer(QStringLiteral("EPSI"), std::nullopt, false);
    }

    // An order of `actor` dated `date`, confirmed by the admin and shipped whole that day.
    QString shipped(const domain::Actor& actor, const QString& customer,
                    QList<services::LineInput> lines, QDate date) {
        services::OrderInput in = orderInput(customer, std::move(lines));
        in.date = date;
        auto o = s().orders().create(actor, in);
        EXPECT_TRUE(o) << (o ? "" : o.error().message.toStdString());
        if (!o)
            return {};
        EXPECT_TRUE(s().orders().confirm(admin, o->number));
        services::ShipmentInput ship;
        ship.orderNumber = o->number;
        ship.date = date;
        auto made = s().shipments().create(warehouse, ship);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return o->number;
    }
    domain::Invoice post(const QString& order, QDate date) {
        auto inv = s().invoices().createAndPost(accounting, {order}, date);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : domain::Invoice{};
    }
    services::DashboardFigures figures(const domain::Actor& actor) {
        auto f = s().dashboard().figures(actor, today);
        EXPECT_TRUE(f) << (f ? "" : f.error().message.toStdString());
        return f ? *f : services::DashboardFigures{};
    }

    // Sales and cost by "YYYY-MM" and by `key` (a column of invoices / products), from the
    // posted invoices' goods lines less the credit notes' lines.
    QHash<QString, Totals> recount(const QString& key, const QString& salesperson = {}) {
        QHash<QString, Totals> out;
        const QString who =
            salesperson.isEmpty() ? QString() : QStringLiteral(" AND i.salesperson = ?");
        const QVariantList values =
            salesperson.isEmpty() ? QVariantList() : QVariantList{salesperson};
        const QString from =
            QStringLiteral(" FROM invoice_lines l JOIN invoices i ON "
                           "i.id = l.invoice_id JOIN products p ON p.id = "
                           "l.product_id JOIN customers c ON c.id = i.customer_id");
        add(out,
            QStringLiteral("SELECT %1, l.net, l.qty, l.unit_cost").arg(key) + from +
                QStringLiteral(" WHERE i.status <> 'draft' AND l.kind = 'goods'") + who,
            values, 1);
        add(out,
            QStringLiteral("SELECT %1, n.net, n.qty, l.unit_cost FROM credit_note_lines n JOIN "
                           "credit_notes cn ON cn.id = n.credit_note_id JOIN invoice_lines l ON "
                           "l.id = n.invoice_line_id JOIN invoices i ON i.id = l.invoice_id JOIN "
                           "products p ON p.id = n.product_id JOIN customers c ON c.id = "
                           "i.customer_id WHERE 1 = 1")
                    .arg(
                        QString(key).replace(QStringLiteral("i.date"), QStringLiteral("cn.date"))) +
                who,
            values, -1);
        return out;
    }
    void add(QHash<QString, Totals>& out, const QString& sql, const QVariantList& values,
             int sign) {
        auto q = storage::run(s().database().connection(), sql, values);
        ASSERT_TRUE(q) << q.error().message.toStdString();
        while (q->next()) {
            Totals& t = out[q->value(0).toString()];
            t.sales += sign * q->value(1).toLongLong();
            // qty (1/1000) × cost (1/10000) in cents: ÷ 10^5, half away from zero.
            t.cost += sign * domain::fixed::divideRounded(domain::Int128(q->value(2).toLongLong()) *
                                                              q->value(3).toLongLong(),
                                                          100000);
        }
    }
    static QString monthOf(QDate d) { return d.toString(QStringLiteral("yyyy-MM")); }
    // The ten largest of `totals` by sales (or margin), as "KEY:sales:margin".
    static QStringList top(const QHash<QString, Totals>& totals, bool byMargin) {
        QList<std::pair<QString, Totals>> rows;
        for (auto it = totals.begin(); it != totals.end(); ++it)
            rows.append({it.key(), it.value()});
        auto value = [&](const Totals& t) { return byMargin ? t.sales - t.cost : t.sales; };
        std::sort(rows.begin(), rows.end(),
                  [&](const auto& a, const auto& b) { return value(a.second) > value(b.second); });
        QStringList out;
        for (const auto& [k, t] : rows.mid(0, 10))
            out.append(QStringLiteral("%1:%2:%3").arg(k).arg(t.sales).arg(t.sales - t.cost));
        return out;
    }
    static QStringList shown(const QList<services::RankedFigures>& rows) {
        QStringList out;
        for (const auto& r : rows)
            out.append(
                QStringLiteral("%1:%2:%3").arg(r.key).arg(r.sales.minor()).arg(r.margin.minor()));
        return out;
    }

    // Buckets of every posted invoice's balance by its due date, plus (company figures)
    // the unallocated credit of payments and credit notes in the current bucket.
    std::array<qint64, 5> recountAging(const QString& salesperson = {}) {
        std::array<qint64, 5> b{};
        auto q = storage::run(s().database().connection(),
                              QStringLiteral("SELECT i.balance, d.due_date, d.amount, i.total, "
                                             "i.paid + i.deposits_applied, i.salesperson FROM "
                                             "invoices i JOIN invoice_due_dates d ON "
                                             "d.invoice_id = i.id WHERE i.status <> 'draft'"));
        EXPECT_TRUE(q);
        while (q && q->next()) {
            if (!salesperson.isEmpty() && q->value(5).toString() != salesperson)
                continue;
            EXPECT_EQ(q->value(2).toLongLong(), q->value(3).toLongLong()); // one installment
            const QDate due = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            const qint64 days = due.daysTo(today);
            const int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
            b[bucket] += q->value(0).toLongLong();
        }
        if (salesperson.isEmpty())
            b[0] -= scalar(QStringLiteral("SELECT (SELECT COALESCE(SUM(unallocated), 0) FROM "
                                          "payments) + (SELECT COALESCE(SUM(unallocated), 0) "
                                          "FROM credit_notes)"));
        return b;
    }

    // Last year, 75 and 40 days ago and this month: four invoices, one partly paid, a
    // credit note, and open orders in every state the dashboard counts.
    void buildHistory() {
        const QDate lastYear = month0.addYears(-1);
        const QDate ago75 = today.addDays(-75);
        const QDate ago40 = today.addDays(-40);
        const QString y =
            shipped(admin, QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 5)}, lastYear);
        const QString a =
            shipped(sales, QStringLiteral("DELTA"), {line(QStringLiteral("LIM-01"), 2)}, ago75);
        const QString b =
            shipped(admin, QStringLiteral("EPSI"), {line(QStringLiteral("TUE-M6"), 10)}, ago40);
        const QString c =
            shipped(sales, QStringLiteral("BETA"),
                    {line(QStringLiteral("TOR-M6"), 3), line(QStringLiteral("BOOK"), 2)}, month0);
        post(y, lastYear);
        post(a, ago75);
        const domain::Invoice bInv = post(b, ago40);
        post(c, month0);
        pay(payment(QStringLiteral("EPSI"), 1000, {to(bInv.number)}));
        // A return of one TOR-M6 of the last order: a credit note today.
        auto ships = s().shipments().forOrder(admin, c);
        ASSERT_TRUE(ships && !ships->isEmpty());
        returned(returning(ships->first().number, {back(QStringLiteral("TOR-M6"), 1)}));

        confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 3)}); // 30.00 open
        const domain::SalesOrder partial =
            confirmed(QStringLiteral("EPSI"), {line(QStringLiteral("TUE-M6"), 10)});
        services::ShipmentInput part;
        part.orderNumber = partial.number;
        part.lines = {{QStringLiteral("TUE-M6"), units(4)}}; // 6 × 3.33 = 19.98 open
        ASSERT_TRUE(s().shipments().create(warehouse, part));
        const domain::SalesOrder held =
            draft(QStringLiteral("GAMA"), {line(QStringLiteral("SERV"), 1)});
        ASSERT_TRUE(s().orders().confirm(admin, held.number)); // GAMA is on hold
        auto waiting =
            s().orders().create(sales, orderInput(QStringLiteral("ALFA"),
                                                  {discounted(QStringLiteral("TOR-M6"), 2, 15)}));
        ASSERT_TRUE(waiting);
        ASSERT_TRUE(s().orders().confirm(sales, waiting->number)); // above sergio's 10 %
        draft(QStringLiteral("ALFA"), {line(QStringLiteral("TUE-M6"), 1)});
    }

    QDate today = QDate::currentDate();
    QDate month0 = QDate(today.year(), today.month(), 1);
};

TEST_F(DashboardTest, EmptyCompanyHasTwelveEmptyMonthsAndEveryOpenState) {
    const auto f = figures(admin);
    EXPECT_TRUE(f.salesperson.isEmpty());
    ASSERT_EQ(f.last12Months.size(), 12);
    EXPECT_EQ(f.last12Months.first().month, monthOf(month0.addMonths(-11)));
    EXPECT_EQ(f.last12Months.last().month, monthOf(month0));
    QStringList states;
    for (const auto& s : f.ordersByState) {
        states.append(s.status);
        EXPECT_EQ(s.orders, 0);
    }
    EXPECT_EQ(states,
              (QStringList{QStringLiteral("draft"), QStringLiteral("awaiting_approval"),
                           QStringLiteral("credit_hold"), QStringLiteral("confirmed"),
                           QStringLiteral("partially_shipped"), QStringLiteral("shipped")}));
    EXPECT_TRUE(f.topCustomersBySales.isEmpty());
    EXPECT_EQ(f.aging.total().minor(), 0);
}

TEST_F(DashboardTest, SalesFiguresEqualARecountOfTheDocuments) {
    buildHistory();
    const auto f = figures(manager);
    const auto byMonth = recount(QStringLiteral("substr(i.date, 1, 7)"));
    EXPECT_EQ(f.salesThisMonth.minor(), byMonth.value(monthOf(month0)).sales);
    EXPECT_EQ(f.salesLastMonth.minor(), byMonth.value(monthOf(month0.addMonths(-1))).sales);
    EXPECT_EQ(f.salesSameMonthLastYear.minor(), byMonth.value(monthOf(month0.addYears(-1))).sales);
    EXPECT_EQ(f.salesSameMonthLastYear.minor(), 5000); // 5 TOR-M6 at 10.00
    ASSERT_EQ(f.last12Months.size(), 12);
    qint64 total = 0;
    for (const auto& m : f.last12Months) {
        const Totals t = byMonth.value(m.month);
        EXPECT_EQ(m.sales.minor(), t.sales) << m.month.toStdString();
        EXPECT_EQ(m.margin.minor(), t.sales - t.cost) << m.month.toStdString();
        total += m.sales.minor();
    }
    // 20 × 2 + 3.33 × 10 + 10 × 3 + 15 × 2 − 10 (the credit note): last year's is outside.
    EXPECT_EQ(total, 4000 + 3330 + 3000 + 3000 - 1000);
}

TEST_F(DashboardTest, TopCustomersAndProductsEqualARecountAndRankByMarginApart) {
    buildHistory();
    const auto f = figures(admin);
    // The window is the last 12 months: last year's invoice (BETA, TOR-M6) falls outside.
    auto inWindow = [&](const QString& key) {
        return recount(QStringLiteral("CASE WHEN substr(i.date, 1, 7) >= '%1' THEN %2 ELSE "
                                      "'-' END")
                           .arg(monthOf(month0.addMonths(-11)), key));
    };
    auto customers = inWindow(QStringLiteral("c.code"));
    auto products = inWindow(QStringLiteral("p.sku"));
    customers.remove(QStringLiteral("-"));
    products.remove(QStringLiteral("-"));
    EXPECT_EQ(shown(f.topCustomersBySales), top(customers, false));
    EXPECT_EQ(shown(f.topCustomersByMargin), top(customers, true));
    EXPECT_EQ(shown(f.topProductsBySales), top(products, false));
    EXPECT_EQ(shown(f.topProductsByMargin), top(products, true));
    // BETA 50.00 (margin 28.00), DELTA 40.00 of LIM-01 (16.00), EPSI 33.30 of TUE-M6
    // (23.30): the second place differs.
    const auto keys = [](const QList<services::RankedFigures>& rows) {
        QStringList out;
        for (const auto& r : rows)
            out.append(r.key);
        return out.join(u' ');
    };
    EXPECT_EQ(keys(f.topCustomersBySales), QStringLiteral("BETA DELTA EPSI"));
    EXPECT_EQ(keys(f.topCustomersByMargin), QStringLiteral("BETA EPSI DELTA"));
    EXPECT_EQ(f.topCustomersBySales.first().name, customer(QStringLiteral("BETA")).name);
    EXPECT_EQ(keys(f.topProductsBySales), QStringLiteral("LIM-01 TUE-M6 BOOK TOR-M6"));
    EXPECT_EQ(keys(f.topProductsByMargin), QStringLiteral("TUE-M6 BOOK LIM-01 TOR-M6"));
}

TEST_F(DashboardTest, OpenOrdersBacklogHoldsAndApprovals) {
    buildHistory();
    const auto f = figures(admin);
    QHash<QString, std::pair<int, qint64>> expected;
    auto q = storage::run(s().database().connection(),
                          QStringLiteral("SELECT status, COUNT(*), SUM(total) FROM sales_orders "
                                         "GROUP BY status"));
    ASSERT_TRUE(q);
    while (q->next())
        expected.insert(q->value(0).toString(), {q->value(1).toInt(), q->value(2).toLongLong()});
    for (const auto& s : f.ordersByState) {
        EXPECT_EQ(s.orders, expected.value(s.status).first) << s.status.toStdString();
        EXPECT_EQ(s.value.minor(), expected.value(s.status).second) << s.status.toStdString();
    }
    EXPECT_EQ(f.creditHolds, 1);
    EXPECT_EQ(f.awaitingApproval, 1);
    EXPECT_EQ(expected.value(QStringLiteral("draft")).first, 1);
    EXPECT_EQ(f.backlogValue.minor(), 3000 + 1998); // ALFA's 3 TOR-M6, EPSI's 6 TUE-M6 left
}

TEST_F(DashboardTest, AgingAndOverdueEqualARecountOfOpenInvoices) {
    buildHistory();
    const auto f = figures(admin);
    const auto b = recountAging();
    using B = domain::AgingBucket;
    EXPECT_EQ(f.aging[B::Current].minor(), b[0]);
    EXPECT_EQ(f.aging[B::Days1To30].minor(), b[1]);
    EXPECT_EQ(f.aging[B::Days31To60].minor(), b[2]);
    EXPECT_EQ(f.aging[B::Days61To90].minor(), b[3]);
    EXPECT_EQ(f.aging[B::Over90].minor(), b[4]);
    EXPECT_EQ(f.overdue.minor(), b[1] + b[2] + b[3] + b[4]);
    EXPECT_GT(b[4], 0); // last year's invoice
    EXPECT_GT(b[2], 0); // 75 days ago, due 45 days ago
    // The same as the aging report's totals.
    auto report = s().payments().aging(admin, today);
    ASSERT_TRUE(report);
    EXPECT_EQ(f.aging.total(), report->totals.total());
}

TEST_F(DashboardTest, ASalesUserSeesOnlyTheirOwnFigures) {
    buildHistory();
    const auto mine = figures(sales);
    EXPECT_EQ(mine.salesperson, sales.name);
    const auto byMonth = recount(QStringLiteral("substr(i.date, 1, 7)"), sales.name);
    for (const auto& m : mine.last12Months) {
        EXPECT_EQ(m.sales.minor(), byMonth.value(m.month).sales) << m.month.toStdString();
        EXPECT_EQ(m.margin.minor(), byMonth.value(m.month).sales - byMonth.value(m.month).cost);
    }
    EXPECT_EQ(mine.salesThisMonth.minor(), 3000 + 3000 - 1000);
    EXPECT_EQ(mine.salesSameMonthLastYear.minor(), 0); // that one was the admin's
    QStringList customers;
    for (const auto& r : mine.topCustomersBySales)
        customers.append(r.key);
    customers.sort();
    EXPECT_EQ(customers, (QStringList{QStringLiteral("BETA"), QStringLiteral("DELTA")}));
    EXPECT_EQ(mine.awaitingApproval, 1); // sergio's own
    EXPECT_EQ(mine.creditHolds, 0);      // the admin's
    EXPECT_EQ(mine.backlogValue.minor(), 0);
    const auto b = recountAging(sales.name);
    using B = domain::AgingBucket;
    EXPECT_EQ(mine.aging[B::Current].minor(), b[0]);
    EXPECT_EQ(mine.aging[B::Days31To60].minor(), b[2]);
    EXPECT_EQ(mine.overdue.minor(), b[1] + b[2] + b[3] + b[4]);
    EXPECT_LT(mine.aging.total(), figures(admin).aging.total());
}

TEST_F(DashboardTest, AccountingSeesTheCompanysFigures) {
    buildHistory();
    auto ana = s().dashboard().figures(accounting, today);
    ASSERT_TRUE(ana);
    EXPECT_TRUE(ana->salesperson.isEmpty()); // accounting has ViewReports
    EXPECT_EQ(ana->creditHolds, 1);
    EXPECT_EQ(ana->salesSameMonthLastYear.minor(), 5000);
}

} // namespace
