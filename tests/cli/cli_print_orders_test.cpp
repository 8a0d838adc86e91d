// SPDX-License-Identifier: MIT
// mostrador-cli print order NUMBER, print delivery-note SHIPMENT and print bol SHIPMENT,
// each --out FILE.pdf [--paper a4|letter]: the file, its pages, its paper and its text.
#include "cli_fixture.h"
#include "services/sales_order_service.h"
#include "services/shipment_service.h"
#include "support/test_db.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace mostrador;
using namespace mostrador::test;

namespace {

// The text of a PDF as pdftotext reads it, no-break spaces made plain; empty when the
// tool is missing or fails.
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
}

// The paper sizes, in points, of a PDF's pages.
QStringList mediaBoxes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString bytes = QString::fromLatin1(f.readAll());
    const QRegularExpression box(QStringLiteral(
        "/MediaBox\\s*\\[\\s*0\\s+0\\s+(\\d+)(?:\\.0+)?\\s+(\\d+)(?:\\.0+)?\\s*\\]"));
    QStringList sizes;
    for (auto m = box.globalMatch(bytes); m.hasNext();) {
        const auto match = m.next();
        sizes.append(match.captured(1) + u'x' + match.captured(2));
    }
    sizes.removeDuplicates();
    return sizes;
}

class CliPrintOrdersTest : public CliTest {
protected:
    void SetUp() override {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext) not installed";
        init();
        auto s = open();
        domain::Product p;
        p.sku = QStringLiteral("SAC-25");
        p.name = QStringLiteral("Saco de cemento 25 kg");
        p.unit = QStringLiteral("u");
        p.listPrice = domain::UnitPrice::fromTenThousandths(62500); // 6.25
        p.weightKg = domain::Quantity::fromThousandths(25400);
        ASSERT_TRUE(s->products().create(admin, p, domain::Quantity::fromUnits(500)));
        domain::Customer c;
        c.code = QStringLiteral("OBRA");
        c.name = QStringLiteral("Obras Ribera S.L.");
        c.billingAddress = QStringLiteral("Calle Mayor 1\n28013 Madrid");
        c.shippingAddress = QStringLiteral("Obra Las Rozas, parcela 9\n28231 Las Rozas");
        ASSERT_TRUE(s->customers().create(admin, c));
    }

    // A confirmed order of `lines` lines of 2, 4, 6… sacks.
    QString confirmedOrder(int lines) {
        services::OrderInput input;
        input.customerCode = QStringLiteral("OBRA");
        for (int i = 0; i < lines; ++i)
            input.lines.append({QStringLiteral("SAC-25"), domain::Quantity::fromUnits(2 * (i + 1)),
                                std::nullopt, std::nullopt, QString(), QDate()});
        auto s = open();
        auto made = s->orders().create(admin, input);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        if (!made)
            return {};
        auto confirmed = s->orders().confirm(admin, made->number);
        EXPECT_TRUE(confirmed) << confirmed.error().message.toStdString();
        return made->number;
    }

    // Ships 2 and 4 sacks of a two-line order: 152.4 kg in all.
    QString shipment() {
        const QString order = confirmedOrder(2);
        services::ShipmentInput input;
        input.orderNumber = order;
        input.date = QDate(2026, 12, 3);
        input.carrier = QStringLiteral("Transportes del Norte");
        input.tracking = QStringLiteral("TN-7781-ES");
        input.packages = 2;
        input.freightTerms = QString::fromUtf16(domain::freight::kCollect);
        auto made = open()->shipments().create(admin, input);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made->number : QString();
    }

    QString out(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    CliRun print(const char* what, const QString& number, const QString& file,
                 const QStringList& more = {}) {
        return json(QStringList{QStringLiteral("print"), QString::fromLatin1(what), number,
                                QStringLiteral("--out"), file} +
                    more);
    }

    domain::Actor admin = test::admin();
};

} // namespace

