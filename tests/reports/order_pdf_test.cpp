// SPDX-License-Identifier: MIT
// The order confirmation, delivery note and bill of lading as written: real text that
// pdftotext finds, a long order across pages with its table header on each, the
// shipping papers on one page with what a carrier and a receiver need.
#include "pdf_text.h"
#include "reports/document_renderer.h"
#include "reports/order_document.h"
#include "reports/shipment_documents.h"
#include "sample_orders.h"
#include "sample_quotation.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

class OrderPdf : public ::testing::Test {
protected:
    void SetUp() override {
        if (!test::havePoppler())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    }

    // Writes `doc` on A4; answers the file's path.
    QString write(const PrintedDocument& doc, int expectedPages) {
        const QString path = dir.filePath(QStringLiteral("doc-%1.pdf").arg(++m_files));
        auto pages = writePdf(doc, path, PaperSize::A4);
        EXPECT_TRUE(pages) << (pages ? "" : pages.error().message.toStdString());
        EXPECT_EQ(pages.value_or(0), expectedPages);
        return path;
    }

    QTemporaryDir dir;
    domain::SalesOrder order = test::sampleOrder(8);
    domain::Shipment shipment = test::sampleShipment(order, 8);

private:
    int m_files = 0;
};

} // namespace

TEST_F(OrderPdf, ALongOrderBreaksAcrossPagesWithTheHeaderOnEachAndEveryLineOnce) {
    domain::SalesOrder o = test::sampleOrder(60);
    o.deposits = domain::Money::fromMinor(50000);
    const PrintedDocument doc = orderDocument(o, test::sampleCompany(), {}, kEnglish);
    const QList<PagePlan> plan = planPages(doc, PaperSize::A4);
    ASSERT_GE(plan.size(), 3);
    const QString path = write(doc, plan.size());
    QString all;
    for (int page = 1; page <= plan.size(); ++page) {
        SCOPED_TRACE(page);
        const QString t = test::pdfText(path, page);
        EXPECT_EQ(t.contains(QStringLiteral("Requested")), plan[page - 1].rowCount > 0);
        EXPECT_TRUE(t.contains(QStringLiteral("Order confirmation SO-2026-00108")));
        EXPECT_TRUE(t.contains(
            QRegularExpression(QStringLiteral("%1\\s*/\\s*%2").arg(page).arg(plan.size()))));
        all += t;
    }
    for (int line = 1; line <= 60; ++line)
        EXPECT_EQ(all.count(QStringLiteral("SKU-%1").arg(line, 4, 10, QLatin1Char('0'))), 1)
            << line;
    EXPECT_EQ(all.count(QStringLiteral("Untaxed amount")), 1);
    EXPECT_TRUE(all.contains(QStringLiteral("Deposits received")));
    EXPECT_TRUE(all.contains((o.total - o.deposits).toString(kEnglish))) << all.toStdString();
}

TEST_F(OrderPdf, TheConfirmationReadsInSpanishAmounts) {
    const QString t = test::pdfText(
        write(orderDocument(order, test::sampleCompany(), QStringLiteral("30 días"), kSpanish), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("Order confirmation"))); // no "ﬁ" ligature
    EXPECT_TRUE(t.contains(QStringLiteral("Q-2026-00042")));
    EXPECT_TRUE(t.contains(test::plainSpaces(order.total.toString(kSpanish)))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("11/12/2026")));
    EXPECT_TRUE(t.contains(QStringLiteral("30 días")));
}

TEST_F(OrderPdf, TheDeliveryNoteHasNoPrices) {
    const QString t = test::pdfText(
        write(deliveryNoteDocument(shipment, order, test::sampleCompany(), kSpanish), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("Delivery note")));
    EXPECT_TRUE(t.contains(QStringLiteral("SH-2026-00031")));
    EXPECT_TRUE(t.contains(QStringLiteral("SO-2026-00108")));
    EXPECT_TRUE(t.contains(QStringLiteral("TN-7781-ES")));
    EXPECT_TRUE(t.contains(QStringLiteral("Received by")));
    for (int line = 1; line <= 8; ++line)
        EXPECT_TRUE(t.contains(QStringLiteral("SKU-%1").arg(line, 4, 10, QLatin1Char('0'))));
    EXPECT_FALSE(t.contains(u'€')) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("price"), Qt::CaseInsensitive));
    EXPECT_FALSE(t.contains(QStringLiteral("Untaxed")));
    EXPECT_FALSE(t.contains(QStringLiteral("1,2595"))); // the first line's unit price
}

TEST_F(OrderPdf, TheBillOfLadingHasWhatTheCarrierNeeds) {
    const QString t = test::pdfText(
        write(billOfLadingDocument(shipment, order, test::sampleCompany(), kSpanish), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("Bill of lading"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Polígono Industrial Sur, nave 7")));
    EXPECT_TRUE(t.contains(QStringLiteral("28906 Getafe (Madrid)")));
    EXPECT_TRUE(t.contains(QStringLiteral("Avenida de la Industria 45")));
    EXPECT_TRUE(t.contains(QStringLiteral("Transportes del Norte")));
    EXPECT_TRUE(t.contains(QStringLiteral("TN-7781-ES")));
    EXPECT_TRUE(t.contains(QStringLiteral("Collect")));
    EXPECT_TRUE(t.contains(QStringLiteral("3/12/2026")));
    EXPECT_TRUE(t.contains(QStringLiteral("3,750 kg"))); // line 1: 1.5 × 2.5
    EXPECT_TRUE(t.contains(QStringLiteral("0,350 kg"))); // line 8: 1 × 0.35
    EXPECT_TRUE(t.contains(QStringLiteral("47,225 kg"))) << t.toStdString();
    for (const char* box : {"Shipper (signature and date)", "Carrier (signature and date)",
                            "Consignee (signature and date)"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(box))) << box;
    EXPECT_FALSE(t.contains(u'€'));
}
