// SPDX-License-Identifier: MIT
#include "import_fixture.h"
#include "storage/settings_repository.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class ProductImportTest : public test::ImportFixture {
protected:
    void SetUp() override {
        storage::SettingsRepository settings(*t.db);
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(
            settings.setValue(QStringLiteral("product.default_tax"), QStringLiteral("IVA21")));
    }

    Result<ImportReport> importCsv(const QByteArray& csv, bool dryRun = false) {
        return imports.importProducts(admin, writeFile(csv), dryRun);
    }

    qint64 productCount() { return countOf(QStringLiteral("products")); }
};

} // namespace

TEST_F(ProductImportTest, AGoodFileImportsProductsWithTheirOpeningStock) {
    auto r =
        importCsv("Tracked,Stock,sku,name,price,cost,tax,weight,category,unit\n"
                  "yes,12.5,tor-m6,\"Tornillo M6, caja\",0.0125,0.01,iva21,1.25,Tornillería,caja\n"
                  "no,,SRV-1,Montaje,45,,,,Servicios,h\n"
                  ",,PLAIN,Plain,1,,,,,\n");
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 3);
    auto screw = products.get(admin, QStringLiteral("TOR-M6"));
    ASSERT_TRUE(screw);
    EXPECT_EQ(screw->name, QStringLiteral("Tornillo M6, caja"));
    EXPECT_EQ(screw->unit, QStringLiteral("caja"));
    EXPECT_EQ(screw->listPrice, UnitPrice::fromTenThousandths(125));
    EXPECT_EQ(screw->standardCost, UnitPrice::fromTenThousandths(100));
    EXPECT_EQ(screw->weightKg, Quantity::fromThousandths(1250));
    EXPECT_EQ(screw->taxCode, QStringLiteral("IVA21"));
    EXPECT_TRUE(screw->tracked);
    auto level = products.stockLevel(admin, QStringLiteral("TOR-M6"));
    ASSERT_TRUE(level) << level.error().message.toStdString();
    EXPECT_EQ(level->onHand, Quantity::fromThousandths(12500));
    auto service = products.get(admin, QStringLiteral("SRV-1"));
    ASSERT_TRUE(service);
    EXPECT_FALSE(service->tracked);
    EXPECT_EQ(service->taxCode, QStringLiteral("IVA21")); // the default tax
    auto plain = products.get(admin, QStringLiteral("PLAIN"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->unit, Product().unit);
    EXPECT_TRUE(plain->tracked);
    auto audit = ctx.audit.list(QStringLiteral("product"), QStringLiteral("in.csv"));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("product.import"));
}

TEST_F(ProductImportTest, EveryBadCellIsListedAndNothingIsImported) {
    const qint64 audits = countOf(QStringLiteral("audit_log"));
    auto r = importCsv("sku,name,price,cost,tax,weight,stock,tracked\n"
                       "A1,Alfa,\"12,50\",abc,,,,\n"  // line 2: price, cost
                       "B1,Beta,1,,IVA99,-1,,maybe\n" // line 3: tracked, weight, tax
                       "C1,Gamma,1,,,,-2,\n"          // line 4: negative stock
                       "D1,Delta,1,,,,5,no\n"         // line 5: stock on untracked
                       "bad sku,,,,,,,\n");           // line 6: price, sku
    ASSERT_TRUE(r);
    EXPECT_EQ(r->imported, 0);
    QStringList found;
    for (const ImportIssue& i : r->errors)
        found.append(QString::number(i.line) + u':' + i.column);
    EXPECT_EQ(found, (QStringList{QStringLiteral("2:price"), QStringLiteral("2:cost"),
                                  QStringLiteral("3:tracked"), QStringLiteral("3:weight"),
                                  QStringLiteral("3:tax"), QStringLiteral("4:stock"),
                                  QStringLiteral("5:stock"), QStringLiteral("6:price"),
                                  QStringLiteral("6:sku")}))
        << test::describe(*r);
    EXPECT_EQ(productCount(), 0);
    EXPECT_EQ(countOf(QStringLiteral("stock_movements")), 0);
    EXPECT_EQ(countOf(QStringLiteral("audit_log")), audits);
}

TEST_F(ProductImportTest, DuplicateSkusInTheFileAndTheDatabaseAreListed) {
    Product existing;
    existing.sku = QStringLiteral("OLD");
    existing.name = QStringLiteral("Old");
    ASSERT_TRUE(products.create(admin, existing));
    auto r = importCsv("sku,name,price\nNEW,New,1\nold,Again,1\nnew,New again,2\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 2) << test::describe(*r);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[1].line, 4);
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("line 2")));
    EXPECT_EQ(productCount(), 1);
}

TEST_F(ProductImportTest, PriceIsARequiredColumn) {
    auto r = importCsv("sku,name\nA1,Alfa\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("import.missing_column"));
    EXPECT_EQ(r.error().field, QStringLiteral("price"));
}

TEST_F(ProductImportTest, ADryRunChecksEverythingAndWritesNothing) {
    auto r = importCsv("sku,name,price,stock\nA1,Alfa,1,3\n", true);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->ok());
    EXPECT_EQ(r->rows, 1);
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(productCount(), 0);
    EXPECT_EQ(countOf(QStringLiteral("stock_movements")), 0);
}

TEST_F(ProductImportTest, OnlyRolesThatMayImportAndEditProductsMayImportThem) {
    for (Role role : {Role::Sales, Role::Warehouse, Role::Accounting}) {
        auto r = imports.importProducts(test::actorWithRole(role),
                                        writeFile("sku,name,price\nA,A,1\n"), false);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    }
    auto manager = imports.importProducts(test::actorWithRole(Role::Manager),
                                          writeFile("sku,name,price\nA,A,1\n"), false);
    ASSERT_TRUE(manager);
    EXPECT_EQ(manager->imported, 1);
}
