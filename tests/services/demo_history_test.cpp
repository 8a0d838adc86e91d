// SPDX-License-Identifier: MIT
// The generated sales history (services/demo_history.h) obeys the rules the services
// keep: the services' own reads of it agree with recounts from the documents, and the
// next documents made through the services continue its series.
#include "domain/document_totals.h"
#include "services/demo_history.h"
#include "services/services.h"
#include "storage/sales_summary_repository.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOrders = 1500;

class DemoHistory : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new QTemporaryDir;
        auto opened = Services::open(dir->filePath(QStringLiteral("history.db")));
        ASSERT_TRUE(opened);
        s = opened->release();
        domain::CompanyProfile company;
        company.name = QStringLiteral("Historia S.L.");
        company.currency = domain::Currency::fromCode(u"EUR");
        auto made = s->setup().initialize(company, QStringLiteral("admin"),
                                          QStringLiteral("admin-password"));
        ASSERT_TRUE(made);
        admin = new domain::Actor(*made);
        ASSERT_TRUE(s->setup().loadDemo(*admin, 40, 30));
        DemoHistoryOptions options;
        options.orders = kOrders;
        options.salesPassword = QStringLiteral("ventas-password");
        auto loaded = loadDemoHistory(*s, *admin, options);
        ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
        summary = new DemoHistorySummary(*loaded);
    }
    static void TearDownTestSuite() {
        delete summary;
        delete admin;
        delete s;
        delete dir;
    }

    static qint64 scalar(const QString& sql, const QVariantList& values = {}) {
        auto q = storage::run(s->database().connection(), sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    static QStringList texts(const QString& sql) {
        QStringList out;
        auto q = storage::run(s->database().connection(), sql);
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }
    static QString year() { return QString::number(QDate::currentDate().year()); }

    static inline QTemporaryDir* dir = nullptr;
    static inline Services* s = nullptr;
    static inline domain::Actor* admin = nullptr;
    static inline DemoHistorySummary* summary = nullptr;
};

TEST_F(DemoHistory, SpreadsTheOrdersOverTwoYearsBySeveralSalespeople) {
    EXPECT_EQ(summary->orders, kOrders);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sales_orders"_s), kOrders);
    EXPECT_EQ(summary->salespeople.size(), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(DISTINCT salesperson) FROM sales_orders"_s), 4);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM users WHERE role = 'sales'"_s), 4);
    const QDate today = QDate::currentDate();
    EXPECT_EQ(texts(u"SELECT MAX(date) FROM sales_orders"_s).value(0), today.toString(Qt::ISODate));
    EXPECT_EQ(texts(u"SELECT MIN(date) FROM sales_orders"_s).value(0),
              today.addMonths(-24).addDays(1).toString(Qt::ISODate));
    EXPECT_EQ(scalar(u"SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM sales_order_lines GROUP BY "
                     "order_id)"_s),
              1);
    EXPECT_EQ(scalar(u"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM sales_order_lines GROUP BY "
                     "order_id)"_s),
              8);
}

TEST_F(DemoHistory, HasOrdersInEveryStateAndOpenAndOverdueInvoices) {
    for (const char* state : {"draft", "confirmed", "credit_hold", "awaiting_approval",
                              "partially_shipped", "shipped", "closed", "cancelled"}) {
        OrderListQuery query;
        query.status = QString::fromLatin1(state);
        auto n = s->orders().count(*admin, query);
        ASSERT_TRUE(n);
        EXPECT_GT(*n, 0) << state;
    }
    for (const char* state : {"posted", "partially_paid", "paid"})
        EXPECT_GT(scalar(u"SELECT COUNT(*) FROM invoices WHERE status = ?"_s,
                         {QString::fromLatin1(state)}),
                  0)
            << state;
    auto aged = s->payments().aging(*admin, QDate::currentDate());
    ASSERT_TRUE(aged);
    EXPECT_GT(aged->totals.total().minor(), 0);
    EXPECT_GT((aged->totals.total() - aged->totals[domain::AgingBucket::Current]).minor(),
              0); // something overdue
    EXPECT_GT(summary->deposits, 0);
}

