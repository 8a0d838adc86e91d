// SPDX-License-Identifier: MIT
#include "services/customer_service.h"
#include "services/price_list_service.h"
#include "services/product_service.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "support/sample_records.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

using test::cents;

class PriceListServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(prices.createList(admin, QStringLiteral("MAYOR"), QStringLiteral("Mayorista")));
        ASSERT_TRUE(products.create(
            admin, test::sampleProduct(QStringLiteral("TOR-M6"), QStringLiteral("TOR"))));
        ASSERT_TRUE(products.create(
            admin, test::sampleProduct(QStringLiteral("TOR-M8"), QStringLiteral("TOR"))));
        ASSERT_TRUE(customers.create(
            admin, test::sampleCustomer(QStringLiteral("ALFA"), QStringLiteral("MAYOR"))));
        ASSERT_TRUE(customers.create(
            admin, test::sampleCustomer(QStringLiteral("BETA"), QStringLiteral("MAYOR"))));
        ASSERT_TRUE(customers.create(admin, test::sampleCustomer(QStringLiteral("GAMA"), {})));
    }

    static PriceRule priceRule(const QString& sku, qint64 priceCents) {
        PriceRule r;
        r.priceListCode = QStringLiteral("MAYOR");
        r.sku = sku;
        r.fixedPrice = cents(priceCents);
        return r;
    }

    static PriceRule categoryDiscount(const QString& category, qint64 pct) {
        PriceRule r;
        r.priceListCode = QStringLiteral("MAYOR");
        r.category = category;
        r.discount = Percent::fromWhole(pct);
        return r;
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 rulesAndAudits() {
        return scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM price_rules) * 1000 + "
                                     "(SELECT COUNT(*) FROM audit_log)"));
    }

    PriceDecision price(const QString& customer, const QString& sku, qint64 units,
                        QDate date = QDate(2025, 6, 15)) {
        auto d = prices.priceFor(admin, customer, sku, Quantity::fromUnits(units), date);
        EXPECT_TRUE(d) << (d ? "" : d.error().message.toStdString());
        return d ? *d : PriceDecision{};
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    storage::SettingsRepository settings{*t.db};
    CustomerService customers{ctx};
    ProductService products{ctx};
    PriceListService prices{ctx};
    Actor admin = test::admin();
};

} // namespace

TEST_F(PriceListServiceTest, ADuplicateListIsRefusedAndNothingIsWritten) {
    const qint64 audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto dup = prices.createList(admin, QStringLiteral(" mayor "), QStringLiteral("Other"));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, QStringLiteral("price_list.duplicate"));
    EXPECT_EQ(dup.error().kind, ErrorKind::Rule);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM price_lists")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

TEST_F(PriceListServiceTest, ANewListIsUpperCasedInTheCompanyCurrencyAndAudited) {
    ctx.currency = Currency::fromCode(u"USD");
    auto made = prices.createList(admin, QStringLiteral("vip"), QStringLiteral("VIP"));
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(made->code, QStringLiteral("VIP"));
    EXPECT_EQ(made->currency.code(), QStringLiteral("USD"));
    auto chf = prices.createList(admin, QStringLiteral("CH"), QStringLiteral("Suiza"),
                                 Currency::fromCode(u"CHF"));
    ASSERT_TRUE(chf);
    EXPECT_EQ(chf->currency.code(), QStringLiteral("CHF"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'price_list.create'")),
        3);
    auto all = prices.lists(admin);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).currency.code(), QStringLiteral("USD"));
}

