// SPDX-License-Identifier: MIT
#include "import_fixture.h"
#include "services/price_list_service.h"
#include "storage/settings_repository.h"
#include "support/sample_records.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

using test::cents;

class PriceImportTest : public test::ImportFixture {
protected:
    void SetUp() override {
        storage::SettingsRepository settings(*t.db);
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(prices.createList(admin, QStringLiteral("MAYOR"), QStringLiteral("Mayorista")));
        for (const char* sku : {"TOR-M6", "TOR-M8"})
            ASSERT_TRUE(products.create(admin, test::sampleProduct(QString::fromLatin1(sku),
                                                                   QStringLiteral("Tornillería"))));
        ASSERT_TRUE(customers.create(
            admin, test::sampleCustomer(QStringLiteral("ALFA"), QStringLiteral("MAYOR"))));
    }

    Result<ImportReport> importCsv(const QByteArray& csv, bool dryRun = false) {
        return imports.importPrices(admin, writeFile(csv), dryRun);
    }
    qint64 ruleCount() { return countOf(QStringLiteral("price_rules")); }
    // "line:column" of every issue, in order.
    static QStringList where(const ImportReport& r) {
        QStringList out;
        for (const ImportIssue& i : r.errors)
            out << QString::number(i.line) + u':' + i.column;
        return out;
    }

    PriceListService prices{ctx};
};

} // namespace

TEST_F(PriceImportTest, AGoodFileImportsEveryKindOfRule) {
    auto r = importCsv("Price_List,sku,category,customer,min_qty,price,discount,from,to\n"
                       "mayor,tor-m6,,,,9.5,,,\n"
                       "MAYOR,,Tornillería,,100,,12.5,2026-01-01,2026-12-31\n"
                       "MAYOR,TOR-M8,,alfa,10,8.1234,,,\n");
    ASSERT_TRUE(r) << r.error().message.toStdString();
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 3);
    EXPECT_EQ(r->rows, 3);
    auto rules = prices.rules(admin, QStringLiteral("MAYOR"));
    ASSERT_TRUE(rules);
    ASSERT_EQ(rules->size(), 3);
    EXPECT_EQ(rules->at(0).sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(rules->at(0).fixedPrice, cents(950));
    EXPECT_EQ(rules->at(1).category, QStringLiteral("Tornillería"));
    EXPECT_EQ(rules->at(1).discount, Percent::fromBasisPoints(1250));
    EXPECT_EQ(rules->at(1).minQty, Quantity::fromUnits(100));
    EXPECT_EQ(rules->at(1).validFrom, QDate(2026, 1, 1));
    EXPECT_EQ(rules->at(1).validTo, QDate(2026, 12, 31));
    EXPECT_EQ(rules->at(2).customerCode, QStringLiteral("ALFA"));
    EXPECT_EQ(rules->at(2).fixedPrice, UnitPrice::fromTenThousandths(81234));
    // The engine sees the imported rules.
    auto d = prices.priceFor(admin, QStringLiteral("ALFA"), QStringLiteral("TOR-M8"),
                             Quantity::fromUnits(10), QDate(2026, 3, 1));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->unitPrice, UnitPrice::fromTenThousandths(81234));
    auto audit = ctx.audit.list(QStringLiteral("price_rule"), QStringLiteral("in.csv"));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("price_rule.import"));
}

TEST_F(PriceImportTest, ImportingAgainUpdatesTheSameRulesInsteadOfDoublingThem) {
    const QByteArray header = "price_list,sku,category,customer,min_qty,price,discount,from,to\n";
    ASSERT_TRUE(importCsv(header + "MAYOR,TOR-M6,,,,9.5,,,\n"
                                   "MAYOR,TOR-M6,,,10,9,,,\n"
                                   "MAYOR,,Tornillería,,,,5,2026-01-01,\n")
                    ->ok());
    ASSERT_EQ(ruleCount(), 3);
    auto again = importCsv(header + "MAYOR,TOR-M6,,,,9.25,,,\n"             // same rule, new price
                                    "MAYOR,,Tornillería,,,,7,2026-01-01,\n" // same, new discount
                                    "MAYOR,,Tornillería,,,,6,2026-02-01,\n" // other dates: new
                                    "MAYOR,TOR-M6,,ALFA,,8,,,\n");          // for one customer
    ASSERT_TRUE(again && again->ok()) << test::describe(*again);
    EXPECT_EQ(again->imported, 4);
    auto rules = prices.rules(admin, QStringLiteral("MAYOR"));
    ASSERT_TRUE(rules);
    ASSERT_EQ(rules->size(), 5);
    EXPECT_EQ(rules->at(0).fixedPrice, cents(925));
    EXPECT_EQ(rules->at(1).fixedPrice, cents(900)); // the 10-unit break is untouched
    EXPECT_EQ(rules->at(2).discount, Percent::fromWhole(7));
    EXPECT_EQ(rules->at(3).validFrom, QDate(2026, 2, 1));
    EXPECT_EQ(rules->at(4).customerCode, QStringLiteral("ALFA"));
}

