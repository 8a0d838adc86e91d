// SPDX-License-Identifier: MIT
// mostrador-cli pricelist add | rule, in-process.
#include "cli_fixture.h"
#include "storage/sql.h"

using namespace mostrador::test;

namespace {

class CliPriceTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("0"));
    }

    qint64 ruleCount() {
        auto s = open();
        auto q = mostrador::storage::run(s->database().connection(),
                                         QStringLiteral("SELECT COUNT(*) FROM price_rules"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(CliPriceTest, AddAListAndARuleAnswerJson) {
    CliRun list = json(words("pricelist add mayor --name Mayorista"));
    ASSERT_EQ(list.status, 0) << list.out.toStdString();
    EXPECT_EQ(list.object()[QStringLiteral("code")].toString(), QStringLiteral("MAYOR"));
    EXPECT_EQ(list.object()[QStringLiteral("currency")].toString(), QStringLiteral("EUR"));

    CliRun rule = json(words("pricelist rule MAYOR --sku TOR-M6 --min-qty 10 --price 0.0125 "
                             "--from 2025-01-01 --to 2025-12-31"));
    ASSERT_EQ(rule.status, 0) << rule.out.toStdString();
    const QJsonObject r = rule.object();
    EXPECT_GT(r[QStringLiteral("id")].toInteger(), 0);
    EXPECT_EQ(r[QStringLiteral("price")].toString(), QStringLiteral("0.0125"));
    EXPECT_EQ(r[QStringLiteral("min_qty")].toString(), QStringLiteral("10"));
    EXPECT_EQ(r[QStringLiteral("to")].toString(), QStringLiteral("2025-12-31"));

    CliRun discount = json(words("pricelist rule MAYOR --category TOR --discount 12.5"));
    ASSERT_EQ(discount.status, 0) << discount.out.toStdString();
    EXPECT_EQ(discount.object()[QStringLiteral("discount")].toString(), QStringLiteral("12.5"));
    EXPECT_EQ(ruleCount(), 2);
}

TEST_F(CliPriceTest, ADuplicateListIsRefused) {
    ASSERT_EQ(json(words("pricelist add MAYOR --name M")).status, 0);
    CliRun dup = json(words("pricelist add mayor --name Otra --currency usd"));
    EXPECT_EQ(dup.status, 1);
    EXPECT_EQ(dup.rule(), QStringLiteral("price_list.duplicate"));
}

TEST_F(CliPriceTest, BadRulesAreBadInputAndWriteNothing) {
    ASSERT_EQ(json(words("pricelist add MAYOR --name M")).status, 0);
    for (const char* args :
         {"pricelist rule MAYOR --sku TOR-M6 --price 1 --discount 5",
          "pricelist rule MAYOR --sku NADA --price 1", "pricelist rule NADA --sku TOR-M6 --price 1",
          "pricelist rule MAYOR --sku TOR-M6 --price 1 --from 2025-13-01"}) {
        SCOPED_TRACE(args);
        CliRun bad = json(words(args));
        EXPECT_EQ(bad.status, 2) << bad.out.toStdString();
    }
    EXPECT_EQ(ruleCount(), 0);
}

TEST_F(CliPriceTest, ImportPricesChecksWithDryRunThenImports) {
    ASSERT_EQ(json(words("pricelist add MAYOR --name M")).status, 0);
    const QString file = writeFile(QStringLiteral("prices.csv"),
                                   "price_list,sku,category,min_qty,price,discount,from,to\n"
                                   "MAYOR,TOR-M6,,10,0.0125,,2026-01-01,\n"
                                   "MAYOR,,TOR,,,12.5,,2026-12-31\n");
    CliRun dry = json(
        {QStringLiteral("import"), QStringLiteral("prices"), file, QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.status, 0) << dry.out.toStdString();
    EXPECT_EQ(dry.object()[QStringLiteral("imported")].toInt(), 0);
    EXPECT_TRUE(dry.object()[QStringLiteral("errors")].toArray().isEmpty());
    EXPECT_EQ(ruleCount(), 0);
    CliRun real = json({QStringLiteral("import"), QStringLiteral("prices"), file});
    ASSERT_EQ(real.status, 0) << real.out.toStdString();
    EXPECT_EQ(real.object()[QStringLiteral("imported")].toInt(), 2);
    EXPECT_EQ(ruleCount(), 2);
}

TEST_F(CliPriceTest, ImportPricesWithABadRowAnswersItsLineAndColumnAndImportsNothing) {
    ASSERT_EQ(json(words("pricelist add MAYOR --name M")).status, 0);
    const QString file = writeFile(QStringLiteral("prices.csv"),
                                   "sku,price_list,price\nTOR-M6,MAYOR,1\nNADA,MAYOR,2\n");
    CliRun r = json({QStringLiteral("import"), QStringLiteral("prices"), file});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_EQ(r.object()[QStringLiteral("imported")].toInt(), 0);
    const QJsonArray errors = r.object()[QStringLiteral("errors")].toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors[0][QStringLiteral("line")].toInt(), 3);
    EXPECT_EQ(errors[0][QStringLiteral("column")].toString(), QStringLiteral("sku"));
    EXPECT_FALSE(errors[0][QStringLiteral("message")].toString().isEmpty());
    EXPECT_EQ(ruleCount(), 0);
    const QString noList = writeFile(QStringLiteral("nolist.csv"), "sku,price\nTOR-M6,1\n");
    EXPECT_EQ(json({QStringLiteral("import"), QStringLiteral("prices"), noList}).status, 2);
}
