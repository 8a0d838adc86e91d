// SPDX-License-Identifier: MIT
// mostrador-cli customer add | list | show, in-process.
#include "cli_fixture.h"

using namespace mostrador::test;

namespace {

class CliCustomerTest : public CliTest {
protected:
    void SetUp() override { init(); }
};

} // namespace

TEST_F(CliCustomerTest, AddListAndShowAnswerJson) {
    CliRun added =
        json({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("Garaje Sur"), QStringLiteral("--code"), QStringLiteral("gsur"),
              QStringLiteral("--credit-limit"), QStringLiteral("1500.5"), QStringLiteral("--email"),
              QStringLiteral("pedidos@gsur.es")});
    ASSERT_EQ(added.status, 0) << added.out.toStdString();
    EXPECT_EQ(added.object()[QStringLiteral("code")].toString(), QStringLiteral("GSUR"));
    EXPECT_EQ(added.object()[QStringLiteral("credit_limit")].toString(), QStringLiteral("1500.50"));

    CliRun list = json(words("customer list"));
    ASSERT_EQ(list.status, 0);
    ASSERT_EQ(list.array().size(), 1);
    const QJsonObject row = list.array().first().toObject();
    EXPECT_EQ(row[QStringLiteral("name")].toString(), QStringLiteral("Garaje Sur"));
    EXPECT_EQ(row[QStringLiteral("ar_balance")].toString(), QStringLiteral("0.00"));
    EXPECT_EQ(row[QStringLiteral("credit_limit")].toString(), QStringLiteral("1500.50"));

    CliRun show = json(words("customer show gsur"));
    ASSERT_EQ(show.status, 0);
    const QJsonObject c = show.object();
    EXPECT_EQ(c[QStringLiteral("email")].toString(), QStringLiteral("pedidos@gsur.es"));
    EXPECT_EQ(c[QStringLiteral("exposure")].toString(), QStringLiteral("0.00"));
    EXPECT_EQ(c[QStringLiteral("ar_balance")].toString(), QStringLiteral("0.00"));
}

TEST_F(CliCustomerTest, NoCreditLimitIsNullAndCodesComeFromTheSeries) {
    CliRun added = json(words("customer add --name Alfa --on-hold --payment-terms NET30"));
    ASSERT_EQ(added.status, 0) << added.out.toStdString();
    EXPECT_TRUE(added.object()[QStringLiteral("credit_limit")].isNull());
    EXPECT_TRUE(added.object()[QStringLiteral("on_hold")].toBool());
    EXPECT_EQ(added.object()[QStringLiteral("code")].toString(), QStringLiteral("C00001"));
}

TEST_F(CliCustomerTest, ListSearchesAndLimits) {
    for (const char* name : {"Alfa Motor", "Beta Motor", "Gamma Frenos"})
        addCustomer(QString::fromUtf8(name));
    EXPECT_EQ(json(words("customer list --search motor")).array().size(), 2);
    EXPECT_EQ(json(words("customer list --limit 1")).array().size(), 1);
}

TEST_F(CliCustomerTest, UnknownCustomerIsInvalidInput) {
    CliRun r = json(words("customer show NOPE"));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.rule(), QStringLiteral("customer.not_found"));
}

TEST_F(CliCustomerTest, DuplicateCodeIsRefusedAndNothingChanges) {
    addCustomer(QStringLiteral("Alfa"), QStringLiteral("ALFA"));
    CliRun dup = json(words("customer add --name Other --code ALFA"));
    EXPECT_EQ(dup.status, 1);
    EXPECT_EQ(dup.rule(), QStringLiteral("customer.duplicate_code"));
    EXPECT_EQ(customerCount(), 1);
}

TEST_F(CliCustomerTest, BadAmountNamesTheOptionAndCreatesNothing) {
    CliRun r = json(words("customer add --name Alfa --credit-limit 12,5"));
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.message().startsWith(QStringLiteral("--credit-limit")))
        << r.message().toStdString();
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CliCustomerTest, InvalidFieldIsInvalidInput) {
    CliRun r = json(words("customer add --name Alfa --email not-an-address"));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.rule(), QStringLiteral("customer.email_invalid"));
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CliCustomerTest, TextModePrintsATableAndFields) {
    addCustomer(QStringLiteral("Garaje Sur"), QStringLiteral("GSUR"));
    CliRun list = run(words("customer list"));
    ASSERT_EQ(list.status, 0);
    EXPECT_TRUE(list.out.startsWith(QStringLiteral("Code"))) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("GSUR"))) << list.out.toStdString();
    CliRun show = run(words("customer show GSUR"));
    EXPECT_TRUE(show.out.contains(QStringLiteral("name: Garaje Sur"))) << show.out.toStdString();
}

TEST_F(CliCustomerTest, ErrorsInTextModeGoToStderr) {
    CliRun r = run(words("customer show NOPE"));
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOPE")));
}

TEST_F(CliCustomerTest, JsonMayAlsoFollowTheCommand) {
    addCustomer(QStringLiteral("Alfa"));
    CliRun r = run(words("customer list --json"));
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.array().size(), 1);
}
