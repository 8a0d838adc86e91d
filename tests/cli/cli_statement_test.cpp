// SPDX-License-Identifier: MIT
// mostrador-cli customer account CODE, print statement CODE and print credit-note NUMBER,
// in-process.
#include "cli_fixture.h"
#include "reports/pdf_text.h"
#include "support/receivables_fixture.h"
#include "support/test_db.h"

#include <QFile>

using namespace mostrador;
using namespace mostrador::test;
using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// SOL: an invoice of 100.00 on 10 March 2026 (due 9 April), a payment of 30.00 on
// 20 March, an earlier invoice of 5.00 on 1 February, and credit note CN-2026-00001 of
// 12.10 on 25 March.
class CliStatementTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addCustomer(u"Ferretería Sol"_s, u"SOL"_s);
        auto s = open();
        const qint64 id = s->customers().get(admin(), u"SOL"_s)->id;
        invoice = postFixtureInvoice(s->database(), {id, 10000, QDate(2026, 3, 10), {}, 0, 0});
        postFixtureInvoice(s->database(), {id, 500, QDate(2026, 2, 1), {}, 0, 0});
        services::PaymentInput in;
        in.customerCode = u"SOL"_s;
        in.amount = domain::Money::fromMinor(3000);
        in.date = QDate(2026, 3, 20);
        in.reference = u"TR-889"_s;
        auto paid = s->payments().add(admin(), in);
        ASSERT_TRUE(paid) << paid.error().message.toStdString();
        payment = paid->number;
        ASSERT_TRUE(storage::write(
            s->database(),
            u"INSERT INTO credit_notes (number, customer_id, customer_code, customer_name, "
            "date, reason, currency, untaxed, tax, total, unallocated, user_name, created_at) "
            "VALUES ('CN-2026-00001', ?, 'SOL', 'Ferretería Sol', '2026-03-25', "
            "'Wrong size', 'EUR', 1000, 210, 1210, 1210, 'admin', '2026-03-25')"_s,
            {id}));
        ASSERT_TRUE(storage::write(
            s->database(),
            u"INSERT INTO invoice_lines (invoice_id, position, sku, description, qty, "
            "unit_price, net, tax) SELECT id, 1, 'TOR-M6', 'Tornillo M6', 10000, 100000, "
            "10000, 0 FROM invoices WHERE number = ?"_s,
            {invoice}));
        ASSERT_TRUE(storage::write(
            s->database(),
            u"INSERT INTO credit_note_lines (credit_note_id, position, invoice_line_id, "
            "invoice_number, sku, description, unit, qty, unit_price, tax_code, tax_rate_bp, "
            "net, tax) SELECT n.id, 1, l.id, ?, 'TOR-M6', 'Tornillo M6', 'u', 1000, 100000, "
            "'IVA21', 2100, 1000, 210 FROM credit_notes n, invoice_lines l"_s,
            {invoice}));
        ASSERT_TRUE(storage::CustomerAccountRepository(s->database()).addArBalance(id, -1210));
    }
    QString out(const char* name) const { return dir.filePath(QLatin1String(name)); }

    QString invoice;
    QString payment;
};

} // namespace