TEST_F(CliPrintOrdersTest, PrintsAnOrderConfirmation) {
    const QString number = confirmedOrder(3);
    CliRun printed = print("order", number, out("o.pdf"));
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_EQ(printed.object()[QStringLiteral("file")].toString(), out("o.pdf"));
    EXPECT_EQ(printed.object()[QStringLiteral("pages")].toInt(), 1);
    EXPECT_EQ(mediaBoxes(out("o.pdf")), QStringList{QStringLiteral("595x842")});
    const QString text = pdfText(out("o.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Order confirmation"))) << text.toStdString();
    EXPECT_TRUE(text.contains(number));
    EXPECT_TRUE(text.contains(QStringLiteral("Obra Las Rozas, parcela 9")));
    EXPECT_TRUE(text.contains(QStringLiteral("SAC-25")));
}

TEST_F(CliPrintOrdersTest, ALongOrderOnLetterPaperTakesSeveralPages) {
    const QString number = confirmedOrder(70);
    CliRun printed = print("order", number, out("long.pdf"),
                           {QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_GE(printed.object()[QStringLiteral("pages")].toInt(), 2);
    EXPECT_EQ(mediaBoxes(out("long.pdf")), QStringList{QStringLiteral("612x792")});
}

TEST_F(CliPrintOrdersTest, AnUnknownOrderOrPaperIsRefusedAndWritesNoFile) {
    CliRun unknown = print("order", QStringLiteral("SO-1999-99999"), out("x.pdf"));
    EXPECT_EQ(unknown.status, 2) << unknown.out.toStdString();
    const QString number = confirmedOrder(1);
    CliRun paper =
        print("order", number, out("x.pdf"), {QStringLiteral("--paper"), QStringLiteral("legal")});
    EXPECT_EQ(paper.status, 2);
    EXPECT_EQ(paper.rule(), QStringLiteral("print.paper_invalid"));
    EXPECT_FALSE(QFile::exists(out("x.pdf")));
}

TEST_F(CliPrintOrdersTest, PrintsADeliveryNoteWithoutPrices) {
    const QString number = shipment();
    CliRun printed = print("delivery-note", number, out("dn.pdf"));
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_EQ(printed.object()[QStringLiteral("pages")].toInt(), 1);
    const QString text = pdfText(out("dn.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Delivery note"))) << text.toStdString();
    EXPECT_TRUE(text.contains(number));
    EXPECT_TRUE(text.contains(QStringLiteral("Saco de cemento 25 kg")));
    EXPECT_TRUE(text.contains(QStringLiteral("TN-7781-ES")));
    EXPECT_TRUE(text.contains(QStringLiteral("Obra Las Rozas, parcela 9")));
    EXPECT_FALSE(text.contains(QStringLiteral("6.25")));
    EXPECT_FALSE(text.contains(u'€'));
}

TEST_F(CliPrintOrdersTest, PrintsABillOfLadingWithWeightsAndFreightTerms) {
    const QString number = shipment();
    CliRun printed =
        print("bol", number, out("bol.pdf"), {QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_EQ(mediaBoxes(out("bol.pdf")), QStringList{QStringLiteral("612x792")});
    const QString text = pdfText(out("bol.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Bill of lading"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Obra Las Rozas, parcela 9")));
    EXPECT_TRUE(text.contains(QStringLiteral("Transportes del Norte")));
    EXPECT_TRUE(text.contains(QStringLiteral("Collect")));
    EXPECT_TRUE(text.contains(QStringLiteral("50.8 kg")));  // 2 × 25.4
    EXPECT_TRUE(text.contains(QStringLiteral("101.6 kg"))); // 4 × 25.4
    EXPECT_TRUE(text.contains(QStringLiteral("152.4 kg"))); // in all
    EXPECT_TRUE(text.contains(QStringLiteral("Consignee (signature and date)")));
}

TEST_F(CliPrintOrdersTest, AnUnknownShipmentIsRefusedAndWritesNoFile) {
    for (const char* paper : {"delivery-note", "bol"}) {
        CliRun unknown = print(paper, QStringLiteral("SH-1999-99999"), out("x.pdf"));
        EXPECT_EQ(unknown.status, 2) << paper << unknown.out.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out("x.pdf")));
}
