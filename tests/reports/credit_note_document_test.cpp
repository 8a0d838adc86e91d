// SPDX-License-Identifier: MIT
// The credit note as printed: the model (title, number, credited invoices, return,
// lines, totals by rate, total credited, reason) and what pdftotext reads from it.
#include "pdf_text.h"
#include "reports/credit_note_document.h"
#include "reports/document_renderer.h"
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

CreditNoteLine line(const QString& invoice, const QString& sku, qint64 qty, qint64 priceTenK,
                    qint64 rateBp, qint64 net, qint64 tax) {
    CreditNoteLine l;
    l.invoiceNumber = invoice;
    l.sku = sku;
    l.description = QStringLiteral("Returned %1").arg(sku);
    l.unit = QStringLiteral("u");
    l.qty = Quantity::fromUnits(qty);
    l.unitPrice = UnitPrice::fromTenThousandths(priceTenK);
    l.taxCode = rateBp == 2100 ? QStringLiteral("IVA21") : QStringLiteral("IVA10");
    l.taxRate = Percent::fromBasisPoints(rateBp);
    l.net = eur(net);
    l.tax = eur(tax);
    return l;
}

// CN-2026-00004 for return RMA-2026-00009: two lines of INV-2026-00031 (21 %) and one of
// INV-2026-00035 (10 %, at a 4-decimal price).
CreditNote sampleNote() {
    CreditNote n;
    n.number = QStringLiteral("CN-2026-00004");
    n.returnNumber = QStringLiteral("RMA-2026-00009");
    n.party.customerCode = QStringLiteral("ALFA");
    n.party.customerName = QStringLiteral("Alfa Suministros S.L.");
    n.party.customerTaxId = QStringLiteral("B12345678");
    n.party.billingAddress = QStringLiteral("Calle Mayor 1\n50001 Zaragoza");
    n.date = QDate(2026, 5, 12);
    n.reason = QStringLiteral("Damaged in transit");
    n.lines = {
        line(QStringLiteral("INV-2026-00031"), QStringLiteral("TOR-M6"), 10, 100000, 2100, 10000,
             2100),
        line(QStringLiteral("INV-2026-00031"), QStringLiteral("TUE-M6"), 3, 33300, 2100, 999, 210),
        line(QStringLiteral("INV-2026-00035"), QStringLiteral("LIM-01"), 2, 123450, 1000, 2469,
             247)};
    n.invoiceNumbers = {QStringLiteral("INV-2026-00031"), QStringLiteral("INV-2026-00035")};
    n.untaxed = eur(13468);
    n.tax = eur(2557);
    n.total = eur(16025);
    n.taxGroups = {{QStringLiteral("IVA21"), Percent::fromWhole(21), eur(10999), eur(2310)},
                   {QStringLiteral("IVA10"), Percent::fromWhole(10), eur(2469), eur(247)}};
    return n;
}

QString fieldValue(const PrintedDocument& doc, const QString& label) {
    for (const Field& f : doc.fields)
        if (f.label == label)
            return f.value;
    return QStringLiteral("(none)");
}

} // namespace

TEST(CreditNoteDocument, HoldsTheCreditedInvoicesReturnLinesAndTotalCredited) {
    const PrintedDocument doc = creditNoteDocument(sampleNote(), test::sampleCompany(), kEnglish);
    EXPECT_EQ(doc.title, QStringLiteral("Credit note"));
    EXPECT_EQ(doc.number, QStringLiteral("CN-2026-00004"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Credits invoices")),
              QStringLiteral("INV-2026-00031, INV-2026-00035"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Return")), QStringLiteral("RMA-2026-00009"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Date")), QStringLiteral("5/12/2026"));
    ASSERT_EQ(doc.lines.rows.size(), 3);
    EXPECT_EQ(doc.lines.rows[2][3], QStringLiteral("12.345")); // prices line up on 3 decimals
    EXPECT_EQ(doc.lines.rows[1][3], QStringLiteral("3.330"));
    EXPECT_EQ(doc.lines.rows[0][6], QStringLiteral("100.00"));
    EXPECT_EQ(doc.taxSummary.rows.size(), 2);
    EXPECT_EQ(doc.totals.last().label, QStringLiteral("Total credited"));
    EXPECT_EQ(doc.totals.last().value, QStringLiteral("€160.25"));
    ASSERT_EQ(doc.sections.size(), 1);
    EXPECT_EQ(doc.sections[0].text, QStringLiteral("Damaged in transit"));
}

TEST(CreditNoteDocument, OneCreditedInvoiceIsNamedInTheSingular) {
    CreditNote n = sampleNote();
    n.invoiceNumbers = {QStringLiteral("INV-2026-00031")};
    const PrintedDocument doc = creditNoteDocument(n, test::sampleCompany(), kEnglish);
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Credits invoice")), QStringLiteral("INV-2026-00031"));
}

TEST(CreditNoteDocument, ThePdfReadsTheNumbersAndTotalsInSpanish) {
    if (!test::havePoppler())
        GTEST_SKIP() << "poppler-utils not installed";
    const CreditNote n = sampleNote();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cn.pdf"));
    auto pages =
        writePdf(creditNoteDocument(n, test::sampleCompany(), kSpanish), path, PaperSize::A4);
    ASSERT_TRUE(pages);
    EXPECT_EQ(*pages, 1);
    const QString text = test::pdfText(path);
    for (const QString& s :
         {n.number, n.returnNumber, QStringLiteral("INV-2026-00035"),
          QStringLiteral("Returned LIM-01"), QStringLiteral("12,345"),
          test::plainSpaces(n.total.toString(kSpanish)),
          test::plainSpaces(n.tax.toString(kSpanish)), QStringLiteral("Damaged in transit")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
}
