// SPDX-License-Identifier: MIT
// A print job from the settings: company, payment terms' name, paper.
#include "reports/print_job.h"
#include "sample_orders.h"
#include "sample_quotation.h"
#include "services/services.h"
#include "support/test_db.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;

namespace {

class PrintJobTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Services::open(dir.filePath(QStringLiteral("p.db")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        s = std::move(*opened);
        ASSERT_TRUE(s->settings().saveCompany(admin, test::sampleCompany()));
        ASSERT_TRUE(s->settings().saveTerms(
            admin, {QStringLiteral("NET30"), QStringLiteral("Net 30 days"), {30}}));
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> s;
    domain::Actor admin = test::admin();
};

} // namespace

TEST_F(PrintJobTest, QuotationWithTheCompanyTermsNameAndPaperSetting) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    auto job = quotationPrintJob(s->settings(), test::sampleQuotation(2), english);
    ASSERT_TRUE(job) << job.error().message.toStdString();
    EXPECT_EQ(job->paper, PaperSize::A4); // the setting's default
    EXPECT_EQ(job->doc.company.name, QStringLiteral("Ferretería Ejemplo S.L."));
    ASSERT_FALSE(job->doc.sections.isEmpty());
    EXPECT_EQ(job->doc.sections[0].text, QStringLiteral("Net 30 days"));

    ASSERT_TRUE(s->settings().setValue(admin, QString::fromUtf16(domain::setting::kPaperSize),
                                       QStringLiteral("letter")));
    EXPECT_EQ(paperSetting(s->settings()).value_or(PaperSize::A4), PaperSize::Letter);
}

TEST_F(PrintJobTest, TermsNameFallsBackToTheCodeAndIsEmptyForNone) {
    EXPECT_EQ(paymentTermsName(s->settings(), QStringLiteral("NET30")).value_or(QString()),
              QStringLiteral("Net 30 days"));
    EXPECT_EQ(paymentTermsName(s->settings(), QStringLiteral("GONE")).value_or(QString()),
              QStringLiteral("GONE"));
    EXPECT_EQ(paymentTermsName(s->settings(), QString()).value_or(QStringLiteral("x")), QString());
}

TEST_F(PrintJobTest, AmountsFollowTheCompanyDocumentLocaleWhenOneIsSet) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const domain::Quotation q = test::sampleQuotation(2);
    auto asUser = quotationPrintJob(s->settings(), q, english);
    ASSERT_TRUE(asUser);
    EXPECT_EQ(asUser->doc.totals.last().value, q.total.toString(english));
    ASSERT_TRUE(s->settings().setValue(admin, QString::fromUtf16(domain::setting::kDocumentLocale),
                                       QStringLiteral("es_ES")));
    auto asCompany = quotationPrintJob(s->settings(), q, english);
    ASSERT_TRUE(asCompany);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    EXPECT_EQ(asCompany->doc.totals.last().value, q.total.toString(spanish));
    EXPECT_NE(asCompany->doc.totals.last().value, asUser->doc.totals.last().value);
    EXPECT_FALSE(s->settings().setValue(admin, QString::fromUtf16(domain::setting::kDocumentLocale),
                                        QStringLiteral("xx_YY")));
}

TEST_F(PrintJobTest, OrderWithTheCompanyTermsNameAndTheDocumentLocale) {
    ASSERT_TRUE(s->settings().setValue(admin, QString::fromUtf16(domain::setting::kDocumentLocale),
                                       QStringLiteral("es_ES")));
    const domain::SalesOrder order = test::sampleOrder(2);
    auto job = orderPrintJob(s->settings(), order, QLocale(QLocale::English));
    ASSERT_TRUE(job) << job.error().message.toStdString();
    EXPECT_EQ(job->doc.title, QStringLiteral("Order confirmation"));
    EXPECT_EQ(job->doc.company.name, QStringLiteral("Ferretería Ejemplo S.L."));
    EXPECT_EQ(job->doc.sections.value(0).text, QStringLiteral("Net 30 days"));
    EXPECT_EQ(job->doc.totals.last().value,
              order.total.toString(QLocale(QLocale::Spanish, QLocale::Spain)));
}

TEST_F(PrintJobTest, ShippingPapersOnThePaperOfTheSetting) {
    ASSERT_TRUE(s->settings().setValue(admin, QString::fromUtf16(domain::setting::kPaperSize),
                                       QStringLiteral("letter")));
    const domain::SalesOrder order = test::sampleOrder(3);
    const domain::Shipment shipment = test::sampleShipment(order, 3);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    auto note = deliveryNotePrintJob(s->settings(), shipment, order, english);
    ASSERT_TRUE(note) << note.error().message.toStdString();
    EXPECT_EQ(note->paper, PaperSize::Letter);
    EXPECT_EQ(note->doc.caption(), QStringLiteral("Delivery note SH-2026-00031"));
    auto bol = billOfLadingPrintJob(s->settings(), shipment, order, english);
    ASSERT_TRUE(bol) << bol.error().message.toStdString();
    EXPECT_EQ(bol->paper, PaperSize::Letter);
    EXPECT_EQ(bol->doc.addresses.value(0).lines.value(0),
              QStringLiteral("Ferretería Ejemplo S.L."));
}
