// SPDX-License-Identifier: MIT
// A quotation mapped to the printed document: number and revision, dates, parties,
// lines, totals by tax rate, totals, payment terms and notes, in the given locale.
#include "reports/quotation_document.h"
#include "sample_quotation.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;
using domain::Money;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

PrintedDocument print(const domain::Quotation& q, const QLocale& locale = kEnglish,
                      const QString& terms = QStringLiteral("Net 30")) {
    return quotationDocument(q, test::sampleCompany(), terms, locale);
}

QString field(const PrintedDocument& doc, const char* label) {
    for (const Field& f : doc.fields)
        if (f.label == QString::fromUtf8(label))
            return f.value;
    return QStringLiteral("<missing>");
}

} // namespace

TEST(QuotationDocument, TitleNumberAndRevision) {
    const PrintedDocument first = print(test::sampleQuotation(3, 1));
    EXPECT_EQ(first.title, QStringLiteral("Quotation"));
    EXPECT_EQ(first.number, QStringLiteral("Q-2026-00042"));
    EXPECT_EQ(print(test::sampleQuotation(3, 3)).number, QStringLiteral("Q-2026-00042 rev. 3"));
    EXPECT_EQ(print(test::sampleQuotation(3, 3)).caption(),
              QStringLiteral("Quotation Q-2026-00042 rev. 3"));
}

TEST(QuotationDocument, HeaderFieldsAndCompanyInTheLocale) {
    const PrintedDocument en = print(test::sampleQuotation(3));
    EXPECT_EQ(field(en, "Date"), QStringLiteral("11/27/2026"));
    EXPECT_EQ(field(en, "Valid until"), QStringLiteral("12/27/2026"));
    EXPECT_EQ(field(en, "Salesperson"), QStringLiteral("marta"));
    EXPECT_EQ(field(en, "Customer"), QStringLiteral("C-00017"));
    EXPECT_EQ(field(print(test::sampleQuotation(3), kSpanish), "Date"),
              QStringLiteral("27/11/2026"));
    EXPECT_EQ(en.company.name, QStringLiteral("Ferretería Ejemplo S.L."));
    EXPECT_EQ(en.company.lines,
              (QStringList{QStringLiteral("Avenida de la Industria 45"),
                           QStringLiteral("28108 Alcobendas (Madrid)"),
                           QStringLiteral("Tax ID: B87654321"),
                           QStringLiteral("+34 910 000 000 · ventas@ferrex.example")}));
    EXPECT_FALSE(en.company.logoPng.isEmpty());
}

TEST(QuotationDocument, BillToHasTheTaxIdAndShipToFallsBackToBilling) {
    domain::Quotation q = test::sampleQuotation(1);
    const PrintedDocument doc = print(q);
    ASSERT_EQ(doc.addresses.size(), 2);
    EXPECT_EQ(doc.addresses[0].lines,
              (QStringList{QStringLiteral("Construcciones Álvarez e Hijos S.A."),
                           QStringLiteral("Calle Mayor 12, 3º B"), QStringLiteral("28013 Madrid"),
                           QStringLiteral("España"), QStringLiteral("Tax ID: A12345678")}));
    EXPECT_EQ(doc.addresses[1].lines.value(1), QStringLiteral("Polígono Industrial Sur, nave 7"));
    q.party.shippingAddress.clear();
    EXPECT_EQ(print(q).addresses[1].lines.value(1), QStringLiteral("Calle Mayor 12, 3º B"));
}

TEST(QuotationDocument, LinesAreFormattedInTheLocaleNumbersRightAligned) {
    const domain::Quotation q = test::sampleQuotation(2);
    const PrintedDocument doc = print(q, kSpanish);
    ASSERT_EQ(doc.lines.columns.size(), 7);
    for (int c : {2, 3, 4, 5, 6})
        EXPECT_EQ(doc.lines.columns[c].align, Align::Right) << c;
    ASSERT_EQ(doc.lines.rows.size(), 2);
    // 1.5 kg at 1.2595 less 7.5 % = 1.7475… → 1.75; line 2 has no discount.
    EXPECT_EQ(doc.lines.rows[0],
              (QStringList{QStringLiteral("SKU-0001"),
                           QStringLiteral("Tornillo hexagonal M6 x 40 zincado"),
                           QStringLiteral("1,5 kg"), QStringLiteral("1,2595"),
                           QStringLiteral("7,5"), QStringLiteral("21"), QStringLiteral("1,75")}));
    EXPECT_EQ(doc.lines.rows[1][4], QString());
    EXPECT_EQ(doc.lines.rows[1][2], QStringLiteral("2 u"));
}

