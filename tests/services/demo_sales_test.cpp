// SPDX-License-Identifier: MIT
#include "services/demo_sales.h"
#include "services/services.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <optional>

using namespace mostrador;
using namespace mostrador::services;

namespace {

qint64 scalar(Services& s, const QString& sql) {
    auto q = storage::run(s.database().connection(), sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// A company with the demo customers and products, and its administrator.
domain::Actor demoCompany(Services& s) {
    domain::CompanyProfile company;
    company.name = QStringLiteral("Demo");
    company.currency = domain::Currency::fromCode(u"EUR");
    auto admin =
        s.setup().initialize(company, QStringLiteral("admin"), QStringLiteral("admin-password"));
    EXPECT_TRUE(admin);
    EXPECT_TRUE(admin && s.setup().loadDemo(*admin, 20, 30));
    return admin ? *admin : domain::Actor{};
}

const QString kArBalances =
    QStringLiteral("SELECT COALESCE(SUM(ar_balance), 0) FROM customer_accounts");
const QString kArFromDocuments = QStringLiteral(
    "SELECT (SELECT COALESCE(SUM(total), 0) FROM invoices WHERE status <> 'draft') - (SELECT "
    "COALESCE(SUM(amount), 0) FROM deposit_applications) - (SELECT COALESCE(SUM(amount), 0) "
    "FROM payments) + (SELECT COALESCE(SUM(amount), 0) FROM chargebacks) - (SELECT "
    "COALESCE(SUM(total), 0) FROM credit_notes)");

} // namespace

TEST(DemoSales, TheDemoCompanyHasQuotationsInEveryStateAndAWholesaleList) {
    QTemporaryDir dir;
    auto s = Services::open(dir.filePath(QStringLiteral("demo.db")));
    ASSERT_TRUE(s);
    std::optional<domain::Actor> admin;
    ASSERT_NO_FATAL_FAILURE(admin = demoCompany(**s));
    auto loaded = loadDemoSales(**s, *admin, 10);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    for (const char* state : {"draft", "sent", "accepted", "rejected", "expired"}) {
        QuotationListQuery query;
        query.status = QString::fromLatin1(state);
        EXPECT_EQ(*(*s)->quotations().count(*admin, query), 2) << state;
    }
    // Two accepted quotations and ten orders of their own.
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 12);
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM customers WHERE price_list = "
                                         "'MAYORISTA'")),
              5);
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM price_rules")), 0);
}

TEST(DemoSales, TheDemoCompanyHasOrdersInEveryStateSomeWithDeposits) {
    QTemporaryDir dir;
    auto s = Services::open(dir.filePath(QStringLiteral("demo.db")));
    ASSERT_TRUE(s);
    std::optional<domain::Actor> admin;
    ASSERT_NO_FATAL_FAILURE(admin = demoCompany(**s));
    auto loaded = loadDemoSales(**s, *admin, 0, 16);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    for (const char* state :
         {"draft", "confirmed", "credit_hold", "awaiting_approval", "cancelled"}) {
        OrderListQuery query;
        query.status = QString::fromLatin1(state);
        EXPECT_GT(*(*s)->orders().count(*admin, query), 0) << state;
    }
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM deposits")), 0);
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE "
                                         "release_reason <> ''")),
              0);
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM customers WHERE on_hold = 1")), 0);
}

TEST(DemoSales, TheDemoCompanyHasInvoicesPaymentsAndAReturnThatAddUp) {
    QTemporaryDir dir;
    auto s = Services::open(dir.filePath(QStringLiteral("demo.db")));
    ASSERT_TRUE(s);
    std::optional<domain::Actor> admin;
    ASSERT_NO_FATAL_FAILURE(admin = demoCompany(**s));
    auto loaded = loadDemoSales(**s, *admin, 0, 24);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    // Every shipment's order is invoiced.
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM shipments sh WHERE NOT EXISTS "
                                         "(SELECT 1 FROM invoice_lines l WHERE l.order_id = "
                                         "sh.order_id)")),
              0);
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid'")),
              0);
    EXPECT_GT(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM returns")), 1);
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 1);
    // The customers' AR balances are what the documents say.
    EXPECT_EQ(scalar(**s, kArBalances), scalar(**s, kArFromDocuments));
}

// The first start's demo company: today's desk on top of two years of history, both
// adding up, with the history's salespeople able to log in.
TEST(DemoSales, TheDemoCompanyHasTwoYearsOfHistoryUnderTodaysDesk) {
    QTemporaryDir dir;
    auto s = Services::open(dir.filePath(QStringLiteral("demo.db")));
    ASSERT_TRUE(s);
    domain::CompanyProfile company;
    company.name = QStringLiteral("Demo");
    company.currency = domain::Currency::fromCode(u"EUR");
    auto admin = (*s)->setup().initialize(company, QStringLiteral("admin"),
                                          QStringLiteral("admin-password"));
    ASSERT_TRUE(admin);
    auto loaded = loadDemoCompany(**s, *admin, {20, 30, 10, 400}, QStringLiteral("admin-password"));
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();

    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM customers")), 20);
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM quotations")), 10);
    EXPECT_GE(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 400 + 12);
    EXPECT_GE(scalar(**s, QStringLiteral("SELECT COUNT(DISTINCT substr(date, 1, 7)) FROM "
                                         "invoices")),
              20);
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 1);
    EXPECT_EQ(scalar(**s, kArBalances), scalar(**s, kArFromDocuments));
    // The summaries hold the posted invoices net of the demo's credit note.
    EXPECT_EQ(scalar(**s, QStringLiteral("SELECT SUM(sales) FROM sales_by_month")),
              scalar(**s, QStringLiteral("SELECT (SELECT SUM(l.net) FROM invoice_lines l JOIN "
                                         "invoices i ON i.id = l.invoice_id WHERE i.status <> "
                                         "'draft') - (SELECT SUM(net) FROM credit_note_lines)")));
    auto salesUsers = (*s)->users().list(*admin);
    ASSERT_TRUE(salesUsers);
    const auto seller = std::find_if(salesUsers->begin(), salesUsers->end(),
                                     [](const auto& u) { return u.role == domain::Role::Sales; });
    ASSERT_NE(seller, salesUsers->end());
    EXPECT_TRUE((*s)->users().login(seller->name, QStringLiteral("admin-password")));
}