// Each invoice's figures are what computeTotals and its payments make them.
TEST_F(DemoHistory, InvoiceAmountsFollowTheDocumentRules) {
    const QStringList numbers = texts(u"SELECT number FROM invoices ORDER BY id LIMIT 40"_s);
    ASSERT_EQ(numbers.size(), 40);
    for (const QString& number : numbers) {
        auto inv = s->invoices().get(*admin, number);
        ASSERT_TRUE(inv);
        QList<domain::PricedLine> priced;
        for (const domain::InvoiceLine& l : inv->lines)
            priced.append(l.priced());
        const auto totals =
            domain::computeTotals(priced, domain::TaxRounding::PerLine, inv->currency);
        EXPECT_EQ(inv->total, totals.total) << number.toStdString();
        EXPECT_EQ(inv->balance, inv->total - inv->paid) << number.toStdString();
    }
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM invoices i WHERE balance <> total - (SELECT "
                     "COALESCE(SUM(amount), 0) FROM allocations a WHERE a.invoice_id = i.id)"_s),
              0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sales_orders o WHERE total <> (SELECT SUM(net + tax) "
                     "FROM sales_order_lines l WHERE l.order_id = o.id)"_s),
              0);
}

TEST_F(DemoHistory, CustomerFiguresEqualTheirDocuments) {
    const QStringList codes = texts(u"SELECT code FROM customers ORDER BY id"_s);
    for (const QString& code : codes) {
        auto position = s->payments().position(*admin, code);
        auto credit = s->orders().credit(*admin, code);
        ASSERT_TRUE(position && credit);
        EXPECT_EQ(position->arBalance, position->openInvoices) << code.toStdString();
        const QVariantList id{scalar(u"SELECT id FROM customers WHERE code = ?"_s, {code})};
        EXPECT_EQ(credit->openOrders.minor(),
                  scalar(u"SELECT COALESCE(SUM(open_value), 0) FROM sales_orders WHERE "
                         "customer_id = ? AND status IN ('confirmed', 'partially_shipped', "
                         "'shipped')"_s,
                         id));
        EXPECT_EQ(credit->unappliedDeposits.minor(),
                  scalar(u"SELECT COALESCE(SUM(amount - applied), 0) FROM deposits WHERE "
                         "customer_id = ?"_s,
                         id));
    }
}

TEST_F(DemoHistory, StatesAgreeWithQuantitiesAndStockWithTheLedger) {
    auto bad = [](const char* status, const char* lineIsWrong) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders o JOIN sales_order_lines "
                                     "l ON l.order_id = o.id WHERE o.status = '%1' AND (%2)")
                          .arg(QLatin1String(status), QLatin1String(lineIsWrong)));
    };
    EXPECT_EQ(bad("closed", "l.shipped_qty <> l.qty OR l.invoiced_qty <> l.qty"), 0);
    EXPECT_EQ(bad("shipped", "l.shipped_qty <> l.qty OR l.invoiced_qty <> 0"), 0);
    EXPECT_EQ(bad("confirmed", "l.shipped_qty <> 0 OR l.reserved_qty > l.qty"), 0);
    EXPECT_EQ(bad("partially_shipped", "l.shipped_qty > l.qty OR l.invoiced_qty <> 0"), 0);
    EXPECT_EQ(bad("cancelled", "l.cancelled_qty <> l.qty OR l.shipped_qty <> 0"), 0);
    EXPECT_EQ(bad("draft", "l.shipped_qty + l.reserved_qty + l.invoiced_qty <> 0"), 0);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sales_orders o WHERE status = 'partially_shipped' "
                     "AND NOT EXISTS (SELECT 1 FROM sales_order_lines l WHERE l.order_id = o.id "
                     "AND l.shipped_qty < l.qty)"_s),
              0);
    // Shipments hold what the lines say was shipped; levels are the ledger's sums.
    EXPECT_EQ(scalar(u"SELECT SUM(qty) FROM shipment_lines"_s),
              scalar(u"SELECT SUM(shipped_qty) FROM sales_order_lines"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM stock_levels s WHERE on_hand <> (SELECT "
                     "COALESCE(SUM(qty), 0) FROM stock_movements m WHERE m.product_id = "
                     "s.product_id) OR reserved <> (SELECT COALESCE(SUM(reserved_qty), 0) FROM "
                     "sales_order_lines l WHERE l.product_id = s.product_id) OR reserved > "
                     "on_hand"_s),
              0);
    EXPECT_GT(scalar(u"SELECT SUM(reserved) FROM stock_levels"_s), 0);
}