TEST(QuotationDocument, TotalsByTaxRateThenUntaxedTaxAndTotal) {
    const domain::Quotation q = test::sampleQuotation(6);
    const PrintedDocument doc = print(q);
    ASSERT_EQ(doc.taxSummary.rows.size(), 3);
    EXPECT_EQ(doc.taxSummary.rows[0][0], QStringLiteral("IVA21"));
    EXPECT_EQ(doc.taxSummary.rows[0][1], QStringLiteral("21%"));
    EXPECT_EQ(doc.taxSummary.rows[2][1], QStringLiteral("4%"));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(doc.taxSummary.rows[i][2], q.taxGroups[i].base.toNumberString(kEnglish));
        EXPECT_EQ(doc.taxSummary.rows[i][3], q.taxGroups[i].tax.toNumberString(kEnglish));
    }
    ASSERT_EQ(doc.totals.size(), 3);
    EXPECT_EQ(doc.totals[0],
              (TotalRow{QStringLiteral("Untaxed amount"), q.untaxed.toString(kEnglish), false}));
    EXPECT_EQ(doc.totals[1].value, q.tax.toString(kEnglish));
    EXPECT_EQ(doc.totals[2].label, QStringLiteral("Total"));
    EXPECT_TRUE(doc.totals[2].emphasized);
    EXPECT_TRUE(doc.totals[2].value.startsWith(u'€')) << doc.totals[2].value.toStdString();
}

TEST(QuotationDocument, PaymentTermsAndNotesOnlyWhenThere) {
    domain::Quotation q = test::sampleQuotation(1);
    const PrintedDocument doc = print(q);
    ASSERT_EQ(doc.sections.size(), 2);
    EXPECT_EQ(doc.sections[0],
              (TextSection{QStringLiteral("Payment terms"), QStringLiteral("Net 30")}));
    EXPECT_EQ(doc.sections[1].title, QStringLiteral("Notes"));
    EXPECT_TRUE(doc.sections[1].text.startsWith(QStringLiteral("Prices include delivery")));
    q.notes = QStringLiteral("  ");
    EXPECT_TRUE(print(q, kEnglish, QString()).sections.isEmpty());
}

TEST(PrintedDocument, ColumnWidthsShareTheTotalByRelativeWidth) {
    const QList<Column> columns{{QStringLiteral("a"), Align::Left, 1},
                                {QStringLiteral("b"), Align::Left, 3},
                                {QStringLiteral("c"), Align::Left, 0}};
    EXPECT_EQ(columnWidths(columns, 400), (QList<qreal>{100, 300, 0}));
}

TEST(QuotationDocument, UnitPricesShareTheirDecimalsSoTheColumnLinesUp) {
    domain::Quotation q = test::sampleQuotation(2);
    q.lines[0].unitPrice = domain::UnitPrice::fromTenThousandths(125000); // 12.50
    q.lines[1].unitPrice = domain::UnitPrice::fromTenThousandths(30);     // 0.003
    PrintedDocument doc = print(q);
    EXPECT_EQ(doc.lines.rows[0][3], QStringLiteral("12.500"));
    EXPECT_EQ(doc.lines.rows[1][3], QStringLiteral("0.003"));
    q.lines[1].unitPrice = domain::UnitPrice::fromTenThousandths(12345000); // 1234.50
    doc = print(q);
    EXPECT_EQ(doc.lines.rows[0][3], QStringLiteral("12.50"));
    EXPECT_EQ(doc.lines.rows[1][3], QStringLiteral("1,234.50"));
}
