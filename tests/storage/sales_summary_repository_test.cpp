// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/sales_summary_repository.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::storage;
using namespace Qt::StringLiterals;

namespace {

domain::Money eur(qint64 cents) {
    return domain::Money::fromMinor(cents);
}

domain::SalesDeltas deltas(qint64 sales, qint64 cost, qint64 qty) {
    domain::SalesDeltas d;
    d.months = {{u"2026-03"_s, u"ana"_s, eur(sales), eur(cost)}};
    d.customers = {{u"2026-03"_s, u"ana"_s, 7, eur(sales), eur(cost)}};
    d.products = {
        {u"2026-03"_s, u"ana"_s, 9, domain::Quantity::fromThousandths(qty), eur(sales), eur(cost)}};
    return d;
}

QString row(Database& db, const QString& sql) {
    auto q = run(db.connection(), sql);
    if (!q || !q->next())
        return {};
    QStringList cells;
    for (int i = 0; i < q->query().record().count(); ++i)
        cells << q->value(i).toString();
    return cells.join(u' ');
}

} // namespace

TEST(SalesSummaryRepository, AddUpsertsOneRowPerKeyAndAccumulates) {
    test::TempDatabase t;
    const domain::Currency eurCurrency;
    SalesSummaryRepository repo(*t.db, eurCurrency);
    ASSERT_TRUE(repo.add(deltas(1000, 600, 2000)));
    ASSERT_TRUE(repo.add(deltas(-250, -150, -500)));
    EXPECT_EQ(row(*t.db, u"SELECT COUNT(*), month, salesperson, sales, cost FROM sales_by_month"_s),
              u"1 2026-03 ana 750 450"_s);
    EXPECT_EQ(row(*t.db, u"SELECT COUNT(*), customer_id, sales, cost FROM sales_by_customer"_s),
              u"1 7 750 450"_s);
    EXPECT_EQ(row(*t.db, u"SELECT COUNT(*), product_id, qty, sales FROM sales_by_product"_s),
              u"1 9 1500 750"_s);
}

TEST(SalesSummaryRepository, RebuildOfADatabaseWithoutDocumentsEmptiesTheTables) {
    test::TempDatabase t;
    const domain::Currency eurCurrency;
    SalesSummaryRepository repo(*t.db, eurCurrency);
    ASSERT_TRUE(repo.add(deltas(1000, 600, 2000)));
    ASSERT_TRUE(repo.rebuild());
    for (const char* table : {"sales_by_month", "sales_by_customer", "sales_by_product"})
        EXPECT_EQ(row(*t.db, u"SELECT COUNT(*) FROM "_s + QLatin1String(table)), u"0"_s) << table;
}
