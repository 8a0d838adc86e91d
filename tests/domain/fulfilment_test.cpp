// SPDX-License-Identifier: MIT
#include "domain/fulfilment.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

Money eur(qint64 cents) {
    return Money::fromMinor(cents, Currency::fromCode(u"EUR"));
}

// A line of `units` at `priceCents` (cost `costCents`), discount in whole percent.
DocumentLine line(const char* sku, qint64 units, qint64 priceCents, qint64 costCents = 0,
                  qint64 discount = 0) {
    DocumentLine l;
    l.sku = QString::fromLatin1(sku);
    l.qty = Quantity::fromUnits(units);
    l.unitPrice = UnitPrice::fromTenThousandths(priceCents * 100);
    l.unitCost = UnitPrice::fromTenThousandths(costCents * 100);
    l.discount = Percent::fromWhole(discount);
    return l;
}

} // namespace

TEST(Fulfilment, ApprovalFindingsNameTheLinesAboveTheLimitOrBelowCost) {
    const QList<DocumentLine> lines = {line("OK", 1, 1000, 600, 5), line("DISC", 1, 1000, 600, 15),
                                       line("COST", 1, 500, 600), line("BOTH", 1, 1000, 900, 20)};
    const QList<ApprovalFinding> findings = approvalFindings(lines, Percent::fromWhole(10));
    ASSERT_EQ(findings.size(), 3);
    EXPECT_EQ(findings[0].line, 2);
    EXPECT_EQ(findings[0].sku, QStringLiteral("DISC"));
    EXPECT_TRUE(findings[0].flags.discountAboveLimit);
    EXPECT_FALSE(findings[0].flags.belowCost);
    EXPECT_EQ(findings[1].line, 3);
    EXPECT_TRUE(findings[1].flags.belowCost);
    EXPECT_EQ(findings[2].netPrice, UnitPrice::fromTenThousandths(80000)); // 10.00 − 20 %
    EXPECT_TRUE(findings[2].flags.belowCost && findings[2].flags.discountAboveLimit);
    EXPECT_TRUE(approvalFindings(lines.mid(0, 1), Percent::fromWhole(10)).isEmpty());
    // A manager's limit lets every discount through, never a price below cost.
    EXPECT_EQ(approvalFindings(lines, Percent::fromWhole(100)).size(), 2);
}

TEST(Fulfilment, DescribeSaysWhichLineAndEveryRuleItBreaks) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const auto f = approvalFindings({line("TOR-001", 1, 1000, 900, 20)}, Percent::fromWhole(10));
    ASSERT_EQ(f.size(), 1);
    const QString text = describe(f[0], english);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Line 1 (TOR-001): discount 20")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("10 % limit"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("price 8.00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("below cost 9.00"))) << text.toStdString();
}

TEST(Fulfilment, OpenValueIsTheUninvoicedUncancelledShareRoundedHalfAwayFromZero) {
    DocumentLine l = line("A", 3, 1000);
    l.net = eur(1000);
    l.tax = eur(1); // 10.01 for 3 units
    EXPECT_EQ(openValue(l), eur(1001));
    l.invoiced = Quantity::fromUnits(1); // 2/3 of 10.01 = 6.673… → 6.67
    EXPECT_EQ(openValue(l), eur(667));
    l.invoiced = Quantity();
    l.cancelled = Quantity::fromUnits(2); // 1/3 of 10.01 = 3.3366… → 3.34
    EXPECT_EQ(openValue(l), eur(334));
    l.net = eur(1);
    l.tax = eur(0);
    l.qty = Quantity::fromUnits(2);
    l.cancelled = Quantity::fromUnits(1); // half a cent rounds away from zero
    EXPECT_EQ(openValue(l), eur(1));
    DocumentLine other = line("B", 1, 500);
    other.net = eur(500);
    other.tax = eur(105);
    EXPECT_EQ(openValue({l, other}, Currency::fromCode(u"EUR")), eur(606));
    EXPECT_EQ(openValue({}, Currency::fromCode(u"EUR")), eur(0));
}

TEST(Fulfilment, StateAfterShipmentDependsOnWhatRemains) {
    DocumentLine a = line("A", 5, 100);
    DocumentLine b = line("B", 2, 100);
    a.shipped = Quantity::fromUnits(5);
    b.shipped = Quantity::fromUnits(1);
    EXPECT_EQ(stateAfterShipment({a, b}), QStringLiteral("partially_shipped"));
    b.cancelled = Quantity::fromUnits(1);
    EXPECT_EQ(stateAfterShipment({a, b}), QStringLiteral("shipped"));
}

TEST(Fulfilment, LineWeightIsRoundedToTheGram) {
    EXPECT_EQ(lineWeight(Quantity::fromThousandths(250), Quantity::fromUnits(3)),
              Quantity::fromThousandths(750));
    // 0.333 kg × 1.5 = 0.4995 kg → 0.500 kg
    EXPECT_EQ(lineWeight(Quantity::fromThousandths(333), Quantity::fromThousandths(1500)),
              Quantity::fromThousandths(500));
    EXPECT_EQ(lineWeight(Quantity(), Quantity::fromUnits(10)), Quantity());
}

TEST(Fulfilment, ShipmentHeadersNeedPackagesKnownTermsAndSensibleTexts) {
    Shipment s;
    EXPECT_TRUE(validateShipmentHeader(s));
    s.packages = 0;
    EXPECT_EQ(validateShipmentHeader(s).error().field, QStringLiteral("packages"));
    s.packages = 2;
    s.freightTerms = QStringLiteral("cif");
    EXPECT_EQ(validateShipmentHeader(s).error().field, QStringLiteral("freight_terms"));
    s.freightTerms = QStringLiteral("collect");
    s.carrier = QString(81, u'x');
    EXPECT_EQ(validateShipmentHeader(s).error().field, QStringLiteral("carrier"));
    s.carrier = QStringLiteral("SEUR");
    s.tracking = QString(81, u'9');
    EXPECT_EQ(validateShipmentHeader(s).error().field, QStringLiteral("tracking"));
}

TEST(Fulfilment, PaymentMethodsAndFreightTermsHaveLabels) {
    EXPECT_EQ(paymentMethods(), (QStringList{QStringLiteral("transfer"), QStringLiteral("cash"),
                                             QStringLiteral("card"), QStringLiteral("cheque")}));
    EXPECT_EQ(paymentMethodLabel(u"cash"), QStringLiteral("Cash"));
    EXPECT_EQ(paymentMethodLabel(u"barter"), QStringLiteral("barter"));
    EXPECT_EQ(freightTermsLabel(u"collect"), QStringLiteral("Collect"));
}
