// SPDX-License-Identifier: MIT
#include "services/product_service.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class ProductServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA10"), QStringLiteral("IVA 10 %"), Percent::fromWhole(10)}));
    }

    static Product item(const QString& sku, const QString& name = QStringLiteral("Tornillo"),
                        qint64 priceCents = 100) {
        Product p;
        p.sku = sku;
        p.name = name;
        p.listPrice = UnitPrice::fromTenThousandths(priceCents * 100);
        p.taxCode = QStringLiteral("IVA21");
        return p;
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    storage::SettingsRepository settings{*t.db};
    ProductService products{ctx};
    Actor admin = test::admin();
};

} // namespace

TEST_F(ProductServiceTest, CreateNormalizesTheSkuAndStoresWeightInGrams) {
    Product p = item(QStringLiteral(" tor-m6 "));
    p.weightKg = Quantity::fromThousandths(1250);
    auto created = products.create(admin, p);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(created->sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(created->version, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT weight_g FROM products")), 1250);
    auto read = products.get(admin, QStringLiteral("tor-m6"));
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, *created);
}

TEST_F(ProductServiceTest, DuplicateSkuIsARuleErrorOnTheSkuField) {
    ASSERT_TRUE(products.create(admin, item(QStringLiteral("A1"))));
    auto dup = products.create(admin, item(QStringLiteral("a1"), QStringLiteral("Otro")));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().kind, ErrorKind::Rule);
    EXPECT_EQ(dup.error().code, QStringLiteral("product.duplicate_sku"));
    EXPECT_EQ(dup.error().field, QStringLiteral("sku"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

TEST_F(ProductServiceTest, UnknownTaxCodeIsRefused) {
    Product p = item(QStringLiteral("A1"));
    p.taxCode = QStringLiteral("IVA99");
    auto r = products.create(admin, p);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("tax"));
    EXPECT_EQ(*products.count(admin, {}), 0);
}

TEST_F(ProductServiceTest, EmptyTaxCodeTakesTheDefaultSetting) {
    Product p = item(QStringLiteral("A1"));
    p.taxCode.clear();
    auto none = products.create(admin, p);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->taxCode.isEmpty());
    ASSERT_TRUE(settings.setValue(QStringLiteral("product.default_tax"), QStringLiteral("IVA10")));
    p.sku = QStringLiteral("A2");
    auto defaulted = products.create(admin, p);
    ASSERT_TRUE(defaulted);
    EXPECT_EQ(defaulted->taxCode, QStringLiteral("IVA10"));
}

TEST_F(ProductServiceTest, InitialStockIsBookedAsAnAdjustment) {
    auto created = products.create(admin, item(QStringLiteral("A1")), Quantity::fromUnits(12));
    ASSERT_TRUE(created) << created.error().message.toStdString();
    auto level = products.stockLevel(admin, QStringLiteral("A1"));
    ASSERT_TRUE(level);
    EXPECT_EQ(level->onHand, Quantity::fromUnits(12));
    StockService stock(ctx);
    auto moves = stock.movements(admin, QStringLiteral("A1"));
    ASSERT_TRUE(moves);
    ASSERT_EQ(moves->size(), 1);
    EXPECT_EQ(moves->first().reason, QStringLiteral("initial stock"));
    EXPECT_EQ(moves->first().kind, QStringLiteral("adjustment"));
    EXPECT_EQ(moves->first().userName, QStringLiteral("admin"));
}

TEST_F(ProductServiceTest, InitialStockOnAnUntrackedProductRefusesTheWholeCreation) {
    Product p = item(QStringLiteral("PORTES"));
    p.tracked = false;
    auto r = products.create(admin, p, Quantity::fromUnits(1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("stock.untracked"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM products")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

TEST_F(ProductServiceTest, UpdateKeepsTheSkuAndChecksTheVersion) {
    auto created = products.create(admin, item(QStringLiteral("A1")));
    ASSERT_TRUE(created);
    Product renamed = *created;
    renamed.sku = QStringLiteral("B1");
    auto r = products.update(admin, renamed);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("product.sku_immutable"));

    Product first = *created, second = *created;
    first.name = QStringLiteral("Primero");
    second.name = QStringLiteral("Segundo");
    auto updated = products.update(admin, first);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->version, 2);
    auto stale = products.update(admin, second);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QStringLiteral("product.stale"));
    EXPECT_EQ(products.get(admin, QStringLiteral("A1"))->name, QStringLiteral("Primero"));
    auto audit = ctx.audit.list(QStringLiteral("product"), QStringLiteral("A1"));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->first().action, QStringLiteral("product.update"));
    EXPECT_TRUE(audit->first().before.contains(QStringLiteral("Tornillo")));
    EXPECT_TRUE(audit->first().after.contains(QStringLiteral("Primero")));
}

TEST_F(ProductServiceTest, AProductWithStockCannotStopBeingTracked) {
    auto created = products.create(admin, item(QStringLiteral("A1")), Quantity::fromUnits(1));
    ASSERT_TRUE(created);
    Product p = *created;
    p.tracked = false;
    auto r = products.update(admin, p);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("product.untrack_with_stock"));
}