// Per year, numbers run 1, 2, 3 … in date order.
TEST_F(DemoHistory, InvoiceAndOrderNumbersAreGaplessInDateOrder) {
    for (const char* table : {"invoices", "sales_orders", "payments", "shipments"}) {
        const QStringList rows = texts(
            QStringLiteral("SELECT substr(date, 1, 4) || ' ' || number FROM %1 ORDER BY date, id")
                .arg(QLatin1String(table)));
        QHash<QString, qint64> last;
        for (const QString& row : rows) {
            const QString y = row.left(4);
            const qint64 n = row.section(u'-', -1).toLongLong();
            EXPECT_EQ(n, last.value(y) + 1) << table << " " << row.toStdString();
            last[y] = n;
        }
    }
}

// Sales summaries equal a recount of the posted invoices' goods lines.
TEST_F(DemoHistory, SummariesEqualTheInvoices) {
    EXPECT_EQ(scalar(u"SELECT SUM(sales) FROM sales_by_month"_s),
              scalar(u"SELECT SUM(l.net) FROM invoice_lines l JOIN invoices i ON i.id = "
                     "l.invoice_id WHERE i.status <> 'draft'"_s));
    EXPECT_EQ(scalar(u"SELECT SUM(sales) FROM sales_by_customer"_s),
              scalar(u"SELECT SUM(sales) FROM sales_by_month"_s));
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM sales_by_month"_s), 24 * 3);
}

// The services go on from where the history ends: the next order and the next posted
// invoice take the following numbers, and the history's shipped orders can be invoiced.
TEST_F(DemoHistory, TheServicesContinueTheSeries) {
    const qint64 ordersThisYear = scalar(u"SELECT COUNT(*) FROM sales_orders WHERE number LIKE ?"_s,
                                         {QVariant(u"SO-"_s + year() + u"-%"_s)});
    const qint64 invoicesThisYear = scalar(u"SELECT COUNT(*) FROM invoices WHERE number LIKE ?"_s,
                                           {QVariant(u"INV-"_s + year() + u"-%"_s)});
    OrderInput in;
    in.customerCode = texts(u"SELECT code FROM customers ORDER BY id LIMIT 1"_s).value(0);
    in.lines.append({texts(u"SELECT sku FROM products ORDER BY id LIMIT 1"_s).value(0),
                     domain::Quantity::fromUnits(1)});
    auto order = s->orders().create(*admin, in);
    ASSERT_TRUE(order) << order.error().message.toStdString();
    EXPECT_EQ(order->number.section(u'-', -1).toLongLong(), ordersThisYear + 1);

    const QString shipped =
        texts(u"SELECT number FROM sales_orders WHERE status = 'shipped' LIMIT 1"_s).value(0);
    ASSERT_FALSE(shipped.isEmpty());
    auto invoice = s->invoices().createAndPost(*admin, {shipped});
    ASSERT_TRUE(invoice) << invoice.error().message.toStdString();
    EXPECT_EQ(
        invoice->number,
        QStringLiteral("INV-%1-%2").arg(year()).arg(invoicesThisYear + 1, 5, 10, QLatin1Char('0')));
    auto after = s->orders().get(*admin, shipped);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, u"closed"_s);
}

TEST_F(DemoHistory, IsRefusedOverExistingSalesAndToOtherRoles) {
    const qint64 before = scalar(u"SELECT COUNT(*) FROM sales_orders"_s);
    DemoHistoryOptions options;
    options.orders = 10;
    auto again = loadDemoHistory(*s, *admin, options);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, u"demo.history_not_empty"_s);
    const domain::Actor sales{0, QStringLiteral("ventas"), domain::Role::Sales};
    auto refused = loadDemoHistory(*s, sales, options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM sales_orders"_s), before);
}

} // namespace
