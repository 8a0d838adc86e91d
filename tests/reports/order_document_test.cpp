// SPDX-License-Identifier: MIT
// A sales order mapped to its printed confirmation: number and dates, the quotation it
// came from, parties, lines with a requested date column only when a line needs one,
// totals by tax rate, totals, deposits and balance, terms and notes.
#include "reports/order_document.h"
#include "sample_orders.h"
#include "sample_quotation.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;
using domain::Money;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

PrintedDocument print(const domain::SalesOrder& o, const QLocale& locale = kEnglish,
                      const QString& terms = QStringLiteral("Net 30")) {
    return orderDocument(o, test::sampleCompany(), terms, locale);
}

QString field(const PrintedDocument& doc, const char* label) {
    for (const Field& f : doc.fields)
        if (f.label == QString::fromUtf8(label))
            return f.value;
    return QStringLiteral("<missing>");
}

QStringList titles(const Table& table) {
    QStringList t;
    for (const Column& c : table.columns)
        t.append(c.title);
    return t;
}

} // namespace

TEST(OrderDocument, TitleNumberDatesQuotationAndSalesperson) {
    const PrintedDocument doc = print(test::sampleOrder(3));
    EXPECT_EQ(doc.caption(), QStringLiteral("Order confirmation SO-2026-00108"));
    EXPECT_EQ(field(doc, "Date"), QStringLiteral("11/28/2026"));
    EXPECT_EQ(field(doc, "Requested delivery"), QStringLiteral("12/4/2026"));
    EXPECT_EQ(field(doc, "Your quotation"), QStringLiteral("Q-2026-00042"));
    EXPECT_EQ(field(doc, "Salesperson"), QStringLiteral("marta"));
    EXPECT_EQ(field(doc, "Customer"), QStringLiteral("C-00017"));
    EXPECT_EQ(field(print(test::sampleOrder(3), kSpanish), "Requested delivery"),
              QStringLiteral("4/12/2026"));
    EXPECT_EQ(doc.company.name, QStringLiteral("Ferretería Ejemplo S.L."));
}

TEST(OrderDocument, AnOrderWithoutQuotationOrRequestedDateLeavesThoseFieldsOut) {
    domain::SalesOrder o = test::sampleOrder(2);
    o.quotationNumber.clear();
    o.requestedDate = {};
    for (domain::DocumentLine& l : o.lines)
        l.requestedDate = {};
    const PrintedDocument doc = print(o);
    EXPECT_EQ(field(doc, "Your quotation"), QStringLiteral("<missing>"));
    EXPECT_EQ(field(doc, "Requested delivery"), QStringLiteral("<missing>"));
    EXPECT_FALSE(titles(doc.lines).contains(QStringLiteral("Requested")));
}

TEST(OrderDocument, BillingAndShippingAddresses) {
    const PrintedDocument doc = print(test::sampleOrder(1));
    ASSERT_EQ(doc.addresses.size(), 2);
    EXPECT_EQ(doc.addresses[0].title, QStringLiteral("Bill to"));
    EXPECT_EQ(doc.addresses[0].lines.value(1), QStringLiteral("Calle Mayor 12, 3º B"));
    EXPECT_EQ(doc.addresses[0].lines.last(), QStringLiteral("Tax ID: A12345678"));
    EXPECT_EQ(doc.addresses[1].title, QStringLiteral("Ship to"));
    EXPECT_EQ(doc.addresses[1].lines.value(1), QStringLiteral("Polígono Industrial Sur, nave 7"));
}

TEST(OrderDocument, LinesShowTheirRequestedDateOnlyWhereItDiffersFromTheOrders) {
    const PrintedDocument doc = print(test::sampleOrder(3), kSpanish);
    EXPECT_EQ(titles(doc.lines), (QStringList{QStringLiteral("SKU"), QStringLiteral("Description"),
                                              QStringLiteral("Qty"), QStringLiteral("Unit price"),
                                              QStringLiteral("Disc. %"), QStringLiteral("Tax %"),
                                              QStringLiteral("Requested"), QStringLiteral("Net")}));
    ASSERT_EQ(doc.lines.rows.size(), 3);
    EXPECT_EQ(doc.lines.rows[0], (QStringList{QStringLiteral("SKU-0001"),
                                              QStringLiteral("Tornillo hexagonal M6 x 40 zincado"),
                                              QStringLiteral("1,5 kg"), QStringLiteral("1,2595"),
                                              QStringLiteral("7,5"), QStringLiteral("21"),
                                              QString(), QStringLiteral("1,75")}));
    EXPECT_EQ(doc.lines.rows[1][6], QString()); // the order's own date
    EXPECT_EQ(doc.lines.rows[2][6], QStringLiteral("11/12/2026"));
    for (int c : {2, 3, 4, 5, 6, 7})
        EXPECT_EQ(doc.lines.columns[c].align, Align::Right) << c;
    // Without any line of its own date, the column goes and the description widens.
    const PrintedDocument two = print(test::sampleOrder(2));
    EXPECT_EQ(two.lines.columns.size(), 7);
    EXPECT_GT(two.lines.columns[1].width, doc.lines.columns[1].width);
}

TEST(OrderDocument, TotalsByTaxRateThenUntaxedTaxAndTotalWithoutDeposits) {
    const domain::SalesOrder o = test::sampleOrder(6);
    const PrintedDocument doc = print(o);
    ASSERT_EQ(doc.taxSummary.rows.size(), 3);
    EXPECT_EQ(doc.taxSummary.rows[1][0], QStringLiteral("IVA10"));
    EXPECT_EQ(doc.taxSummary.rows[1][3], o.taxGroups[1].tax.toNumberString(kEnglish));
    ASSERT_EQ(doc.totals.size(), 3);
    EXPECT_EQ(doc.totals[0].value, o.untaxed.toString(kEnglish));
    EXPECT_EQ(doc.totals[1].value, o.tax.toString(kEnglish));
    EXPECT_EQ(doc.totals[2], (TotalRow{QStringLiteral("Total"), o.total.toString(kEnglish), true}));
}

TEST(OrderDocument, DepositsReceivedAndTheBalanceLeft) {
    domain::SalesOrder o = test::sampleOrder(1);
    o.total = Money::fromMinor(150000);
    o.deposits = Money::fromMinor(40000);
    const PrintedDocument doc = print(o, kSpanish);
    ASSERT_EQ(doc.totals.size(), 5);
    EXPECT_EQ(doc.totals[3].label, QStringLiteral("Deposits received"));
    EXPECT_EQ(doc.totals[3].value, Money::fromMinor(-40000).toString(kSpanish));
    EXPECT_EQ(doc.totals[4], (TotalRow{QStringLiteral("Balance"),
                                       Money::fromMinor(110000).toString(kSpanish), true}));
}

TEST(OrderDocument, PaymentTermsAndNotesOnlyWhenThere) {
    domain::SalesOrder o = test::sampleOrder(1);
    const PrintedDocument doc = print(o);
    ASSERT_EQ(doc.sections.size(), 2);
    EXPECT_EQ(doc.sections[0],
              (TextSection{QStringLiteral("Payment terms"), QStringLiteral("Net 30")}));
    EXPECT_EQ(doc.sections[1].text,
              QStringLiteral("Deliver to the site gate; call 30 minutes ahead."));
    o.notes = QStringLiteral(" \n ");
    EXPECT_TRUE(print(o, kEnglish, QString()).sections.isEmpty());
}