TEST_F(PriceListServiceTest, AnInvalidListCodeIsRefused) {
    auto bad = prices.createList(admin, QStringLiteral("MAY OR"), QStringLiteral("x"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("code"));
}

TEST_F(PriceListServiceTest, RuleValidationErrorsNameTheField) {
    const qint64 before = rulesAndAudits();
    PriceRule both = priceRule(QStringLiteral("TOR-M6"), 900);
    both.category = QStringLiteral("TOR");
    PriceRule negative = priceRule(QStringLiteral("TOR-M6"), -1);
    PriceRule tooMuch = categoryDiscount(QStringLiteral("TOR"), 101);
    PriceRule dates = priceRule(QStringLiteral("TOR-M6"), 900);
    dates.validFrom = QDate(2025, 2, 1);
    dates.validTo = QDate(2025, 1, 1);
    const std::pair<PriceRule, const char*> cases[] = {
        {both, "sku"}, {negative, "price"}, {tooMuch, "discount"}, {dates, "to"}};
    for (const auto& [rule, field] : cases) {
        auto added = prices.addRule(admin, rule);
        ASSERT_FALSE(added) << field;
        EXPECT_EQ(added.error().kind, ErrorKind::Invalid);
        EXPECT_EQ(added.error().field, QString::fromLatin1(field));
    }
    EXPECT_EQ(rulesAndAudits(), before);
}

TEST_F(PriceListServiceTest, UnknownListProductOrCustomerIsRefusedAndNothingIsWritten) {
    const qint64 before = rulesAndAudits();
    PriceRule noList = priceRule(QStringLiteral("TOR-M6"), 900);
    noList.priceListCode = QStringLiteral("NADA");
    PriceRule noSku = priceRule(QStringLiteral("NADA"), 900);
    PriceRule noCustomer = priceRule(QStringLiteral("TOR-M6"), 900);
    noCustomer.customerCode = QStringLiteral("NADIE");
    const std::pair<PriceRule, const char*> cases[] = {
        {noList, "price_list"}, {noSku, "sku"}, {noCustomer, "customer"}};
    for (const auto& [rule, field] : cases) {
        auto added = prices.addRule(admin, rule);
        ASSERT_FALSE(added) << field;
        EXPECT_EQ(added.error().field, QString::fromLatin1(field));
    }
    EXPECT_EQ(rulesAndAudits(), before);
}

TEST_F(PriceListServiceTest, AnAddedRuleIsStoredWholeAndAudited) {
    PriceRule r = priceRule(QStringLiteral("tor-m6"), 900);
    r.customerCode = QStringLiteral("alfa");
    r.minQty = Quantity::fromUnits(10);
    r.validFrom = QDate(2025, 1, 1);
    auto added = prices.addRule(admin, r);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_GT(added->id, 0);
    auto stored = prices.rules(admin, QStringLiteral("mayor"));
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0), *added);
    EXPECT_EQ(stored->at(0).sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(stored->at(0).customerCode, QStringLiteral("ALFA"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'price_rule.add'")),
        1);
    EXPECT_FALSE(prices.rules(admin, QStringLiteral("NADA")));
}

TEST_F(PriceListServiceTest, ACustomerRuleBeatsAListRule) {
    ASSERT_TRUE(prices.addRule(admin, priceRule(QStringLiteral("TOR-M6"), 800)));
    PriceRule own = priceRule(QStringLiteral("TOR-M6"), 850);
    own.customerCode = QStringLiteral("ALFA");
    ASSERT_TRUE(prices.addRule(admin, own));
    EXPECT_EQ(price(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 1).unitPrice, cents(850));
    EXPECT_EQ(price(QStringLiteral("BETA"), QStringLiteral("TOR-M6"), 1).unitPrice, cents(800));
}

TEST_F(PriceListServiceTest, ACustomerRuleFromAnotherListStillApplies) {
    ASSERT_TRUE(prices.createList(admin, QStringLiteral("OTRA"), QStringLiteral("Otra")));
    PriceRule own = priceRule(QStringLiteral("TOR-M6"), 700);
    own.priceListCode = QStringLiteral("OTRA");
    own.customerCode = QStringLiteral("GAMA");
    ASSERT_TRUE(prices.addRule(admin, own));
    EXPECT_EQ(price(QStringLiteral("GAMA"), QStringLiteral("TOR-M6"), 1).unitPrice, cents(700));
}

TEST_F(PriceListServiceTest, AProductRuleBeatsACategoryRule) {
    ASSERT_TRUE(prices.addRule(admin, categoryDiscount(QStringLiteral("TOR"), 10)));
    ASSERT_TRUE(prices.addRule(admin, priceRule(QStringLiteral("TOR-M6"), 950)));
    const PriceDecision m6 = price(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 1);
    EXPECT_EQ(m6.unitPrice, cents(950));
    EXPECT_EQ(m6.discount, Percent());
    const PriceDecision m8 = price(QStringLiteral("ALFA"), QStringLiteral("TOR-M8"), 1);
    EXPECT_EQ(m8.unitPrice, cents(1000));
    EXPECT_EQ(m8.discount, Percent::fromWhole(10));
}

TEST_F(PriceListServiceTest, TheHighestQuantityBreakReachedApplies) {
    for (auto [units, priceCents] : {std::pair{0, 990}, {10, 900}, {100, 800}}) {
        PriceRule r = priceRule(QStringLiteral("TOR-M6"), priceCents);
        r.minQty = Quantity::fromUnits(units);
        ASSERT_TRUE(prices.addRule(admin, r));
    }
    EXPECT_EQ(price(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 9).unitPrice, cents(990));
    EXPECT_EQ(price(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 10).unitPrice, cents(900));
    EXPECT_EQ(price(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 250).unitPrice, cents(800));
}

TEST_F(PriceListServiceTest, ARuleAppliesOnlyBetweenItsDates) {
    PriceRule r = priceRule(QStringLiteral("TOR-M6"), 500);
    r.validFrom = QDate(2025, 7, 1);
    r.validTo = QDate(2025, 7, 31);
    ASSERT_TRUE(prices.addRule(admin, r));
    const QString alfa = QStringLiteral("ALFA");
    const QString m6 = QStringLiteral("TOR-M6");
    EXPECT_EQ(price(alfa, m6, 1, QDate(2025, 6, 30)).unitPrice, cents(1000));
    EXPECT_EQ(price(alfa, m6, 1, QDate(2025, 7, 1)).unitPrice, cents(500));
    EXPECT_EQ(price(alfa, m6, 1, QDate(2025, 7, 31)).unitPrice, cents(500));
    EXPECT_EQ(price(alfa, m6, 1, QDate(2025, 8, 1)).unitPrice, cents(1000));
}

TEST_F(PriceListServiceTest, ACustomerWithoutAListPaysTheListPrice) {
    ASSERT_TRUE(prices.addRule(admin, priceRule(QStringLiteral("TOR-M6"), 800)));
    const PriceDecision d = price(QStringLiteral("GAMA"), QStringLiteral("TOR-M6"), 5);
    EXPECT_EQ(d.unitPrice, cents(1000));
    EXPECT_FALSE(d.rule);
}

TEST_F(PriceListServiceTest, SalesMayPriceButNotAddRules) {
    const Actor sales = test::actorWithRole(Role::Sales, QStringLiteral("ana"));
    const qint64 before = rulesAndAudits();
    auto added = prices.addRule(sales, priceRule(QStringLiteral("TOR-M6"), 800));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(prices.createList(sales, QStringLiteral("X"), QStringLiteral("X")));
    EXPECT_EQ(rulesAndAudits(), before);
    EXPECT_TRUE(prices.priceFor(sales, QStringLiteral("ALFA"), QStringLiteral("TOR-M6"),
                                Quantity::fromUnits(1), QDate(2025, 6, 15)));
    EXPECT_TRUE(roleAllows(Role::Manager, Permission::ManagePrices));
    EXPECT_FALSE(roleAllows(Role::Warehouse, Permission::ManagePrices));
    EXPECT_FALSE(roleAllows(Role::Accounting, Permission::ManagePrices));
}
