// SPDX-License-Identifier: MIT
// A shipment mapped to its papers: the delivery note (no prices, a box for the
// receiver) and the bill of lading (shipper, consignee at the shipping address,
// carrier, freight terms, weights per line and in total, three signature boxes).
#include "reports/shipment_documents.h"
#include "sample_orders.h"
#include "sample_quotation.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

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

struct Papers {
    domain::SalesOrder order = test::sampleOrder(4);
    domain::Shipment shipment = test::sampleShipment(order, 4);
    PrintedDocument note(const QLocale& locale = kEnglish) const {
        return deliveryNoteDocument(shipment, order, test::sampleCompany(), locale);
    }
    PrintedDocument bol(const QLocale& locale = kEnglish) const {
        return billOfLadingDocument(shipment, order, test::sampleCompany(), locale);
    }
};

} // namespace

TEST(DeliveryNote, NumberDatesOrderAndCustomer) {
    const PrintedDocument doc = Papers().note();
    EXPECT_EQ(doc.caption(), QStringLiteral("Delivery note SH-2026-00031"));
    EXPECT_EQ(field(doc, "Ship date"), QStringLiteral("12/3/2026"));
    EXPECT_EQ(field(doc, "Order"), QStringLiteral("SO-2026-00108"));
    EXPECT_EQ(field(doc, "Order date"), QStringLiteral("11/28/2026"));
    EXPECT_EQ(field(doc, "Customer"), QStringLiteral("C-00017"));
}

TEST(DeliveryNote, LinesHaveNoPricesOnlySkuDescriptionQuantityAndUnit) {
    const Papers p;
    const PrintedDocument doc = p.note(kSpanish);
    EXPECT_EQ(titles(doc.lines), (QStringList{QStringLiteral("SKU"), QStringLiteral("Description"),
                                              QStringLiteral("Qty"), QStringLiteral("Unit")}));
    ASSERT_EQ(doc.lines.rows.size(), 4);
    EXPECT_EQ(doc.lines.rows[0], (QStringList{QStringLiteral("SKU-0001"),
                                              QStringLiteral("Tornillo hexagonal M6 x 40 zincado"),
                                              QStringLiteral("1,5"), QStringLiteral("kg")}));
    EXPECT_TRUE(doc.taxSummary.rows.isEmpty());
    for (const TotalRow& t : doc.totals)
        EXPECT_FALSE(t.value.contains(u'€')) << t.label.toStdString();
}

TEST(DeliveryNote, CarrierTrackingPackagesWeightAndAReceiverBox) {
    const PrintedDocument doc = Papers().note(kSpanish);
    ASSERT_EQ(doc.addresses.size(), 3);
    EXPECT_EQ(doc.addresses[1].title, QStringLiteral("Deliver to"));
    EXPECT_EQ(doc.addresses[1].lines.value(1), QStringLiteral("Polígono Industrial Sur, nave 7"));
    EXPECT_EQ(doc.addresses[2].lines, (QStringList{QStringLiteral("Transportes del Norte"),
                                                   QStringLiteral("Tracking number: TN-7781-ES")}));
    // 1.5 × 2.5 + 2 × 0.35 + 3 × 2.5 + 4.5 × 0.35 = 13.525 kg.
    EXPECT_EQ(doc.totals, (QList<TotalRow>{{QStringLiteral("Packages"), QStringLiteral("3")},
                                           {QStringLiteral("Total weight"),
                                            QStringLiteral("13,525 kg"), true}}));
    ASSERT_EQ(doc.extras.size(), 1);
    EXPECT_EQ(doc.extras[0].signatures.size(), 2);
    EXPECT_TRUE(doc.extras[0].signatures[1].startsWith(QStringLiteral("Received by")));
}

TEST(DeliveryNote, TheConsigneeFallsBackToTheOrderAndToTheBillingAddress) {
    Papers p;
    p.shipment.party = {};
    EXPECT_EQ(p.note().addresses[1].lines.value(0),
              QStringLiteral("Construcciones Álvarez e Hijos S.A."));
    EXPECT_EQ(p.note().addresses[1].lines.value(1),
              QStringLiteral("Polígono Industrial Sur, nave 7"));
    p.order.party.shippingAddress.clear();
    EXPECT_EQ(p.note().addresses[1].lines.value(1), QStringLiteral("Calle Mayor 12, 3º B"));
    p.shipment.party.shippingAddress = QStringLiteral("Obra Las Rozas\n28231 Las Rozas");
    EXPECT_EQ(p.note().addresses[1].lines.value(1), QStringLiteral("Obra Las Rozas"));
}

