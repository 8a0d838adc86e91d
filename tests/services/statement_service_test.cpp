// SPDX-License-Identifier: MIT
#include "payment_test_support.h"
#include "services/statement_service.h"

#include <QRandomGenerator>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

const QDate kJan(2026, 1, 1);

// BETA's account: fixture invoices (receivables_fixture.h) and real payments,
// deposits and chargebacks; credit notes and refunds written the way the returns
// service writes them (a row, and the AR balance lowered or raised).
class StatementServiceTest : public test::PaymentFixture {
protected:
    // Orders confirm whatever the fixture invoices of early 2026 say is overdue today.
    void SetUp() override {
        test::PaymentFixture::SetUp();
        ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("credit.block_overdue_days"),
                                            QStringLiteral("36500")));
    }
    QString beta() const { return QStringLiteral("BETA"); }
    QString invoiceOn(QDate date, qint64 cents) {
        test::PostedInvoiceSpec spec;
        spec.customerId = customer(beta()).id;
        spec.total = cents;
        spec.date = date;
        spec.installments = {{date.addDays(30), money(cents)}};
        return test::postFixtureInvoice(s().database(), spec);
    }
    domain::Payment payOn(QDate date, qint64 cents, const QString& code = QStringLiteral("BETA")) {
        PaymentInput in = payment(code, cents);
        in.date = date;
        in.reference = QStringLiteral("REF-%1").arg(cents);
        return pay(in);
    }
    void chargebackOn(const QString& paymentNumber, QDate date, qint64 cents) {
        ChargebackInput in = chargeback(paymentNumber, cents, QStringLiteral("bounced"));
        in.date = date;
        auto cb = s().payments().chargeback(accounting, in);
        ASSERT_TRUE(cb) << cb.error().message.toStdString();
    }
    void depositOn(QDate date, qint64 cents) {
        const SalesOrder o = confirmed(beta(), {line(QStringLiteral("SERV"), 10)});
        DepositInput in;
        in.orderNumber = o.number;
        in.amount = money(cents);
        in.date = date;
        auto d = s().deposits().add(accounting, in);
        ASSERT_TRUE(d) << d.error().message.toStdString();
    }
    void creditNoteOn(QDate date, qint64 cents, const QString& code = QStringLiteral("BETA")) {
        const qint64 id = customer(code).id;
        const qint64 n = rows("credit_notes");
        ASSERT_TRUE(storage::write(
            s().database(),
            QStringLiteral("INSERT INTO credit_notes (number, customer_id, customer_code, "
                           "customer_name, date, reason, currency, untaxed, tax, total, "
                           "unallocated, user_name, created_at) SELECT ?, id, code, name, ?, "
                           "'Damaged in transit', 'EUR', ?, 0, ?, ?, 'ana', ? FROM customers "
                           "WHERE id = ?"),
            {QStringLiteral("CN-T-%1").arg(n + 1), date.toString(Qt::ISODate), cents, cents, cents,
             date.toString(Qt::ISODate), id}));
        ASSERT_TRUE(storage::CustomerAccountRepository(s().database()).addArBalance(id, -cents));
    }
    void refundOn(QDate date, qint64 cents) {
        const qint64 id = customer(beta()).id;
        const qint64 n = rows("payments");
        ASSERT_TRUE(storage::write(
            s().database(),
            QStringLiteral("INSERT INTO payments (number, kind, customer_id, amount, method, "
                           "date, user_name, created_at) VALUES (?, 'refund', ?, ?, 'transfer', "
                           "?, 'ana', ?)"),
            {QStringLiteral("REFUND-%1").arg(n + 1), id, -cents, date.toString(Qt::ISODate),
             date.toString(Qt::ISODate)}));
        ASSERT_TRUE(storage::CustomerAccountRepository(s().database()).addArBalance(id, cents));
    }
    AccountStatement statement(StatementPeriod period = {}) {
        auto st = s().statements().statement(accounting, beta(), period);
        EXPECT_TRUE(st) << (st ? "" : st.error().message.toStdString());
        return st ? *st : AccountStatement{};
    }
    static QStringList kinds(const AccountStatement& st) {
        QStringList out;
        for (const StatementEntry& e : st.entries)
            out.append(e.kind);
        return out;
    }
};

} // namespace

