// SPDX-License-Identifier: MIT
// mostrador-cli payment …, chargeback add, report aging, in-process.
#include "cli_fixture.h"
#include "support/receivables_fixture.h"
#include "support/test_db.h"

using namespace mostrador;
using namespace mostrador::test;
using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// Customer SOL owes two posted invoices: 100.00 due 40 days ago, 50.00 due in 10 days.
class CliPaymentTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addCustomer(u"Ferretería Sol"_s, u"SOL"_s);
        auto s = open();
        const qint64 id = s->customers().get(admin(), u"SOL"_s)->id;
        const QDate today = QDate::currentDate();
        late = postFixtureInvoice(s->database(), {id, 10000, today.addDays(-40), {}, 0, 0});
        PostedInvoiceSpec soon{id, 5000, today.addDays(-20), {}, 0, 0};
        soon.installments = {{today.addDays(10), domain::Money::fromMinor(5000)}};
        upcoming = postFixtureInvoice(s->database(), soon);
    }
    QString balance(const QString& invoice) {
        auto s = open();
        auto q = storage::run(s->database().connection(),
                              u"SELECT balance FROM invoices WHERE number = ?"_s, {invoice});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    QString late;
    QString upcoming;
};

} // namespace

TEST_F(CliPaymentTest, PaymentAddAllocatesShowAndListAnswerIt) {
    CliRun paid = json(words("payment add --customer sol --amount 120 --method card --reference") +
                       QStringList{u"TPV 77"_s});
    ASSERT_EQ(paid.status, 0) << paid.out.toStdString();
    const QJsonObject p = paid.object();
    EXPECT_TRUE(str(p, "number").startsWith(u"PAY-"_s));
    EXPECT_EQ(str(p, "amount"), u"120.00"_s);
    EXPECT_EQ(str(p, "unallocated"), u"0.00"_s);
    EXPECT_EQ(str(p, "method"), u"card"_s);
    const QJsonArray allocations = p.value(u"allocations"_s).toArray();
    ASSERT_EQ(allocations.size(), 2);
    EXPECT_EQ(str(allocations[0].toObject(), "invoice"), late);
    EXPECT_EQ(str(allocations[0].toObject(), "amount"), u"100.00"_s);
    EXPECT_EQ(str(allocations[1].toObject(), "amount"), u"20.00"_s);
    EXPECT_EQ(balance(late), u"0"_s);
    EXPECT_EQ(balance(upcoming), u"3000"_s);
    CliRun shown = json({u"payment"_s, u"show"_s, str(p, "number")});
    EXPECT_EQ(shown.object().value(u"allocations"_s).toArray().size(), 2);
    CliRun text = run({u"payment"_s, u"show"_s, str(p, "number")});
    EXPECT_TRUE(text.out.contains(late)) << text.out.toStdString();
    CliRun listed = json(words("payment list --customer SOL"));
    ASSERT_EQ(listed.array().size(), 1);
    EXPECT_EQ(str(listed.array()[0].toObject(), "reference"), u"TPV 77"_s);
}

TEST_F(CliPaymentTest, NamedInvoicesWithAmountsAndRefusals) {
    CliRun paid = json(words("payment add --customer SOL --amount 80 --invoice") +
                       QStringList{upcoming + u":30"_s});
    ASSERT_EQ(paid.status, 0) << paid.out.toStdString();
    EXPECT_EQ(str(paid.object(), "unallocated"), u"50.00"_s);
    EXPECT_EQ(balance(upcoming), u"2000"_s);
    EXPECT_EQ(balance(late), u"10000"_s);
    CliRun credit = json(words("payment allocate --customer SOL"));
    ASSERT_EQ(credit.status, 0) << credit.out.toStdString();
    EXPECT_EQ(credit.object().value(u"allocations"_s).toArray().size(), 1);
    EXPECT_EQ(balance(late), u"5000"_s);
    CliRun unknown = json(words("payment add --customer SOL --amount 5 --invoice INV-NONE"));
    EXPECT_NE(unknown.status, 0);
    EXPECT_EQ(unknown.rule(), u"invoice.not_found"_s);
    CliRun badAmount = json(words("payment add --customer SOL --amount 5 --invoice X:abc"));
    EXPECT_EQ(badAmount.status, 2);
    CliRun tooMuch = json(words("payment add --customer SOL --amount 5 --invoice") +
                          QStringList{late + u":6"_s});
    EXPECT_EQ(tooMuch.status, 1);
    EXPECT_EQ(tooMuch.rule(), u"allocation.beyond_available"_s);
    EXPECT_EQ(json(words("payment list")).array().size(), 1);
}