TEST_F(CliStatementTest, AccountAnswersTheEntriesWithRunningBalanceAndAging) {
    CliRun r = json(words("customer account sol --from 2026-03-01 --to 2026-03-31"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString() << r.err.toStdString();
    const QJsonObject st = r.object();
    EXPECT_EQ(str(st, "customer"), u"SOL"_s);
    EXPECT_EQ(str(st, "from"), u"2026-03-01"_s);
    EXPECT_EQ(str(st, "to"), u"2026-03-31"_s);
    EXPECT_EQ(str(st, "opening_balance"), u"5.00"_s);
    const QJsonArray entries = st.value(u"entries"_s).toArray();
    ASSERT_EQ(entries.size(), 3);
    const QJsonObject inv = entries[0].toObject();
    EXPECT_EQ(str(inv, "kind"), u"invoice"_s);
    EXPECT_EQ(str(inv, "number"), invoice);
    EXPECT_EQ(str(inv, "debit"), u"100.00"_s);
    EXPECT_EQ(str(inv, "credit"), u"0.00"_s);
    EXPECT_EQ(str(inv, "balance"), u"105.00"_s);
    EXPECT_EQ(str(inv, "due_date"), u"2026-03-10"_s);
    EXPECT_EQ(str(inv, "open"), u"75.00"_s); // the payment went to the older 5.00 first
    const QJsonObject pay = entries[1].toObject();
    EXPECT_EQ(str(pay, "kind"), u"payment"_s);
    EXPECT_EQ(str(pay, "number"), payment);
    EXPECT_EQ(str(pay, "credit"), u"30.00"_s);
    EXPECT_EQ(str(pay, "balance"), u"75.00"_s);
    EXPECT_TRUE(str(pay, "description").contains(u"TR-889"_s));
    EXPECT_FALSE(pay.contains(u"due_date"_s));
    const QJsonObject note = entries[2].toObject();
    EXPECT_EQ(str(note, "kind"), u"credit_note"_s);
    EXPECT_EQ(str(note, "credit"), u"12.10"_s);
    EXPECT_EQ(str(note, "description"), u"Wrong size"_s);
    EXPECT_EQ(str(st, "closing_balance"), u"62.90"_s);
    const QJsonObject aging = st.value(u"aging"_s).toObject();
    EXPECT_EQ(str(aging, "d1_30"), u"75.00"_s);    // as of 31 March, due 10 March
    EXPECT_EQ(str(aging, "current"), u"-12.10"_s); // the credit note's credit
    EXPECT_EQ(str(aging, "over_90"), u"0.00"_s);
}

TEST_F(CliStatementTest, AccountRefusesUnknownCustomersAndBadDates) {
    EXPECT_EQ(json(words("customer account NOPE")).status, 2);
    CliRun bad = json(words("customer account SOL --from 2026-13-01"));
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(json(words("customer account SOL --from 2026-03-02 --to 2026-03-01")).status, 2);
}

TEST_F(CliStatementTest, AccountWithoutDatesCoversTheDefaultPeriod) {
    const QDate today = QDate::currentDate();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-3);
    const QJsonObject st = json(words("customer account SOL")).object();
    EXPECT_EQ(str(st, "from"), from.toString(Qt::ISODate));
    EXPECT_EQ(str(st, "to"), today.toString(Qt::ISODate));
}

TEST_F(CliStatementTest, PrintStatementWritesTheEntriesAndBalances) {
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    CliRun r = json({u"print"_s, u"statement"_s, u"SOL"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                     u"2026-03-31"_s, u"--out"_s, out("st.pdf")});
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    EXPECT_EQ(r.object()[u"pages"_s].toInt(), 1);
    const QString text = pdfText(out("st.pdf"));
    EXPECT_TRUE(text.contains(u"Statement"_s)) << text.toStdString();
    for (const QString& s : {invoice, payment, u"CN-2026-00001"_s, u"105.00"_s, u"62.90"_s})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
}

TEST_F(CliStatementTest, PrintCreditNoteWritesItsLinesAndTotal) {
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    CliRun r = json({u"print"_s, u"credit-note"_s, u"cn-2026-00001"_s, u"--out"_s, out("cn.pdf")});
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    const QString text = pdfText(out("cn.pdf"));
    for (const QString& s : {u"Credit note"_s, u"CN-2026-00001"_s, invoice, u"Tornillo M6"_s,
                             u"12.10"_s, u"Wrong size"_s})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
    CliRun missing = json({u"print"_s, u"credit-note"_s, u"CN-X"_s, u"--out"_s, out("x.pdf")});
    EXPECT_EQ(missing.status, 2);
    EXPECT_FALSE(QFile::exists(out("x.pdf")));
}
