// SPDX-License-Identifier: MIT
// PriceListService: renaming lists, changing and deleting rules, and the paged listing.
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

class PriceRuleEditTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(prices.createList(admin, QStringLiteral("MAYOR"), QStringLiteral("Mayorista")));
        ASSERT_TRUE(prices.createList(admin, QStringLiteral("OTRA"), QStringLiteral("Otra")));
        for (const char* sku : {"TOR-M6", "TOR-M8", "TUERCA_1", "TUERCAX1"})
            ASSERT_TRUE(products.create(
                admin, test::sampleProduct(QString::fromLatin1(sku), QStringLiteral("TOR"))));
        ASSERT_TRUE(customers.create(
            admin, test::sampleCustomer(QStringLiteral("ALFA"), QStringLiteral("MAYOR"))));
        auto added = prices.addRule(admin, rule(QStringLiteral("TOR-M6"), 900));
        ASSERT_TRUE(added);
        first = *added;
    }

    static PriceRule rule(const QString& sku, qint64 priceCents) {
        PriceRule r;
        r.priceListCode = QStringLiteral("MAYOR");
        r.sku = sku;
        r.fixedPrice = cents(priceCents);
        return r;
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 audits() { return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
    QList<PriceRule> stored() { return prices.rules(admin, QStringLiteral("MAYOR")).value(); }
    UnitPrice priceOfM6(qint64 units) {
        auto d = prices.priceFor(admin, QStringLiteral("ALFA"), QStringLiteral("TOR-M6"),
                                 Quantity::fromUnits(units), QDate(2025, 6, 15));
        return d ? d->unitPrice : UnitPrice();
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    storage::SettingsRepository settings{*t.db};
    CustomerService customers{ctx};
    ProductService products{ctx};
    PriceListService prices{ctx};
    Actor admin = test::admin();
    Actor sales = test::actorWithRole(Role::Sales, QStringLiteral("ana"));
    PriceRule first;
};

} // namespace

TEST_F(PriceRuleEditTest, AChangedRuleIsStoredAuditedAndPricesWithIt) {
    QStringList announced;
    QObject::connect(&ctx.notifier, &ChangeNotifier::changed,
                     [&](const QString& entity, const QString& key) { announced << entity + key; });
    PriceRule changed = first;
    changed.priceListCode.clear(); // "the same list"
    changed.sku = QStringLiteral(" tor-m6 ");
    changed.customerCode = QStringLiteral("alfa");
    changed.minQty = Quantity::fromUnits(10);
    changed.fixedPrice.reset();
    changed.discount = Percent::fromWhole(15);
    auto updated = prices.updateRule(admin, changed);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated->id, first.id);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), *updated);
    EXPECT_EQ(stored().first().customerCode, QStringLiteral("ALFA"));
    EXPECT_EQ(stored().first().priceListCode, QStringLiteral("MAYOR"));
    EXPECT_EQ(priceOfM6(9), cents(1000));
    auto ten = prices.priceFor(admin, QStringLiteral("ALFA"), QStringLiteral("TOR-M6"),
                               Quantity::fromUnits(10), QDate(2025, 6, 15));
    ASSERT_TRUE(ten);
    EXPECT_EQ(ten->discount, Percent::fromWhole(15));
    auto audit = ctx.audit.list(QStringLiteral("price_rule"), QString::number(first.id));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2);
    const auto& entry = audit->first(); // newest first
    EXPECT_EQ(entry.action, QStringLiteral("price_rule.update"));
    EXPECT_FALSE(entry.before.isEmpty());
    EXPECT_NE(entry.before, entry.after);
    EXPECT_EQ(announced, QStringList{QStringLiteral("price_rule") + QString::number(first.id)});
}

TEST_F(PriceRuleEditTest, ARefusedChangeLeavesTheRuleAsItWas) {
    const qint64 before = audits();
    PriceRule moved = first;
    moved.priceListCode = QStringLiteral("OTRA");
    PriceRule both = first;
    both.discount = Percent::fromWhole(5);
    PriceRule noSku = first;
    noSku.sku = QStringLiteral("NADA");
    PriceRule missing = first;
    missing.id = first.id + 100;
    const std::tuple<PriceRule, ErrorKind, const char*> cases[] = {
        {moved, ErrorKind::Rule, "price_list"},
        {both, ErrorKind::Invalid, "price"},
        {noSku, ErrorKind::Invalid, "sku"},
        {missing, ErrorKind::NotFound, ""}};
    for (const auto& [r, kind, field] : cases) {
        auto updated = prices.updateRule(admin, r);
        ASSERT_FALSE(updated) << field;
        EXPECT_EQ(updated.error().kind, kind) << field;
        EXPECT_EQ(updated.error().field, QString::fromLatin1(field));
    }
    EXPECT_EQ(stored(), QList<PriceRule>{first});
    EXPECT_EQ(audits(), before);
}