TEST_F(CliPaymentTest, ChargebackReopensInvoicesAndAgingAddsUp) {
    CliRun paid = json(words("payment add --customer SOL --amount 120"));
    const QString number = str(paid.object(), "number");
    CliRun cb = json({u"chargeback"_s, u"add"_s, u"--payment"_s, number, u"--amount"_s, u"30"_s,
                      u"--reason"_s, u"dispute"_s, u"--notes"_s, u"card dispute"_s});
    ASSERT_EQ(cb.status, 0) << cb.out.toStdString();
    EXPECT_TRUE(str(cb.object(), "number").startsWith(u"CB-"_s));
    EXPECT_EQ(str(cb.object(), "payment"), number);
    EXPECT_EQ(str(cb.object(), "reason"), u"dispute"_s);
    EXPECT_EQ(balance(upcoming), u"5000"_s); // newest allocation (20.00) undone first
    EXPECT_EQ(balance(late), u"1000"_s);
    CliRun beyond = json({u"chargeback"_s, u"add"_s, u"--payment"_s, number, u"--amount"_s,
                          u"90.01"_s, u"--reason"_s, u"bounced"_s});
    EXPECT_EQ(beyond.status, 1);
    EXPECT_EQ(beyond.rule(), u"chargeback.beyond_payment"_s);
    CliRun aging = json(words("report aging"));
    ASSERT_EQ(aging.status, 0) << aging.out.toStdString();
    const QJsonArray rows = aging.array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(str(rows[0].toObject(), "customer"), u"SOL"_s);
    EXPECT_EQ(str(rows[0].toObject(), "d31_60"), u"10.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "current"), u"50.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "total"), u"60.00"_s);
    EXPECT_TRUE(rows[1].toObject().value(u"customer"_s).isNull());
    EXPECT_EQ(str(rows[1].toObject(), "total"), u"60.00"_s);
    const QString later = QDate::currentDate().addDays(11).toString(Qt::ISODate);
    CliRun future = json({u"report"_s, u"aging"_s, u"--as-of"_s, later, u"--customer"_s, u"SOL"_s});
    EXPECT_EQ(str(future.array()[0].toObject(), "d1_30"), u"50.00"_s);
    CliRun text = run(words("report aging"));
    EXPECT_TRUE(text.out.contains(u"Total"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"60.00"_s));
}

// --as-of in the past: what the documents dated up to it left open, not today's.
TEST_F(CliPaymentTest, AgingAsOfAPastDateIsWhatWasOpenThen) {
    const QDate today = QDate::currentDate();
    auto iso = [&](int daysAgo) { return today.addDays(-daysAgo).toString(Qt::ISODate); };
    CliRun paid = json({u"payment"_s, u"add"_s, u"--customer"_s, u"SOL"_s, u"--amount"_s, u"120"_s,
                        u"--date"_s, iso(5)});
    ASSERT_EQ(paid.status, 0) << paid.out.toStdString();
    CliRun cb = json({u"chargeback"_s, u"add"_s, u"--payment"_s, str(paid.object(), "number"),
                      u"--amount"_s, u"30"_s, u"--reason"_s, u"bounced"_s, u"--date"_s, iso(2)});
    ASSERT_EQ(cb.status, 0) << cb.out.toStdString();
    // Ten days ago nothing was paid: 100.00 thirty days past due, 50.00 not yet due.
    CliRun before = json({u"report"_s, u"aging"_s, u"--as-of"_s, iso(10)});
    ASSERT_EQ(before.status, 0) << before.out.toStdString();
    QJsonArray rows = before.array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(str(rows[0].toObject(), "d1_30"), u"100.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "current"), u"50.00"_s);
    EXPECT_EQ(str(rows[1].toObject(), "total"), u"150.00"_s);
    // Three days ago the payment had paid 100.00 and 20.00; the chargeback came later.
    rows = json({u"report"_s, u"aging"_s, u"--as-of"_s, iso(3), u"--customer"_s, u"SOL"_s}).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(str(rows[0].toObject(), "d1_30"), u"0.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "current"), u"30.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "total"), u"30.00"_s);
    // Today the chargeback has reopened the newest allocation (20.00) and 10.00 of the
    // late invoice.
    rows = json(words("report aging")).array();
    EXPECT_EQ(str(rows[0].toObject(), "over_90"), u"0.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "d31_60"), u"10.00"_s);
    EXPECT_EQ(str(rows[0].toObject(), "current"), u"50.00"_s);
}
