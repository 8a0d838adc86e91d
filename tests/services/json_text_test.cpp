// SPDX-License-Identifier: MIT
// Audit JSON written as text must be the same document as the QJsonObject form.
#include "services/document_json.h"
#include "services/fulfilment_json.h"
#include "services/json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace mostrador;

namespace {

QJsonObject parsed(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return doc.object();
}

} // namespace

TEST(JsonText, EscapesQuotesBackslashesAndControlCharacters) {
    const QString tricky = QStringLiteral("a \"b\" c\\d\ne\tf\x01 — ñ");
    const QJsonObject o = parsed(services::JsonText()
                                     .field("text", tricky)
                                     .field("n", qint64(-42))
                                     .nullableField("none", QString())
                                     .strings("list", {tricky, QString()})
                                     .text());
    EXPECT_EQ(o.value(QStringLiteral("text")).toString(), tricky);
    EXPECT_EQ(o.value(QStringLiteral("n")).toInteger(), -42);
    EXPECT_TRUE(o.value(QStringLiteral("none")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("list")).toArray().at(0).toString(), tricky);
}

TEST(JsonText, AShipmentsTextIsTheSameDocumentAsItsObject) {
    domain::Shipment s;
    s.number = QStringLiteral("SH-2026-00004");
    s.orderNumber = QStringLiteral("SO-2026-00025");
    s.party.customerCode = QStringLiteral("C00001");
    s.party.customerName = QStringLiteral("Climatización \"Castillo\"");
    s.party.shippingAddress = QStringLiteral("Calle Mayor 1\n28001 Madrid");
    s.date = QDate(2026, 11, 27);
    s.carrier = QStringLiteral("SEUR");
    s.packages = 3;
    s.weightKg = domain::Quantity::fromThousandths(4750);
    domain::ShipmentLine line;
    line.sku = QStringLiteral("FIJ-00027");
    line.description = QStringLiteral("Adhesivo 290 ml");
    line.qty = domain::Quantity::fromUnits(5);
    line.weightKg = domain::Quantity::fromThousandths(1250);
    s.lines = {line, line};
    EXPECT_EQ(parsed(services::toJsonText(s)), services::toJson(s));
    s.date = QDate();
    s.lines.clear();
    EXPECT_EQ(parsed(services::toJsonText(s)), services::toJson(s));
}

TEST(JsonText, EscapesAtTheEdgesOfATextAndBetweenRuns) {
    for (const QString& text :
         {QStringLiteral("\"starts"), QStringLiteral("ends\\"), QStringLiteral("\n"),
          QStringLiteral("\"\"\\\\"), QStringLiteral("a\x1f\"b"), QString()}) {
        const QJsonObject o = parsed(services::JsonText().field("t", text).text());
        EXPECT_EQ(o.value(QStringLiteral("t")).toString(), text) << text.toStdString();
    }
}

TEST(JsonText, DatesAreIsoOrNull) {
    const QJsonObject o =
        parsed(services::JsonText().date("on", QDate(2026, 2, 3)).date("never", QDate()).text());
    EXPECT_EQ(o.value(QStringLiteral("on")).toString(), QStringLiteral("2026-02-03"));
    EXPECT_TRUE(o.value(QStringLiteral("never")).isNull());
}

TEST(JsonText, ACreatedOrderKeepsItsFiguresAndOneArrayPerLine) {
    const auto eur = domain::Currency::fromCode(u"EUR");
    domain::SalesOrder o;
    o.number = QStringLiteral("SO-2026-00031");
    o.party.customerCode = QStringLiteral("C00002");
    o.date = QDate(2026, 11, 27);
    o.total = domain::Money::fromMinor(123456, eur);
    domain::DocumentLine line;
    line.sku = QStringLiteral("TOR-\"8\"");
    line.qty = domain::Quantity::fromThousandths(2500);
    line.unitPrice = domain::UnitPrice::fromTenThousandths(35000);
    line.discount = domain::Percent::fromBasisPoints(500);
    o.lines = {line};
    const QJsonObject created = parsed(services::toCreatedJsonText(o));
    EXPECT_EQ(created.value(QStringLiteral("number")).toString(), o.number);
    EXPECT_EQ(created.value(QStringLiteral("customer")).toString(), QStringLiteral("C00002"));
    EXPECT_EQ(created.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-27"));
    EXPECT_TRUE(created.value(QStringLiteral("requested_date")).isNull());
    EXPECT_EQ(created.value(QStringLiteral("total")).toString(), o.total.toPlainString());
    const QJsonArray lines = created.value(QStringLiteral("lines")).toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).toArray(),
              (QJsonArray{line.sku, line.qty.toPlainString(), line.unitPrice.toPlainString(),
                          line.discount.toPlainString()}));
}