TEST(BillOfLading, ShipperConsigneeAtTheShippingAddressAndCarrier) {
    const PrintedDocument doc = Papers().bol();
    EXPECT_EQ(doc.caption(), QStringLiteral("Bill of lading SH-2026-00031"));
    ASSERT_EQ(doc.addresses.size(), 3);
    EXPECT_EQ(doc.addresses[0].title, QStringLiteral("Shipper"));
    EXPECT_EQ(doc.addresses[0].lines.mid(0, 3),
              (QStringList{QStringLiteral("Ferretería Ejemplo S.L."),
                           QStringLiteral("Avenida de la Industria 45"),
                           QStringLiteral("28108 Alcobendas (Madrid)")}));
    EXPECT_EQ(doc.addresses[0].lines.mid(3),
              (QStringList{QStringLiteral("Tax ID: B87654321"),
                           QStringLiteral("Phone: +34 910 000 000")}));
    EXPECT_EQ(doc.addresses[1].title, QStringLiteral("Consignee"));
    EXPECT_EQ(doc.addresses[1].lines,
              (QStringList{QStringLiteral("Construcciones Álvarez e Hijos S.A."),
                           QStringLiteral("Polígono Industrial Sur, nave 7"),
                           QStringLiteral("28906 Getafe (Madrid)"),
                           QStringLiteral("Tax ID: A12345678")}));
    EXPECT_EQ(doc.addresses[2].title, QStringLiteral("Carrier"));
    EXPECT_EQ(doc.addresses[2].lines.value(1), QStringLiteral("Tracking number: TN-7781-ES"));
}

TEST(BillOfLading, FreightTermsShipDateAndOrder) {
    Papers p;
    EXPECT_EQ(field(p.bol(), "Freight terms"), QStringLiteral("Collect"));
    EXPECT_EQ(field(p.bol(), "Ship date"), QStringLiteral("12/3/2026"));
    EXPECT_EQ(field(p.bol(), "Order"), QStringLiteral("SO-2026-00108"));
    p.shipment.freightTerms = QString::fromUtf16(domain::freight::kPrepaid);
    EXPECT_EQ(field(p.bol(), "Freight terms"), QStringLiteral("Prepaid"));
}

TEST(BillOfLading, DescriptionOfGoodsWithWeightPerLineAndInTotal) {
    const PrintedDocument doc = Papers().bol(kSpanish);
    EXPECT_EQ(
        titles(doc.lines),
        (QStringList{QStringLiteral("SKU"), QStringLiteral("Description of goods"),
                     QStringLiteral("Qty"), QStringLiteral("Unit"), QStringLiteral("Weight")}));
    ASSERT_EQ(doc.lines.rows.size(), 4);
    EXPECT_EQ(doc.lines.rows[0][4], QStringLiteral("3,750 kg")); // 1.5 × 2.5, as the total
    EXPECT_EQ(doc.lines.rows[1][4], QStringLiteral("0,700 kg")); // 2 × 0.35
    EXPECT_EQ(doc.lines.columns[4].align, Align::Right);
    EXPECT_EQ(doc.totals.last(),
              (TotalRow{QStringLiteral("Total weight"), QStringLiteral("13,525 kg"), true}));
    EXPECT_EQ(doc.totals.first().value, QStringLiteral("3"));
}

TEST(BillOfLading, WeightsShareTheFewestDecimalsThatShowThemAll) {
    Papers p;
    p.shipment.lines.resize(2);
    p.shipment.lines[0].weightKg = domain::Quantity::fromThousandths(3500);
    p.shipment.lines[1].weightKg = domain::Quantity::fromUnits(2);
    p.shipment.weightKg = domain::Quantity::fromThousandths(5500);
    const PrintedDocument doc = p.bol(kEnglish);
    EXPECT_EQ(doc.lines.rows[0][4], QStringLiteral("3.5 kg"));
    EXPECT_EQ(doc.lines.rows[1][4], QStringLiteral("2.0 kg"));
    EXPECT_EQ(doc.totals.last().value, QStringLiteral("5.5 kg"));
    p.shipment.lines[0].weightKg = domain::Quantity::fromUnits(1250);
    p.shipment.weightKg = domain::Quantity::fromUnits(1252);
    EXPECT_EQ(p.bol(kEnglish).lines.rows[0][4], QStringLiteral("1,250 kg"));
    EXPECT_EQ(p.bol(kEnglish).totals.last().value, QStringLiteral("1,252 kg"));
}

TEST(BillOfLading, SignatureBoxesWithADateForShipperCarrierAndConsignee) {
    const PrintedDocument doc = Papers().bol();
    ASSERT_EQ(doc.extras.size(), 1);
    EXPECT_EQ(doc.extras[0].signatures,
              (QStringList{QStringLiteral("Shipper (signature and date)"),
                           QStringLiteral("Carrier (signature and date)"),
                           QStringLiteral("Consignee (signature and date)")}));
}

TEST(BillOfLading, ShipmentNotesArePrinted) {
    Papers p;
    EXPECT_TRUE(p.bol().sections.isEmpty());
    p.shipment.notes = QStringLiteral("Fragile: keep upright");
    ASSERT_EQ(p.bol().sections.size(), 1);
    EXPECT_EQ(p.bol().sections[0].text, QStringLiteral("Fragile: keep upright"));
}
