// SPDX-License-Identifier: MIT
#include "services/document_json.h"
#include "support/order_fixture.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class DepositServiceTest : public test::OrderFixture {
protected:
    void SetUp() override {
        OrderFixture::SetUp();
        order = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)}); // 121.00
    }
    DepositInput deposit(qint64 cents, const QString& method = QStringLiteral("transfer")) {
        DepositInput in;
        in.orderNumber = order.number;
        in.amount = money(cents);
        in.method = method;
        return in;
    }
    // The order's deposits, the customer's unapplied figure and the deposit rows.
    void expectUnchanged(qint64 deposits, qint64 unapplied, qint64 rows) {
        EXPECT_EQ(stored(order.number).deposits, money(deposits));
        EXPECT_EQ(account(QStringLiteral("BETA")).unappliedDeposits, unapplied);
        EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM deposits")), rows);
    }

    SalesOrder order;
};

} // namespace

TEST_F(DepositServiceTest, ADepositTakesItsNumberAndLowersTheExposureAtOnce) {
    DepositInput in = deposit(5000, QStringLiteral("card"));
    in.reference = QStringLiteral(" TPV 1234 ");
    in.date = QDate::currentDate().addDays(-1);
    auto d = s().deposits().add(accounting, in);
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->number, QStringLiteral("DEP-%1-00001").arg(in.date.year()));
    EXPECT_EQ(d->orderNumber, order.number);
    EXPECT_EQ(d->customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(d->reference, QStringLiteral("TPV 1234"));
    EXPECT_EQ(d->recordedBy, QStringLiteral("ana"));
    expectUnchanged(5000, 5000, 1);
    auto position = s().orders().credit(admin, QStringLiteral("BETA"));
    ASSERT_TRUE(position);
    EXPECT_EQ(position->exposure, money(-5000));
    auto listed = s().deposits().forOrder(admin, order.number.toLower());
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().amount, money(5000));
    EXPECT_EQ(listed->first().method, QStringLiteral("card"));
    EXPECT_EQ(listed->first().date, in.date);
    EXPECT_EQ(toJson(listed->first()).value(QStringLiteral("amount")).toString(),
              QStringLiteral("50.00"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'deposit.add'")),
              1);
}

TEST_F(DepositServiceTest, DepositsNeverExceedWhatTheOrderStillOwes) {
    ASSERT_TRUE(s().deposits().add(sales, deposit(10000)));
    auto d = s().deposits().add(sales, deposit(2101)); // 21.00 left
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::Rule);
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("21.01")))
        << d.error().message.toStdString();
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("21.00")));
    EXPECT_TRUE(d.error().message.contains(QStringLiteral("121.00")));
    expectUnchanged(10000, 10000, 1);
    EXPECT_TRUE(s().deposits().add(sales, deposit(2100)));
    expectUnchanged(12100, 12100, 2);
}

TEST_F(DepositServiceTest, AmountAndMethodAreChecked) {
    auto zero = s().deposits().add(sales, deposit(0));
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().field, QStringLiteral("amount"));
    EXPECT_EQ(zero.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(s().deposits().add(sales, deposit(-100)));
    auto method = s().deposits().add(sales, deposit(100, QStringLiteral("bitcoin")));
    ASSERT_FALSE(method);
    EXPECT_EQ(method.error().field, QStringLiteral("method"));
    expectUnchanged(0, 0, 0);
}

TEST_F(DepositServiceTest, OnlyThoseWhoRecordDepositsMayAndNotOnCancelledOrders) {
    auto byWarehouse = s().deposits().add(warehouse, deposit(100));
    ASSERT_FALSE(byWarehouse);
    EXPECT_EQ(byWarehouse.error().kind, ErrorKind::Permission);
    ASSERT_TRUE(s().orders().cancel(admin, order.number));
    auto onCancelled = s().deposits().add(sales, deposit(100));
    ASSERT_FALSE(onCancelled);
    EXPECT_EQ(onCancelled.error().code, QStringLiteral("deposit.order_closed"));
    expectUnchanged(0, 0, 0);
    // No number was consumed by the refusals: the next deposit is the first.
    order = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    auto d = s().deposits().add(sales, deposit(100));
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->number.endsWith(QStringLiteral("-00001")));
}

TEST_F(DepositServiceTest, AnUnknownOrderIsNotFound) {
    DepositInput in = deposit(100);
    in.orderNumber = QStringLiteral("SO-1999-00042");
    auto d = s().deposits().add(sales, in);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error().kind, ErrorKind::NotFound);
}