TEST_F(StatementServiceTest, EntriesComeInDateOrderWithTheSignOfTheirKind) {
    const QString inv = invoiceOn(kJan.addDays(9), 10000);
    depositOn(kJan.addDays(4), 2000);
    const Payment p = payOn(kJan.addDays(14), 5000);
    chargebackOn(p.number, kJan.addDays(19), 1500);
    creditNoteOn(kJan.addDays(24), 1000);
    refundOn(kJan.addDays(25), 300);
    const AccountStatement st = statement();
    EXPECT_EQ(kinds(st), (QStringList{QStringLiteral("deposit"), QStringLiteral("invoice"),
                                      QStringLiteral("payment"), QStringLiteral("chargeback"),
                                      QStringLiteral("credit_note"), QStringLiteral("refund")}));
    const qint64 debit[] = {0, 10000, 0, 1500, 0, 300};
    const qint64 credit[] = {2000, 0, 5000, 0, 1000, 0};
    const qint64 balance[] = {-2000, 8000, 3000, 4500, 3500, 3800};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(st.entries[i].debit, money(debit[i])) << i;
        EXPECT_EQ(st.entries[i].credit, money(credit[i])) << i;
        EXPECT_EQ(st.entries[i].balance, money(balance[i])) << i;
    }
    EXPECT_EQ(st.entries[1].number, inv);
    EXPECT_EQ(st.entries[1].dueDate, kJan.addDays(39));
    EXPECT_EQ(st.entries[1].open, money(10000 - 5000 + 1500)); // the chargeback reopened it
    EXPECT_TRUE(st.entries[2].description.contains(QStringLiteral("REF-5000")));
    EXPECT_EQ(st.closingBalance, money(3800));
}

TEST_F(StatementServiceTest, OpeningBalanceSumsTheDocumentsBeforeThePeriod) {
    invoiceOn(kJan.addDays(1), 10000);
    payOn(kJan.addDays(2), 4000);
    creditNoteOn(kJan.addDays(3), 500);
    depositOn(kJan.addDays(4), 700);
    invoiceOn(kJan.addDays(10), 2000);
    payOn(QDate(2025, 12, 1), 100, QStringLiteral("ALFA")); // another customer's
    const AccountStatement st = statement({kJan.addDays(5), {}});
    EXPECT_EQ(st.openingBalance, money(10000 - 4000 - 500 - 700));
    ASSERT_EQ(st.entries.size(), 1);
    EXPECT_EQ(st.closingBalance, money(10000 - 4000 - 500 - 700 + 2000));
}

TEST_F(StatementServiceTest, DraftInvoicesNeverAppear) {
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const SalesOrder o = confirmed(beta(), {line(QStringLiteral("SERV"), 1)});
    auto draft = s().invoices().createDraft(accounting, {o.number});
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_TRUE(statement().entries.isEmpty());
    EXPECT_EQ(statement({today(), {}}).openingBalance, money(0));
    EXPECT_EQ(statement({today().addDays(1), {}}).openingBalance, money(0));
    auto posted = s().invoices().post(accounting, draft->number);
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    const AccountStatement st = statement();
    ASSERT_EQ(st.entries.size(), 1);
    EXPECT_EQ(st.entries[0].number, posted->number);
    EXPECT_EQ(st.entries[0].description, QStringLiteral("Order %1").arg(o.number));
    EXPECT_EQ(statement({today().addDays(1), {}}).openingBalance, posted->total);
}

TEST_F(StatementServiceTest, PeriodEndsAreInclusive) {
    invoiceOn(kJan.addDays(9), 1);
    invoiceOn(kJan.addDays(10), 10);
    payOn(kJan.addDays(20), 5);
    invoiceOn(kJan.addDays(21), 1000);
    const AccountStatement st = statement({kJan.addDays(10), kJan.addDays(20)});
    ASSERT_EQ(st.entries.size(), 2);
    EXPECT_EQ(st.entries.first().date, kJan.addDays(10));
    EXPECT_EQ(st.entries.last().date, kJan.addDays(20));
    EXPECT_EQ(st.openingBalance, money(1));
    EXPECT_EQ(st.closingBalance, money(1 + 10 - 5));
    EXPECT_EQ(st.asOf, kJan.addDays(20));
}

