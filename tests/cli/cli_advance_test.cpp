// SPDX-License-Identifier: MIT
// mostrador-cli with VAT on advance payments (setting invoice.advance_vat), in-process.
#include "cli_fixture.h"

using namespace mostrador::test;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// SOL (no credit limit) has a confirmed order of 10 TOR-M6 at 1.00 + 21 % (12.10).
class CliAdvanceTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("100"));
        addCustomer(QStringLiteral("Ferretería Sol"), QStringLiteral("SOL"));
        CliRun made = json(words("order create --customer SOL --line TOR-M6:10"));
        ASSERT_EQ(made.status, 0) << made.out.toStdString();
        order = str(made.object(), "number");
        ASSERT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), order}).status, 0);
    }
    CliRun deposit(const char* amount) {
        return json(QStringList{QStringLiteral("deposit"), QStringLiteral("add"),
                                QStringLiteral("--order"), order, QStringLiteral("--amount"),
                                QString::fromUtf8(amount)});
    }
    QString year() const { return QString::number(QDate::currentDate().year()); }

    QString order;
};

} // namespace

TEST_F(CliAdvanceTest, TheSettingTakesTrueOrFalse) {
    EXPECT_EQ(json(words("settings set invoice.advance_vat yes")).status, 2);
    EXPECT_EQ(json(words("settings set invoice.advance_vat true")).status, 0);
}

TEST_F(CliAdvanceTest, OffADepositAnswersNoAdvanceInvoice) {
    const CliRun d = deposit("6.05");
    ASSERT_EQ(d.status, 0) << d.out.toStdString();
    EXPECT_FALSE(d.object().contains(QStringLiteral("advance_invoice")));
    EXPECT_EQ(str(d.object(), "applied"), QStringLiteral("0.00"));
}

TEST_F(CliAdvanceTest, OnADepositAnswersItsAdvanceInvoiceAndTheFinalInvoiceDeductsIt) {
    ASSERT_EQ(json(words("settings set invoice.advance_vat true")).status, 0);
    const CliRun d = deposit("6.05");
    ASSERT_EQ(d.status, 0) << d.out.toStdString();
    const QString advance = str(d.object(), "advance_invoice");
    EXPECT_EQ(advance, QStringLiteral("INV-%1-00001").arg(year()));
    EXPECT_EQ(str(d.object(), "applied"), QStringLiteral("6.05"));

    const CliRun shown = json({QStringLiteral("invoice"), QStringLiteral("show"), advance});
    ASSERT_EQ(shown.status, 0) << shown.out.toStdString();
    const QJsonObject adv = shown.object();
    EXPECT_EQ(str(adv, "kind"), QStringLiteral("advance"));
    EXPECT_EQ(str(adv, "status"), QStringLiteral("paid"));
    EXPECT_EQ(str(adv, "total"), QStringLiteral("6.05"));
    EXPECT_EQ(str(adv, "balance"), QStringLiteral("0.00"));
    const QJsonObject advLine = adv.value(QStringLiteral("lines")).toArray().first().toObject();
    EXPECT_EQ(str(advLine, "kind"), QStringLiteral("advance"));
    EXPECT_EQ(str(advLine, "net"), QStringLiteral("5.00"));
    EXPECT_EQ(str(advLine, "tax"), QStringLiteral("1.05"));

    ASSERT_EQ(json({QStringLiteral("shipment"), QStringLiteral("create"), order}).status, 0);
    const CliRun made = json({QStringLiteral("invoice"), QStringLiteral("create"), order});
    ASSERT_EQ(made.status, 0) << made.out.toStdString();
    const QJsonObject inv = made.object();
    EXPECT_EQ(str(inv, "kind"), QStringLiteral("invoice"));
    const QJsonArray lines = inv.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(str(lines[0].toObject(), "kind"), QStringLiteral("goods"));
    EXPECT_EQ(str(lines[1].toObject(), "kind"), QStringLiteral("advance"));
    EXPECT_EQ(str(lines[1].toObject(), "net"), QStringLiteral("-5.00"));
    EXPECT_EQ(str(lines[1].toObject(), "tax"), QStringLiteral("-1.05"));
    EXPECT_EQ(str(inv, "total"), QStringLiteral("6.05"));
    EXPECT_EQ(str(inv, "deposits_applied"), QStringLiteral("0.00"));
    EXPECT_EQ(str(inv, "balance"), QStringLiteral("6.05"));
}

TEST_F(CliAdvanceTest, ABackdatedDepositIsRefusedWithExitOne) {
    ASSERT_EQ(json(words("settings set invoice.advance_vat true")).status, 0);
    ASSERT_EQ(deposit("1.21").status, 0); // posts an advance invoice dated today
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const CliRun refused = json({QStringLiteral("deposit"), QStringLiteral("add"),
                                 QStringLiteral("--order"), order, QStringLiteral("--amount"),
                                 QStringLiteral("1.21"), QStringLiteral("--date"), yesterday});
    EXPECT_EQ(refused.status, 1) << refused.out.toStdString();
    EXPECT_EQ(refused.rule(), QStringLiteral("deposit.backdated"));
}