TEST_F(ProductServiceTest, SalesMayViewButNotEditProducts) {
    const Actor sales = test::actorWithRole(Role::Sales);
    auto r = products.create(sales, item(QStringLiteral("A1")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    EXPECT_TRUE(products.list(sales, {}));
    EXPECT_EQ(*products.count(admin, {}), 0);
}

TEST_F(ProductServiceTest, SearchFindsByPrefixIgnoringAccents) {
    Product a = item(QStringLiteral("TAL-10"), QStringLiteral("Taladro percutor"));
    a.category = QStringLiteral("Herramientas");
    ASSERT_TRUE(products.create(admin, a));
    ASSERT_TRUE(
        products.create(admin, item(QStringLiteral("PIN-1"), QStringLiteral("Pintura plástica"))));
    storage::ListQuery q;
    q.search = QStringLiteral("herram tala");
    auto rows = products.list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().sku, QStringLiteral("TAL-10"));
    q.search = QStringLiteral("plastica");
    EXPECT_EQ(*products.count(admin, q), 1);
}

TEST_F(ProductServiceTest, ListSortsByStockAndHidesInactive) {
    ASSERT_TRUE(products.create(admin, item(QStringLiteral("A"), QStringLiteral("a"), 300),
                                Quantity::fromUnits(5)));
    ASSERT_TRUE(products.create(admin, item(QStringLiteral("B"), QStringLiteral("b"), 100)));
    auto c = products.create(admin, item(QStringLiteral("C"), QStringLiteral("c"), 200),
                             Quantity::fromUnits(9));
    ASSERT_TRUE(c);
    storage::ListQuery q;
    q.sortKey = QStringLiteral("on_hand");
    q.descending = true;
    auto rows = products.list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).sku, QStringLiteral("C"));
    EXPECT_EQ(rows->at(0).onHand, Quantity::fromUnits(9));
    EXPECT_EQ(rows->at(2).sku, QStringLiteral("B"));
    EXPECT_TRUE(rows->at(2).onHand.isZero());

    q.sortKey = QStringLiteral("price");
    q.descending = false;
    rows = products.list(admin, q);
    EXPECT_EQ(rows->at(0).sku, QStringLiteral("B"));

    Product off = *c;
    off.active = false;
    ASSERT_TRUE(products.update(admin, off));
    EXPECT_EQ(*products.count(admin, {}), 2);
    q.includeInactive = true;
    EXPECT_EQ(*products.count(admin, q), 3);
}

TEST_F(ProductServiceTest, ChangesAreAnnouncedOnlyAfterACommit) {
    QStringList heard;
    QObject::connect(
        &ctx.notifier, &ChangeNotifier::changed,
        [&](const QString& entity, const QString& key) { heard.append(entity + u':' + key); });
    ASSERT_TRUE(products.create(admin, item(QStringLiteral("A1")), Quantity::fromUnits(2)));
    EXPECT_EQ(heard, (QStringList{QStringLiteral("product:A1"), QStringLiteral("stock:A1")}));
    heard.clear();
    EXPECT_FALSE(products.create(admin, item(QStringLiteral("A1"))));
    EXPECT_TRUE(heard.isEmpty());
}

TEST_F(ProductServiceTest, CategoriesAreEveryOneInUseOnceAndSorted) {
    const char* categories[] = {"Pintura", "", "Herramientas", "Pintura", "Fontanería"};
    int n = 0;
    for (const char* category : categories) {
        Product p = item(QStringLiteral("P%1").arg(++n));
        p.category = QString::fromUtf8(category);
        ASSERT_TRUE(products.create(admin, p));
    }
    auto listed = products.categories(admin);
    ASSERT_TRUE(listed);
    EXPECT_EQ(*listed, (QStringList{QStringLiteral("Fontanería"), QStringLiteral("Herramientas"),
                                    QStringLiteral("Pintura")}));
}
