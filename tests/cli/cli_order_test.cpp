// SPDX-License-Identifier: MIT
// mostrador-cli order …, deposit add, shipment …, bench workflow, in-process.
#include "cli_fixture.h"

using namespace mostrador::test;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// Products at 1.00 + 21 % tax; SOL has no credit limit, TIGHT a limit of 20.00.
class CliOrderTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("100"));
        addProduct(QStringLiteral("TUE-M6"), QStringLiteral("5"));
        addCustomer(QStringLiteral("Ferretería Sol"), QStringLiteral("SOL"));
        ASSERT_EQ(json(words("customer add --name Tight --code TIGHT --credit-limit 20")).status,
                  0);
    }

    QString createOrder(const char* customer, const char* lines) {
        CliRun made = json(words("order create --customer") +
                           QStringList{QString::fromUtf8(customer)} + words(lines));
        EXPECT_EQ(made.status, 0) << made.out.toStdString();
        return str(made.object(), "number");
    }

    QString status(const QString& number) {
        return str(json({QStringLiteral("order"), QStringLiteral("show"), number}).object(),
                   "status");
    }
};

} // namespace

TEST_F(CliOrderTest, CreateConfirmAndShowAnswerTheOrderWithItsFulfilment) {
    const QString number = createOrder("SOL", "--line TOR-M6:10 --line TUE-M6:2");
    EXPECT_TRUE(number.startsWith(QStringLiteral("SO-")));
    CliRun confirmed = json({QStringLiteral("order"), QStringLiteral("confirm"), number});
    ASSERT_EQ(confirmed.status, 0) << confirmed.out.toStdString();
    const QJsonObject order = confirmed.object();
    EXPECT_EQ(str(order, "status"), QStringLiteral("confirmed"));
    EXPECT_EQ(str(order, "total"), QStringLiteral("14.52")); // 12 × 1.00 × 1.21
    const QJsonArray lines = order.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(str(lines[0].toObject(), "reserved"), QStringLiteral("10"));
    CliRun product = json(words("product show TOR-M6"));
    EXPECT_EQ(str(product.object(), "reserved"), QStringLiteral("10"));
    EXPECT_EQ(str(product.object(), "available"), QStringLiteral("90"));
}

TEST_F(CliOrderTest, ACreditHoldAnswersExitOneWithEveryReasonAndAManagerReleasesIt) {
    const QString number = createOrder("TIGHT", "--line TOR-M6:20"); // 24.20 > 20.00
    CliRun held = json({QStringLiteral("order"), QStringLiteral("confirm"), number});
    EXPECT_EQ(held.status, 1);
    EXPECT_EQ(held.rule(), QStringLiteral("order.credit_hold"));
    const QJsonArray reasons = held.object()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("reasons"))
                                   .toArray();
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_TRUE(reasons[0].toString().contains(QStringLiteral("4.20")))
        << reasons[0].toString().toStdString();
    EXPECT_EQ(status(number), QStringLiteral("credit_hold"));

    CliRun noReason = json({QStringLiteral("order"), QStringLiteral("release"), number});
    EXPECT_EQ(noReason.status, 2);
    CliRun released = json({QStringLiteral("order"), QStringLiteral("release"), number,
                            QStringLiteral("--reason"), QStringLiteral("Paid by phone")});
    ASSERT_EQ(released.status, 0) << released.out.toStdString();
    EXPECT_EQ(str(released.object(), "status"), QStringLiteral("confirmed"));
    EXPECT_EQ(str(released.object(), "release_reason"), QStringLiteral("Paid by phone"));
}

TEST_F(CliOrderTest, ASalesUserCannotReleaseAHold) {
    ASSERT_EQ(json(words("user add ana --role sales --password ana-password")).status, 0);
    const QString number = createOrder("TIGHT", "--line TOR-M6:20");
    ASSERT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), number}).status, 1);
    password = QStringLiteral("ana-password");
    CliRun refused = json({QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("order"),
                           QStringLiteral("release"), number, QStringLiteral("--reason"),
                           QStringLiteral("trust me")});
    EXPECT_EQ(refused.status, 1);
    EXPECT_EQ(refused.rule(), QStringLiteral("permission.denied"));
    password = kAdminPassword;
    EXPECT_EQ(status(number), QStringLiteral("credit_hold"));
}

TEST_F(CliOrderTest, ADepositLowersTheExposureAndLetsTheOrderThrough) {
    const QString number = createOrder("TIGHT", "--line TOR-M6:20");
    ASSERT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), number}).status, 1);
    CliRun deposit =
        json({QStringLiteral("deposit"), QStringLiteral("add"), QStringLiteral("--order"), number,
              QStringLiteral("--amount"), QStringLiteral("10.00"), QStringLiteral("--method"),
              QStringLiteral("cash")});
    ASSERT_EQ(deposit.status, 0) << deposit.out.toStdString();
    EXPECT_EQ(str(deposit.object(), "amount"), QStringLiteral("10.00"));
    CliRun customer = json(words("customer show TIGHT"));
    EXPECT_EQ(str(customer.object(), "exposure"), QStringLiteral("-10.00"));
    CliRun again = json({QStringLiteral("order"), QStringLiteral("confirm"), number});
    ASSERT_EQ(again.status, 0) << again.out.toStdString();
    EXPECT_EQ(str(again.object(), "deposits"), QStringLiteral("10.00"));
    EXPECT_EQ(str(json(words("customer show TIGHT")).object(), "exposure"),
              QStringLiteral("14.20")); // 24.20 open − 10.00 deposit
}

