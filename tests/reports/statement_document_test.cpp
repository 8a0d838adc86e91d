// SPDX-License-Identifier: MIT
// The customer statement as printed: what the model holds (period, opening balance row,
// entries with running balance, totals, aging, amount due) and what pdftotext reads from
// a three-page statement in English and Spanish.
#include "pdf_text.h"
#include "reports/document_renderer.h"
#include "reports/statement_document.h"
#include "sample_quotation.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::reports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

Money eur(qint64 minor) {
    return Money::fromMinor(minor);
}

AccountDocument document(const char16_t* kind, qint64 id, QDate date, qint64 amount) {
    AccountDocument d;
    d.kind = QString::fromUtf16(kind);
    d.id = id;
    d.date = date;
    d.amount = eur(amount);
    const bool invoice = d.kind == statement_kind::kInvoice;
    d.number = QStringLiteral("%1-2026-%2")
                   .arg(invoice ? QStringLiteral("INV") : QStringLiteral("PAY"))
                   .arg(id, 5, 10, QLatin1Char('0'));
    if (invoice) {
        d.orders = {QStringLiteral("SO-2026-%1").arg(id, 5, 10, QLatin1Char('0'))};
        d.dueDate = date.addDays(30);
        d.open = eur(amount);
    } else {
        d.method = QStringLiteral("transfer");
        d.reference = QStringLiteral("TR-%1").arg(id);
    }
    return d;
}

// ALFA from 1 February 2026 with an opening balance of 1,000.00: `pairs` invoices of
// 1,210.00 each followed two days later by a payment of 1,000.00.
AccountStatement sampleStatement(int pairs) {
    QList<AccountDocument> docs;
    const QDate start(2026, 2, 1);
    for (int i = 0; i < pairs; ++i) {
        docs.append(document(statement_kind::kInvoice, i + 1, start.addDays(i), 121000));
        docs.append(document(statement_kind::kPayment, i + 1, start.addDays(i + 2), 100000));
    }
    const StatementCustomer customer{
        QStringLiteral("ALFA"), QStringLiteral("Alfa Suministros S.L."),
        QStringLiteral("B12345678"), QStringLiteral("Calle Mayor 1\n50001 Zaragoza")};
    const StatementPeriod period{start, start.addDays(pairs + 10)};
    AccountSums before{eur(150000), eur(0), eur(0), eur(50000), eur(0)};
    AccountStatement s = accountStatement(customer, period, before, docs);
    s.asOf = period.to;
    s.aging = AgingAmounts(Currency{});
    s.aging[AgingBucket::Current] = eur(121000);
    s.aging[AgingBucket::Days1To30] = s.closingBalance - eur(121000);
    return s;
}

} // namespace

TEST(StatementDocument, HoldsThePeriodTheOpeningRowTheEntriesAndTheBalances) {
    const AccountStatement s = sampleStatement(2);
    const PrintedDocument doc = statementDocument(s, test::sampleCompany(), kEnglish);
    EXPECT_EQ(doc.title, QStringLiteral("Statement"));
    EXPECT_EQ(doc.number, QStringLiteral("ALFA"));
    ASSERT_EQ(doc.addresses.size(), 1);
    EXPECT_TRUE(doc.addresses[0].lines.contains(QStringLiteral("Tax ID: B12345678")));
    ASSERT_EQ(doc.lines.rows.size(), 5); // the opening row and four entries
    EXPECT_EQ(doc.lines.rows[0][2], QStringLiteral("Opening balance"));
    EXPECT_EQ(doc.lines.rows[0][5], QStringLiteral("1,000.00"));
    EXPECT_EQ(doc.lines.rows[1][1], QStringLiteral("Invoice INV-2026-00001"));
    EXPECT_TRUE(doc.lines.rows[1][2].contains(QStringLiteral("due 3/3/2026")));
    EXPECT_EQ(doc.lines.rows[1][3], QStringLiteral("1,210.00"));
    EXPECT_EQ(doc.lines.rows[1][4], QString());
    EXPECT_EQ(doc.lines.rows[1][5], QStringLiteral("2,210.00"));
    EXPECT_EQ(doc.lines.rows[3][4], QStringLiteral("1,000.00")); // the first payment
    EXPECT_EQ(doc.lines.rows[4][5], QStringLiteral("1,420.00"));
    const TotalRow due = doc.totals.last();
    EXPECT_EQ(due.label, QStringLiteral("Amount due"));
    EXPECT_EQ(due.value, QStringLiteral("€1,420.00"));
    ASSERT_EQ(doc.extras.size(), 1);
    EXPECT_EQ(doc.extras[0].fields.size(), 6);
    EXPECT_EQ(doc.extras[0].fields.last().value, QStringLiteral("€1,420.00"));
}

TEST(StatementDocument, ACustomerInCreditOwesNothingAndIsToldTheCredit) {
    AccountStatement s = sampleStatement(0);
    s.closingBalance = eur(-2500);
    const PrintedDocument doc = statementDocument(s, test::sampleCompany(), kEnglish);
    QStringList labels;
    for (const TotalRow& t : doc.totals)
        labels.append(t.label + u'=' + t.value);
    EXPECT_TRUE(labels.contains(QStringLiteral("Credit in your favour=€25.00")))
        << labels.join(u';').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Amount due=€0.00")));
}

TEST(StatementDocument, ALongStatementBreaksOverThreePagesWithEveryEntryAndItsBalance) {
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const AccountStatement s = sampleStatement(36);
    const PrintedDocument doc = statementDocument(s, test::sampleCompany(), kSpanish);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statement.pdf"));
    auto pages = writePdf(doc, path, PaperSize::A4);
    ASSERT_TRUE(pages);
    EXPECT_EQ(*pages, 3);
    const QString all = test::pdfText(path);
    for (const StatementEntry& e : s.entries) {
        EXPECT_EQ(all.count(e.number), 1) << e.number.toStdString();
        EXPECT_TRUE(all.contains(test::plainSpaces(e.balance.toNumberString(kSpanish))))
            << e.balance.toPlainString().toStdString();
    }
    for (int page = 2; page <= 3; ++page) // the table header repeats
        EXPECT_TRUE(test::pdfText(path, page).contains(QStringLiteral("Saldo")) ||
                    test::pdfText(path, page).contains(QStringLiteral("Balance")));
    const QString last = test::pdfText(path, *pages);
    EXPECT_TRUE(last.contains(test::plainSpaces(s.closingBalance.toString(kSpanish))))
        << last.toStdString();
}

TEST(StatementDocument, FileNameNamesTheCustomerAndTheDate) {
    const AccountStatement s = sampleStatement(1);
    EXPECT_EQ(statementFileName(s), QStringLiteral("Statement-ALFA-2026-02-12.pdf"));
}