TEST_F(PriceRuleEditTest, ADeletedRuleIsGoneAndAudited) {
    ASSERT_TRUE(prices.deleteRule(admin, first.id));
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(priceOfM6(1), cents(1000));
    auto audit = ctx.audit.list(QStringLiteral("price_rule"), QString::number(first.id));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->first().action, QStringLiteral("price_rule.delete"));
    EXPECT_TRUE(audit->first().after.isEmpty());
    EXPECT_TRUE(audit->first().before.contains(QStringLiteral("TOR-M6")));
    auto again = prices.deleteRule(admin, first.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(prices.rule(admin, first.id));
}

TEST_F(PriceRuleEditTest, AListIsRenamedAndAuditedButNeedsAName) {
    auto renamed =
        prices.updateList(admin, QStringLiteral(" mayor "), QStringLiteral(" Al por mayor "));
    ASSERT_TRUE(renamed) << renamed.error().message.toStdString();
    EXPECT_EQ(renamed->name, QStringLiteral("Al por mayor"));
    EXPECT_EQ(prices.lists(admin)->first().name, QStringLiteral("Al por mayor"));
    auto audit = ctx.audit.list(QStringLiteral("price_list"), QStringLiteral("MAYOR"));
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->first().action, QStringLiteral("price_list.update"));
    EXPECT_TRUE(audit->first().before.contains(QStringLiteral("Mayorista")));
    EXPECT_TRUE(audit->first().after.contains(QStringLiteral("Al por mayor")));

    const qint64 before = audits();
    auto empty = prices.updateList(admin, QStringLiteral("MAYOR"), QStringLiteral("  "));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, QStringLiteral("name"));
    auto unknown = prices.updateList(admin, QStringLiteral("NADA"), QStringLiteral("x"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(prices.lists(admin)->first().name, QStringLiteral("Al por mayor"));
    EXPECT_EQ(audits(), before);
}

TEST_F(PriceRuleEditTest, OnlyManagePricesMayChangeOrDelete) {
    const qint64 before = audits();
    PriceRule changed = first;
    changed.fixedPrice = cents(1);
    auto updated = prices.updateRule(sales, changed);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().kind, ErrorKind::Permission);
    auto deleted = prices.deleteRule(sales, first.id);
    ASSERT_FALSE(deleted);
    EXPECT_EQ(deleted.error().kind, ErrorKind::Permission);
    EXPECT_FALSE(prices.updateList(sales, QStringLiteral("MAYOR"), QStringLiteral("x")));
    EXPECT_EQ(stored(), QList<PriceRule>{first});
    EXPECT_EQ(prices.lists(admin)->first().name, QStringLiteral("Mayorista"));
    EXPECT_EQ(audits(), before);
    EXPECT_TRUE(prices.rule(sales, first.id)); // looking is allowed
}

TEST_F(PriceRuleEditTest, RulesArePagedSearchedAndSortedInSql) {
    ASSERT_TRUE(prices.addRule(admin, rule(QStringLiteral("TOR-M8"), 700)));
    ASSERT_TRUE(prices.addRule(admin, rule(QStringLiteral("TUERCA_1"), 500)));
    ASSERT_TRUE(prices.addRule(admin, rule(QStringLiteral("TUERCAX1"), 600)));
    PriceRule own = rule(QStringLiteral("TOR-M8"), 650);
    own.customerCode = QStringLiteral("ALFA");
    ASSERT_TRUE(prices.addRule(admin, own));
    PriceRule other = rule(QStringLiteral("TOR-M8"), 1);
    other.priceListCode = QStringLiteral("OTRA");
    ASSERT_TRUE(prices.addRule(admin, other));
    const auto skus = [&](const storage::ListQuery& q) {
        QStringList out;
        const QList<PriceRule> page = prices.rulePage(admin, QStringLiteral("mayor"), q).value();
        for (const PriceRule& r : page)
            out << r.sku + (r.customerCode.isEmpty() ? QString() : u'/' + r.customerCode);
        return out;
    };
    storage::ListQuery q;
    EXPECT_EQ(prices.ruleCount(admin, QStringLiteral("MAYOR"), q).value(), 5);
    q.limit = 2;
    q.offset = 2;
    EXPECT_EQ(skus(q), (QStringList{QStringLiteral("TUERCA_1"), QStringLiteral("TUERCAX1")}));
    q = {};
    q.sortKey = QStringLiteral("price");
    q.descending = true;
    EXPECT_EQ(skus(q).first(), QStringLiteral("TOR-M6"));
    q = {};
    q.search = QStringLiteral("tuerca_");
    EXPECT_EQ(skus(q), QStringList{QStringLiteral("TUERCA_1")}); // "_" is no wildcard
    EXPECT_EQ(prices.ruleCount(admin, QStringLiteral("MAYOR"), q).value(), 1);
    q.search = QStringLiteral("alf");
    EXPECT_EQ(skus(q), QStringList{QStringLiteral("TOR-M8/ALFA")});
    EXPECT_FALSE(prices.rulePage(admin, QStringLiteral("NADA"), {}));
}
