// SPDX-License-Identifier: MIT
#include "domain/account_statement.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace Qt::StringLiterals;

namespace {

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

const QDate kDay(2026, 3, 10);

AccountDocument doc(const char16_t* kind, qint64 id, QDate date, qint64 amount) {
    AccountDocument d;
    d.kind = QString::fromUtf16(kind);
    d.id = id;
    d.date = date;
    d.number = QStringLiteral("%1-%2").arg(d.kind).arg(id);
    d.amount = eur(amount);
    return d;
}

StatementCustomer alfa() {
    return {QStringLiteral("ALFA"), QStringLiteral("Alfa S.L."), {}, {}};
}

AccountSums sums(qint64 invoices, qint64 chargebacks, qint64 deposits, qint64 payments,
                 qint64 creditNotes) {
    return {eur(invoices), eur(chargebacks), eur(deposits), eur(payments), eur(creditNotes)};
}

} // namespace

TEST(AccountStatementTest, EachKindDebitsOrCreditsWithItsSign) {
    namespace k = statement_kind;
    struct Case {
        const char16_t* kind;
        qint64 amount;
        qint64 debit;
        qint64 credit;
    };
    const Case cases[] = {
        {k::kInvoice, 12100, 12100, 0}, {k::kChargeback, 3000, 3000, 0},
        {k::kRefund, -2500, 2500, 0},   {k::kPayment, 5000, 0, 5000},
        {k::kDeposit, 4000, 0, 4000},   {k::kCreditNote, 1210, 0, 1210},
    };
    for (const Case& c : cases) {
        const StatementEntry e = statementEntry(doc(c.kind, 1, kDay, c.amount));
        EXPECT_EQ(e.debit, eur(c.debit)) << QString::fromUtf16(c.kind).toStdString();
        EXPECT_EQ(e.credit, eur(c.credit)) << QString::fromUtf16(c.kind).toStdString();
        EXPECT_EQ(e.effect(), accountEffect(QString::fromUtf16(c.kind), eur(c.amount)));
    }
}

TEST(AccountStatementTest, EntriesRunInDateThenKindThenIdOrder) {
    namespace k = statement_kind;
    const QList<AccountDocument> docs{doc(k::kPayment, 7, kDay.addDays(1), 1000),
                                      doc(k::kChargeback, 2, kDay, 300),
                                      doc(k::kPayment, 9, kDay, 500),
                                      doc(k::kInvoice, 4, kDay, 2000),
                                      doc(k::kPayment, 3, kDay, 200),
                                      doc(k::kDeposit, 1, kDay.addDays(-1), 100)};
    const AccountStatement s = accountStatement(alfa(), {}, sums(0, 0, 0, 0, 0), docs);
    QStringList order;
    for (const StatementEntry& e : s.entries)
        order.append(e.number);
    EXPECT_EQ(order, (QStringList{u"deposit-1"_s, u"invoice-4"_s, u"payment-3"_s, u"payment-9"_s,
                                  u"chargeback-2"_s, u"payment-7"_s}));
    const QList<qint64> balances{-100, 1900, 1700, 1200, 1500, 500};
    for (int i = 0; i < balances.size(); ++i)
        EXPECT_EQ(s.entries[i].balance, eur(balances[i])) << i;
    EXPECT_EQ(s.closingBalance, eur(500));
    EXPECT_EQ(s.debits(), eur(2300));
    EXPECT_EQ(s.credits(), eur(1800));
}

TEST(AccountStatementTest, OpeningBalanceNetsTheSumsBeforeThePeriod) {
    const AccountSums before = sums(100000, 5000, 20000, 30000 - 1500, 4000);
    EXPECT_EQ(before.balance(), eur(100000 + 5000 - 20000 - 28500 - 4000));
    const StatementPeriod period{kDay, kDay.addDays(30)};
    const AccountStatement s = accountStatement(
        alfa(), period, before, {doc(statement_kind::kInvoice, 1, kDay.addDays(3), 1000)});
    EXPECT_EQ(s.openingBalance, before.balance());
    EXPECT_EQ(s.closingBalance, before.balance() + eur(1000));
    // Without a start there is nothing before it.
    EXPECT_EQ(accountStatement(alfa(), {}, before, {}).openingBalance, eur(0));
}

TEST(AccountStatementTest, PeriodEndsAreInclusive) {
    const StatementPeriod period{kDay, kDay.addDays(5)};
    EXPECT_TRUE(period.contains(kDay));
    EXPECT_TRUE(period.contains(kDay.addDays(5)));
    EXPECT_FALSE(period.contains(kDay.addDays(-1)));
    EXPECT_FALSE(period.contains(kDay.addDays(6)));
    EXPECT_TRUE(StatementPeriod{}.contains(QDate(1990, 1, 1)));
    const AccountStatement s =
        accountStatement(alfa(), period, sums(0, 0, 0, 0, 0),
                         {doc(statement_kind::kInvoice, 1, kDay.addDays(-1), 1),
                          doc(statement_kind::kInvoice, 2, kDay, 10),
                          doc(statement_kind::kInvoice, 3, kDay.addDays(5), 100),
                          doc(statement_kind::kInvoice, 4, kDay.addDays(6), 1000)});
    EXPECT_EQ(s.entries.size(), 2);
    EXPECT_EQ(s.closingBalance, eur(110));
}

TEST(AccountStatementTest, DefaultPeriodStartsOnTheFirstOfTheMonthThreeMonthsBack) {
    const StatementPeriod p = defaultStatementPeriod(QDate(2026, 5, 17));
    EXPECT_EQ(p.from, QDate(2026, 2, 1));
    EXPECT_EQ(p.to, QDate(2026, 5, 17));
    EXPECT_EQ(defaultStatementPeriod(QDate(2026, 1, 31)).from, QDate(2025, 10, 1));
}

TEST(AccountStatementTest, AmountDueIsNothingWhenInCredit) {
    AccountStatement s;
    s.closingBalance = eur(-500);
    EXPECT_EQ(s.amountDue(), eur(0));
    s.closingBalance = eur(700);
    EXPECT_EQ(s.amountDue(), eur(700));
}

TEST(AccountStatementTest, DescriptionsNameOrdersMoneyAndReasons) {
    AccountDocument inv = doc(statement_kind::kInvoice, 1, kDay, 100);
    inv.orders = {QStringLiteral("SO-1"), QStringLiteral("SO-2")};
    inv.dueDate = kDay.addDays(30);
    inv.open = eur(40);
    const StatementEntry e = statementEntry(inv);
    EXPECT_TRUE(e.description.contains(QStringLiteral("SO-1, SO-2")));
    EXPECT_EQ(e.dueDate, kDay.addDays(30));
    EXPECT_EQ(e.open, eur(40));

    AccountDocument pay = doc(statement_kind::kPayment, 2, kDay, 100);
    pay.method = QStringLiteral("transfer");
    pay.reference = QStringLiteral("TR-889");
    const StatementEntry p = statementEntry(pay);
    EXPECT_TRUE(p.description.contains(QStringLiteral("TR-889")));
    EXPECT_FALSE(p.open.has_value());

    AccountDocument cb = doc(statement_kind::kChargeback, 3, kDay, 100);
    cb.reason = QStringLiteral("bounced");
    cb.reference = QStringLiteral("PAY-2026-00001");
    EXPECT_TRUE(statementEntry(cb).description.contains(QStringLiteral("Bounced")));
    EXPECT_TRUE(statementEntry(cb).description.contains(QStringLiteral("PAY-2026-00001")));
}