TEST_F(PriceImportTest, EveryBadCellIsListedByLineAndColumnAndNothingIsImported) {
    auto r = importCsv("price_list,sku,category,customer,min_qty,price,discount,from,to\n"
                       "MAYOR,TOR-M6,,,,9.50,,,\n"                  // good
                       "NADA,TOR-M6,,,,1,,,\n"                      // 3 unknown list
                       "MAYOR,NADA,,,,1,,,\n"                       // 4 unknown sku
                       "MAYOR,TOR-M6,,NADIE,,1,,,\n"                // 5 unknown customer
                       "MAYOR,TOR-M6,,,diez,1,,,\n"                 // 6 bad quantity
                       "MAYOR,TOR-M6,,,,9,50,,,\n"                  // 7 one field too many
                       "MAYOR,TOR-M6,,,,abc,,,\n"                   // 8 bad price
                       "MAYOR,TOR-M6,,,,,x%,,\n"                    // 9 bad discount
                       "MAYOR,TOR-M6,,,,1,,31/12/2026,\n"           // 10 bad from
                       "MAYOR,TOR-M6,,,,1,,,2026-02-30\n"           // 11 bad to
                       "MAYOR,TOR-M6,,,,1,,2026-02-01,2026-01-01\n" // 12 ends before start
                       "MAYOR,TOR-M6,TOR,,,1,,,\n"                  // 13 product and category
                       "MAYOR,TOR-M6,,,,1,5,,\n"                    // 14 price and discount
                       "MAYOR,TOR-M6,,,,,,,\n"                      // 15 neither
                       "MAYOR,TOR-M6,,,,,101,,\n"                   // 16 discount over 100
                       "MAYOR,TOR-M6,,,-1,1,,,\n"                   // 17 negative quantity
                       "MAYOR,TOR-M6,,,,-1,,,\n"                    // 18 negative price
                       ",TOR-M6,,,,1,,,\n");                        // 19 no list
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_FALSE(r->ok());
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(where(*r),
              (QStringList{u"3:price_list"_s, u"4:sku"_s, u"5:customer"_s, u"6:min_qty"_s, u"7:"_s,
                           u"8:price"_s, u"9:discount"_s, u"10:from"_s, u"11:to"_s, u"12:to"_s,
                           u"13:sku"_s, u"14:price"_s, u"15:price"_s, u"16:discount"_s,
                           u"17:min_qty"_s, u"18:price"_s, u"19:price_list"_s}))
        << test::describe(*r);
    for (const ImportIssue& issue : r->errors)
        EXPECT_FALSE(issue.message.isEmpty());
    EXPECT_EQ(ruleCount(), 0);
}

TEST_F(PriceImportTest, TheSameRuleTwiceInAFileIsRefused) {
    auto r = importCsv("price_list,sku,category,customer,min_qty,price,discount,from,to\n"
                       "MAYOR,TOR-M6,,,10,9,,,\n"
                       "MAYOR,TOR-M6,,,10.000,8,,,\n"       // 3 the same, once read
                       "MAYOR,TOR-M6,,ALFA,10,8,,,\n"       // another customer
                       "MAYOR,TOR-M6,,,10,8,,2026-01-01,\n" // other dates
                       "MAYOR,,Tornillería,,,,5,,\n"
                       "mayor,,Tornillería,,0,,6,,\n"); // 7 the same category rule
    ASSERT_TRUE(r);
    EXPECT_EQ(where(*r), (QStringList{u"3:sku"_s, u"7:category"_s})) << test::describe(*r);
    EXPECT_TRUE(r->errors.first().message.contains(u"line 2")) << test::describe(*r);
    EXPECT_EQ(ruleCount(), 0);
}

TEST_F(PriceImportTest, TheListColumnIsRequiredAndUnknownColumnsAreRefused) {
    auto noList = importCsv("sku,price\nTOR-M6,1\n");
    ASSERT_FALSE(noList);
    EXPECT_EQ(noList.error().field, QStringLiteral("price_list"));
    auto unknown = importCsv("price_list,sku,precio\nMAYOR,TOR-M6,1\n");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("import.unknown_column"));
    EXPECT_EQ(ruleCount(), 0);
}

TEST_F(PriceImportTest, ADryRunChecksEverythingAndWritesNothing) {
    const QByteArray csv = "price_list,sku,price\nMAYOR,TOR-M6,9\nMAYOR,TOR-M8,8\n";
    auto dry = importCsv(csv, true);
    ASSERT_TRUE(dry);
    EXPECT_TRUE(dry->ok()) << test::describe(*dry);
    EXPECT_EQ(dry->rows, 2);
    EXPECT_EQ(dry->imported, 0);
    EXPECT_EQ(ruleCount(), 0);
    EXPECT_EQ(countOf(QStringLiteral("audit_log WHERE action = 'price_rule.import'")), 0);
    auto bad = importCsv("price_list,sku,price\nMAYOR,NADA,9\n", true);
    ASSERT_TRUE(bad);
    EXPECT_EQ(where(*bad), QStringList{u"2:sku"_s});
}

TEST_F(PriceImportTest, ACancelledImportKeepsNothing) {
    auto r = imports.importPrices(admin, writeFile("price_list,sku,price\nMAYOR,TOR-M6,9\n"), false,
                                  [](int done, int total) { return done < total; });
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->cancelled);
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(ruleCount(), 0);
}

TEST_F(PriceImportTest, OnlyRolesThatMayImportAndManagePricesMayImportThem) {
    const QString path = writeFile("price_list,sku,price\nMAYOR,TOR-M6,9\n");
    for (Role role : {Role::Sales, Role::Warehouse, Role::Accounting}) {
        auto r = imports.importPrices(test::actorWithRole(role), path, false);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    }
    EXPECT_EQ(ruleCount(), 0);
    auto manager = imports.importPrices(test::actorWithRole(Role::Manager), path, false);
    ASSERT_TRUE(manager) << manager.error().message.toStdString();
    EXPECT_EQ(manager->imported, 1);
}