TEST_F(StatementServiceTest, PeriodThatEndsBeforeItStartsIsRefused) {
    auto st = s().statements().statement(accounting, beta(), {kJan.addDays(2), kJan});
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, QStringLiteral("statement.period"));
}

TEST_F(StatementServiceTest, AgingIsThatOfTheCustomerAsOfTheEnd) {
    invoiceOn(today().addDays(-45), 3000); // due 15 days ago
    invoiceOn(today().addDays(-5), 2000);  // not yet due
    const AccountStatement st = statement({{}, today()});
    EXPECT_EQ(st.aging[AgingBucket::Days1To30], money(3000));
    EXPECT_EQ(st.aging[AgingBucket::Current], money(2000));
    EXPECT_EQ(st.aging.total(), st.closingBalance);
}

// Property (issue 5): over a random history of real invoices (some applying deposits),
// payments, chargebacks, credit notes and refunds, the whole account's closing balance
// is the customer's AR balance less its unapplied deposits.
TEST_F(StatementServiceTest, ClosingBalanceIsArLessUnappliedDepositsAfterARandomHistory) {
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    QRandomGenerator rng(20260517);
    QStringList open;      // confirmed orders not invoiced yet
    QStringList deposited; // the same, with a deposit (one each, never more than owed)
    QList<Payment> payments;
    for (int step = 0; step < 60; ++step) {
        switch (rng.bounded(6)) {
        case 0:
            open.append(
                confirmed(beta(), {line(QStringLiteral("SERV"), rng.bounded(1, 4))}).number);
            break;
        case 1:
            if (!open.isEmpty()) {
                deposited.append(open.takeLast());
                DepositInput in;
                in.orderNumber = deposited.last();
                in.amount = money(rng.bounded(100, 3000));
                ASSERT_TRUE(s().deposits().add(accounting, in));
            }
            break;
        case 2:
            if (!open.isEmpty() || !deposited.isEmpty()) {
                QStringList& from = deposited.isEmpty() || rng.bounded(2) ? open : deposited;
                if (!from.isEmpty()) {
                    ASSERT_TRUE(s().invoices().createAndPost(accounting, {from.takeFirst()}));
                }
            }
            break;
        case 3:
            payments.append(payOn(today(), rng.bounded(100, 8000)));
            break;
        case 4:
            if (!payments.isEmpty()) {
                const Payment& p = payments[rng.bounded(int(payments.size()))];
                auto now = s().payments().get(accounting, p.number);
                const qint64 left = now->amount.minor() - now->chargedBack.minor();
                if (left > 0)
                    chargebackOn(p.number, today(), rng.bounded(qint64(1), left + 1));
            }
            break;
        default:
            rng.bounded(2) ? creditNoteOn(today(), rng.bounded(100, 2000))
                           : refundOn(today(), rng.bounded(100, 1000));
        }
    }
    const storage::AccountFigures f = account(beta());
    const AccountStatement st = statement();
    EXPECT_GT(st.entries.size(), 30);
    EXPECT_EQ(st.closingBalance.minor(), f.arBalance - f.unappliedDeposits);
    // Split anywhere, the opening balance carries what came before.
    EXPECT_EQ(statement({today(), {}}).closingBalance, st.closingBalance);
}

TEST_F(StatementServiceTest, HeaderHasTheCustomerFigures) {
    invoiceOn(today().addDays(-40), 3000);
    payOn(today(), 5000);
    auto h = s().statements().header(accounting, beta());
    ASSERT_TRUE(h) << h.error().message.toStdString();
    EXPECT_EQ(h->customer.code, beta());
    EXPECT_EQ(h->arBalance, money(-2000));
    EXPECT_EQ(h->credit, money(2000));
    EXPECT_EQ(h->overdueInvoices, 0);
}
