// SPDX-License-Identifier: MIT
// mostrador-cli quote create | send | revise | accept | reject | show | list, in-process.
#include "cli/document_args.h"
#include "cli_fixture.h"

using namespace mostrador::test;
using mostrador::cli::parseLineSpec;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

class CliQuoteTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("0"));
        addProduct(QStringLiteral("TUE-M6"), QStringLiteral("0"));
        addCustomer(QStringLiteral("Ferretería Sol"), QStringLiteral("SOL"));
    }

    QString createQuote() {
        CliRun made = json(words("quote create --customer SOL --line TOR-M6:10 --line "
                                 "TUE-M6:2.5@3.20-10%"));
        EXPECT_EQ(made.status, 0) << made.out.toStdString();
        return str(made.object(), "number");
    }
};

} // namespace

TEST(LineSpec, ReadsSkuQuantityPriceAndDiscount) {
    auto plain = parseLineSpec(QStringLiteral("TOR-M6:10"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(plain->qty.thousandths(), 10000);
    EXPECT_FALSE(plain->unitPrice);
    EXPECT_FALSE(plain->discount);
    auto full = parseLineSpec(QStringLiteral("A-B-C:2.5@9.8-12.5%"));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->sku, QStringLiteral("A-B-C"));
    EXPECT_EQ(full->qty.thousandths(), 2500);
    EXPECT_EQ(full->unitPrice->tenThousandths(), 98000);
    EXPECT_EQ(full->discount->basisPoints(), 1250);
    auto discountOnly = parseLineSpec(QStringLiteral("X:3-5%"));
    ASSERT_TRUE(discountOnly);
    EXPECT_EQ(discountOnly->qty.thousandths(), 3000);
    EXPECT_FALSE(discountOnly->unitPrice);
    for (const char* bad : {"TOR-M6", ":3", "X:", "X:abc", "X:1@", "X:1@x", "X:1-x%", "X:1%"})
        EXPECT_FALSE(parseLineSpec(QString::fromLatin1(bad))) << bad;
}

TEST_F(CliQuoteTest, CreateAnswersTheQuotationWithItsLinesAndTotals) {
    CliRun made = json(words("quote create --customer sol --line TOR-M6:10 --line "
                             "TUE-M6:2.5@3.20-10% --valid-until 2099-01-31"));
    ASSERT_EQ(made.status, 0) << made.out.toStdString();
    const QJsonObject q = made.object();
    EXPECT_TRUE(str(q, "number").startsWith(QStringLiteral("Q-")));
    EXPECT_EQ(str(q, "status"), QStringLiteral("draft"));
    EXPECT_EQ(str(q, "customer"), QStringLiteral("SOL"));
    EXPECT_EQ(str(q, "valid_until"), QStringLiteral("2099-01-31"));
    const QJsonArray lines = q.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject second = lines[1].toObject();
    EXPECT_EQ(str(second, "sku"), QStringLiteral("TUE-M6"));
    EXPECT_EQ(str(second, "qty"), QStringLiteral("2.5"));
    EXPECT_EQ(str(second, "unit_price"), QStringLiteral("3.20"));
    EXPECT_EQ(str(second, "discount"), QStringLiteral("10"));
    EXPECT_EQ(str(second, "net"), QStringLiteral("7.20")); // 2.5 × 3.20 × 0.9
    EXPECT_EQ(str(lines[0].toObject(), "net"), QStringLiteral("10.00"));
    EXPECT_EQ(str(q, "untaxed"), QStringLiteral("17.20"));
    EXPECT_EQ(str(q, "tax"), QStringLiteral("3.61")); // the default 21 %: 2.10 + 1.51

    EXPECT_EQ(str(q, "total"), QStringLiteral("20.81"));
}

TEST_F(CliQuoteTest, BadLinesAreRefusedAsInvalidInputNamingTheLine) {
    CliRun spec = json(words("quote create --customer SOL --line TOR-M6:1 --line TOR-M6"));
    EXPECT_EQ(spec.status, 2);
    EXPECT_TRUE(spec.message().startsWith(QStringLiteral("Line 2:")))
        << spec.message().toStdString();
    CliRun unknown = json(words("quote create --customer SOL --line NOPE:1"));
    EXPECT_EQ(unknown.status, 2);
    EXPECT_EQ(unknown.rule(), QStringLiteral("product.not_found"));
    CliRun date = json(words("quote create --customer SOL --date 2026-02-30"));
    EXPECT_EQ(date.status, 2);
    EXPECT_EQ(json(words("quote list")).array().size(), 0);
}

TEST_F(CliQuoteTest, SendAcceptAnswersTheNewOrderAndRefusesAgain) {
    const QString number = createQuote();
    ASSERT_EQ(json({QStringLiteral("quote"), QStringLiteral("send"), number}).status, 0);
    CliRun accepted = json({QStringLiteral("quote"), QStringLiteral("accept"), number});
    ASSERT_EQ(accepted.status, 0) << accepted.out.toStdString();
    const QJsonObject order = accepted.object();
    EXPECT_TRUE(str(order, "number").startsWith(QStringLiteral("SO-")));
    EXPECT_EQ(str(order, "status"), QStringLiteral("draft"));
    EXPECT_EQ(str(order, "quotation"), number);
    EXPECT_EQ(order.value(QStringLiteral("lines")).toArray().size(), 2);
    CliRun again = json({QStringLiteral("quote"), QStringLiteral("reject"), number,
                         QStringLiteral("--reason"), QStringLiteral("late")});
    EXPECT_EQ(again.status, 1);
    EXPECT_EQ(again.rule(), QStringLiteral("quotation.transition"));
    CliRun shown = json({QStringLiteral("quote"), QStringLiteral("show"), number});
    EXPECT_EQ(str(shown.object(), "status"), QStringLiteral("accepted"));
    EXPECT_EQ(str(shown.object(), "order"), str(order, "number"));
}

TEST_F(CliQuoteTest, RejectNeedsAReasonAndReviseKeepsTheSentRevision) {
    const QString number = createQuote();
    EXPECT_EQ(json({QStringLiteral("quote"), QStringLiteral("reject"), number}).status, 2);
    ASSERT_EQ(json({QStringLiteral("quote"), QStringLiteral("send"), number}).status, 0);
    CliRun revised = json({QStringLiteral("quote"), QStringLiteral("revise"), number});
    ASSERT_EQ(revised.status, 0) << revised.out.toStdString();
    EXPECT_EQ(revised.object().value(QStringLiteral("revision")).toInt(), 2);
    CliRun shown = json({QStringLiteral("quote"), QStringLiteral("show"), number});
    const QJsonArray kept = shown.object().value(QStringLiteral("revisions")).toArray();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept[0].toObject().value(QStringLiteral("revision")).toInt(), 1);
    CliRun rejected = json({QStringLiteral("quote"), QStringLiteral("reject"), number,
                            QStringLiteral("--reason"), QStringLiteral("Too expensive")});
    ASSERT_EQ(rejected.status, 0);
    EXPECT_EQ(str(rejected.object(), "reject_reason"), QStringLiteral("Too expensive"));
}

TEST_F(CliQuoteTest, ListFiltersByStatusAndCustomer) {
    const QString first = createQuote();
    const QString second = createQuote();
    ASSERT_EQ(json({QStringLiteral("quote"), QStringLiteral("send"), second}).status, 0);
    const QJsonArray sent = json(words("quote list --status sent")).array();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(str(sent[0].toObject(), "number"), second);
    EXPECT_EQ(json(words("quote list --customer sol")).array().size(), 2);
    EXPECT_EQ(json(words("quote list --customer OTHER")).array().size(), 0);
    const QJsonArray newest = json(words("quote list --limit 1")).array();
    ASSERT_EQ(newest.size(), 1);
    EXPECT_EQ(str(newest[0].toObject(), "number"), second);
    EXPECT_EQ(json({QStringLiteral("quote"), QStringLiteral("show"), QStringLiteral("Q-0")}).status,
              2);
    (void)first;
}