TEST_F(CliOrderTest, ShipmentsTakePartsThenTheRestAndRefuseMoreThanOnHand) {
    const QString number = createOrder("SOL", "--line TOR-M6:10 --line TUE-M6:8");
    ASSERT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), number}).status, 0);
    CliRun tooMany = json({QStringLiteral("shipment"), QStringLiteral("create"), number,
                           QStringLiteral("--line"), QStringLiteral("TUE-M6:8")});
    EXPECT_EQ(tooMany.status, 1);
    EXPECT_TRUE(tooMany.message().contains(QStringLiteral("TUE-M6")))
        << tooMany.message().toStdString();
    EXPECT_EQ(onHand(QStringLiteral("TUE-M6")), QStringLiteral("5"));

    CliRun first =
        json({QStringLiteral("shipment"), QStringLiteral("create"), number,
              QStringLiteral("--line"), QStringLiteral("TOR-M6:4"), QStringLiteral("--carrier"),
              QStringLiteral("SEUR"), QStringLiteral("--tracking"), QStringLiteral("ES123"),
              QStringLiteral("--packages"), QStringLiteral("2")});
    ASSERT_EQ(first.status, 0) << first.out.toStdString();
    EXPECT_EQ(str(first.object(), "carrier"), QStringLiteral("SEUR"));
    EXPECT_EQ(str(first.object(), "order"), number);
    EXPECT_EQ(status(number), QStringLiteral("partially_shipped"));
    EXPECT_EQ(onHand(QStringLiteral("TOR-M6")), QStringLiteral("96"));
    CliRun shown =
        json({QStringLiteral("shipment"), QStringLiteral("show"), str(first.object(), "number")});
    EXPECT_EQ(str(shown.object(), "tracking"), QStringLiteral("ES123"));

    ASSERT_EQ(json(words("stock adjust --sku TUE-M6 --qty 3 --reason received")).status, 0);
    CliRun rest = json({QStringLiteral("shipment"), QStringLiteral("create"), number});
    ASSERT_EQ(rest.status, 0) << rest.out.toStdString();
    EXPECT_EQ(status(number), QStringLiteral("shipped"));
    EXPECT_EQ(json({QStringLiteral("shipment"), QStringLiteral("list"), QStringLiteral("--order"),
                    number})
                  .array()
                  .size(),
              2);
}

TEST_F(CliOrderTest, CancelAfterAPartialShipmentCancelsWhatRemains) {
    const QString number = createOrder("SOL", "--line TOR-M6:10");
    ASSERT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), number}).status, 0);
    ASSERT_EQ(json({QStringLiteral("shipment"), QStringLiteral("create"), number,
                    QStringLiteral("--line"), QStringLiteral("TOR-M6:3")})
                  .status,
              0);
    CliRun cancelled = json({QStringLiteral("order"), QStringLiteral("cancel"), number});
    ASSERT_EQ(cancelled.status, 0) << cancelled.out.toStdString();
    EXPECT_EQ(str(cancelled.object(), "status"), QStringLiteral("shipped"));
    const QJsonObject line =
        cancelled.object().value(QStringLiteral("lines")).toArray()[0].toObject();
    EXPECT_EQ(str(line, "cancelled"), QStringLiteral("7"));
    EXPECT_EQ(str(json(words("product show TOR-M6")).object(), "reserved"), QStringLiteral("0"));
    EXPECT_EQ(json({QStringLiteral("order"), QStringLiteral("cancel"), number}).status, 1);
}

TEST_F(CliOrderTest, TheQueueListsHeldOrdersOnly) {
    const QString held = createOrder("TIGHT", "--line TOR-M6:20");
    const QString fine = createOrder("SOL", "--line TOR-M6:1");
    json({QStringLiteral("order"), QStringLiteral("confirm"), held});
    json({QStringLiteral("order"), QStringLiteral("confirm"), fine});
    const QJsonArray queue = json(words("order list --queue")).array();
    ASSERT_EQ(queue.size(), 1);
    EXPECT_EQ(str(queue[0].toObject(), "number"), held);
}

TEST_F(CliOrderTest, BenchWorkflowReportsOrdersPerSecondAndEachPhase) {
    CliRun bench = json(words("bench workflow --orders 20 --products 10"));
    ASSERT_EQ(bench.status, 0) << bench.out.toStdString() << bench.err.toStdString();
    const QJsonObject o = bench.object();
    EXPECT_EQ(o.value(QStringLiteral("orders")).toInt(), 20);
    EXPECT_GT(o.value(QStringLiteral("orders_per_second")).toDouble(), 0.0);
    const QJsonArray phases = o.value(QStringLiteral("phases")).toArray();
    ASSERT_EQ(phases.size(), 4);
    EXPECT_EQ(str(phases[2].toObject(), "phase"), QStringLiteral("ship"));
    EXPECT_EQ(str(phases[3].toObject(), "phase"), QStringLiteral("invoice"));
    // The scratch database is not the one --db names.
    EXPECT_EQ(json(words("order list")).array().size(), 0);
}
