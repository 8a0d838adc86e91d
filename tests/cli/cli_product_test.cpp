// SPDX-License-Identifier: MIT
// mostrador-cli product and stock commands, in-process.
#include "cli_fixture.h"

using namespace mostrador::test;

namespace {

class CliProductTest : public CliTest {
protected:
    void SetUp() override { init(); }
};

} // namespace

TEST_F(CliProductTest, AddShowAndListAnswerPricesAndStock) {
    CliRun added = json(words("product add --sku BRK-01 --name Pastillas --price 12.5 --cost 7.25 "
                              "--tax IVA21 --stock 10 --weight 0.35 --category frenos"));
    ASSERT_EQ(added.status, 0) << added.out.toStdString();
    const QJsonObject p = added.object();
    EXPECT_EQ(p[QStringLiteral("price")].toString(), QStringLiteral("12.50"));
    EXPECT_EQ(p[QStringLiteral("cost")].toString(), QStringLiteral("7.25"));
    EXPECT_EQ(p[QStringLiteral("on_hand")].toString(), QStringLiteral("10"));
    EXPECT_EQ(p[QStringLiteral("available")].toString(), QStringLiteral("10"));

    CliRun show = json(words("product show BRK-01"));
    ASSERT_EQ(show.status, 0);
    EXPECT_EQ(show.object()[QStringLiteral("reserved")].toString(), QStringLiteral("0"));
    EXPECT_EQ(show.object()[QStringLiteral("weight")].toString(), QStringLiteral("0.35"));

    CliRun list = json(words("product list --search pastillas"));
    ASSERT_EQ(list.status, 0);
    ASSERT_EQ(list.array().size(), 1);
    EXPECT_EQ(list.array()[0][QStringLiteral("sku")].toString(), QStringLiteral("BRK-01"));
    EXPECT_EQ(list.array()[0][QStringLiteral("on_hand")].toString(), QStringLiteral("10"));
}

TEST_F(CliProductTest, BadPriceNamesTheOption) {
    CliRun r = json(words("product add --sku X1 --name X --price 1.2.3"));
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.message().startsWith(QStringLiteral("--price"))) << r.message().toStdString();
    EXPECT_EQ(productCount(), 0);
}

TEST_F(CliProductTest, UnknownProductIsInvalidInput) {
    EXPECT_EQ(json(words("product show NOPE")).status, 2);
}

TEST_F(CliProductTest, StockAdjustTakesANegativeQuantity) {
    addProduct(QStringLiteral("A1"), QStringLiteral("10"));
    CliRun r = json(words("stock adjust --sku A1 --qty -2.5 --reason breakage"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    EXPECT_EQ(r.object()[QStringLiteral("on_hand")].toString(), QStringLiteral("7.5"));
}

TEST_F(CliProductTest, StockBelowZeroIsRefusedAndChangesNothing) {
    addProduct(QStringLiteral("A1"), QStringLiteral("1"));
    EXPECT_EQ(json(words("stock adjust --sku A1 --qty -5 --reason oops")).status, 1);
    EXPECT_EQ(onHand(QStringLiteral("A1")), QStringLiteral("1"));
}
