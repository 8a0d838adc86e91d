// SPDX-License-Identifier: MIT
// The PDF as written: page count and paper, real text (pdftotext finds the number and
// the totals in Spanish and English), the header repeated, every line once.
#include "reports/document_renderer.h"
#include "reports/quotation_document.h"
#include "sample_quotation.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

// Runs a poppler tool; empty when it fails.
QString poppler(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    // Spaces as the PDF holds them may be no-break ones (money in Spanish): compare plain.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0x00A0), u' ')
        .replace(QChar(0x202F), u' ');
}

class DocumentPdf : public ::testing::Test {
protected:
    void SetUp() override {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
    }

    QString write(const PrintedDocument& doc, PaperSize paper, int expectedPages) {
        const QString path = dir.filePath(QStringLiteral("doc-%1.pdf").arg(++m_files));
        auto pages = writePdf(doc, path, paper);
        EXPECT_TRUE(pages) << (pages ? "" : pages.error().message.toStdString());
        EXPECT_EQ(pages.value_or(0), expectedPages);
        return path;
    }
    QString text(const QString& path, int page = 0) {
        QStringList args{QStringLiteral("-layout")};
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        return poppler(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    }
    QString info(const QString& path) { return poppler(QStringLiteral("pdfinfo"), {path}); }

    QTemporaryDir dir;

private:
    int m_files = 0;
};

// One line of 10 × 1,234.50 at 21 %: untaxed 12,345.00, tax 2,592.45, total 14,937.45.
domain::Quotation bigOneLiner() {
    domain::Quotation q = test::sampleQuotation(1);
    q.lines[0].qty = domain::Quantity::fromUnits(10);
    q.lines[0].unitPrice = domain::UnitPrice::fromTenThousandths(12345000);
    q.lines[0].discount = {};
    q.lines[0].net = domain::Money::fromMinor(1234500);
    q.lines[0].tax = domain::Money::fromMinor(259245);
    q.untaxed = q.lines[0].net;
    q.tax = q.lines[0].tax;
    q.total = domain::Money::fromMinor(1493745);
    q.taxGroups = {{QStringLiteral("IVA21"), domain::Percent::fromWhole(21), q.untaxed, q.tax}};
    return q;
}

} // namespace

TEST_F(DocumentPdf, SixtyLinesOnA4AreThreePagesWithTheHeaderOnEachAndEveryLineOnce) {
    const PrintedDocument doc =
        quotationDocument(test::sampleQuotation(60), test::sampleCompany(), {}, kEnglish);
    const QList<PagePlan> plan = planPages(doc, PaperSize::A4);
    const int planned = plan.size();
    EXPECT_GE(planned, 3);
    const QString path = write(doc, PaperSize::A4, planned);
    const QString meta = info(path);
    EXPECT_TRUE(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(planned))))
        << meta.toStdString();
    EXPECT_TRUE(meta.contains(QStringLiteral("595 x 842 pts (A4)"))) << meta.toStdString();
    QString all;
    for (int page = 1; page <= planned; ++page) {
        SCOPED_TRACE(page);
        const QString t = text(path, page);
        // The table header on every page with lines; the caption and "2 / 3" on all.
        EXPECT_EQ(t.contains(QStringLiteral("Description")), plan[page - 1].rowCount > 0);
        EXPECT_TRUE(t.contains(QStringLiteral("Q-2026-00042")));
        EXPECT_TRUE(
            t.contains(QRegularExpression(QStringLiteral("%1\\s*/\\s*%2").arg(page).arg(planned))));
        all += t;
    }
    for (int line = 1; line <= 60; ++line)
        EXPECT_EQ(all.count(QStringLiteral("SKU-%1").arg(line, 4, 10, QLatin1Char('0'))), 1)
            << line;
    EXPECT_EQ(all.count(QStringLiteral("Untaxed amount")), 1);
}

TEST_F(DocumentPdf, LetterPaperIsLetterSized) {
    const PrintedDocument doc =
        quotationDocument(test::sampleQuotation(60), test::sampleCompany(), {}, kEnglish);
    const QString path = write(doc, PaperSize::Letter, planPages(doc, PaperSize::Letter).size());
    EXPECT_TRUE(info(path).contains(QStringLiteral("612 x 792 pts (letter)")))
        << info(path).toStdString();
}

TEST_F(DocumentPdf, TextIsSearchableWithMoneyInTheLocale) {
    const domain::Quotation q = bigOneLiner();
    const QString es =
        text(write(quotationDocument(q, test::sampleCompany(), QStringLiteral("30 días"), kSpanish),
                   PaperSize::A4, 1));
    EXPECT_TRUE(es.contains(QStringLiteral("Q-2026-00042"))) << es.toStdString();
    EXPECT_TRUE(es.contains(QStringLiteral("14.937,45 €"))) << es.toStdString();
    EXPECT_TRUE(es.contains(QStringLiteral("12.345,00 €")));
    EXPECT_TRUE(es.contains(QStringLiteral("Construcciones Álvarez e Hijos S.A.")));
    EXPECT_TRUE(es.contains(QStringLiteral("30 días")));
    const QString en =
        text(write(quotationDocument(q, test::sampleCompany(), {}, kEnglish), PaperSize::A4, 1));
    EXPECT_TRUE(en.contains(QStringLiteral("€14,937.45"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("1,234.50")));
}

TEST_F(DocumentPdf, ThePrinterPathPaintsTheSamePagesOnThePrintersPaper) {
    const PrintedDocument doc =
        quotationDocument(test::sampleQuotation(60), test::sampleCompany(), {}, kEnglish);
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPrinter(printer, PaperSize::Letter);
    const int pages = paintDocument(doc, printer);
    EXPECT_EQ(pages, planPages(doc, PaperSize::Letter).size());
    EXPECT_TRUE(info(path).contains(QStringLiteral("612 x 792 pts (letter)")));
    EXPECT_TRUE(text(path, pages).contains(QStringLiteral("Untaxed amount")));
}

TEST(DocumentRenderer, FiftyLinesRenderWellUnderAHundredMilliseconds) {
    QTemporaryDir dir;
    const PrintedDocument doc =
        quotationDocument(test::sampleQuotation(50), test::sampleCompany(), {}, kEnglish);
    ASSERT_TRUE(writePdf(doc, dir.filePath(QStringLiteral("warm.pdf")), PaperSize::A4));
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(writePdf(doc, dir.filePath(QStringLiteral("timed.pdf")), PaperSize::A4));
    EXPECT_LT(timer.elapsed(), 100);
}

TEST(DocumentRenderer, AFileThatCannotBeWrittenIsAnError) {
    const PrintedDocument doc =
        quotationDocument(test::sampleQuotation(1), test::sampleCompany(), {}, kEnglish);
    auto written = writePdf(doc, QStringLiteral("/nonexistent-folder/q.pdf"), PaperSize::A4);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, QStringLiteral("print.write_failed"));
}

TEST(DocumentRenderer, PaperSizeSettingValues) {
    EXPECT_EQ(parsePaperSize(u"a4").value_or(PaperSize::Letter), PaperSize::A4);
    EXPECT_EQ(parsePaperSize(u" Letter ").value_or(PaperSize::A4), PaperSize::Letter);
    EXPECT_FALSE(parsePaperSize(u"legal"));
    EXPECT_EQ(paperSizeKey(PaperSize::Letter), QStringLiteral("letter"));
}

TEST_F(DocumentPdf, ExtraBlocksAndLongNotesFlowOnWithoutLosingALine) {
    PrintedDocument doc =
        quotationDocument(test::sampleQuotation(30), test::sampleCompany(), {}, kEnglish);
    doc.extras.append({QStringLiteral("Carrier"),
                       {{QStringLiteral("Carrier"), QStringLiteral("Transportes del Norte")},
                        {QStringLiteral("Gross weight"), QStringLiteral("182.5 kg")}},
                       {QStringLiteral("Shipper"), QStringLiteral("Consignee")}});
    QString conditions;
    for (int i = 1; i <= 60; ++i)
        conditions += QStringLiteral("Condition %1 applies.\n").arg(i);
    doc.sections.append({QStringLiteral("Conditions"), conditions});
    const QList<PagePlan> plan = planPages(doc, PaperSize::A4);
    const QString all = text(write(doc, PaperSize::A4, plan.size()));
    EXPECT_TRUE(all.contains(QStringLiteral("Transportes del Norte")));
    EXPECT_TRUE(all.contains(QStringLiteral("Consignee")));
    for (int i = 1; i <= 60; ++i)
        EXPECT_EQ(all.count(QStringLiteral("Condition %1 applies.").arg(i)), 1) << i;
    EXPECT_GT(plan.last().blockCount, 0);
    EXPECT_EQ(plan.last().rowCount, 0); // the conditions ran on past the lines
}

TEST(DocumentRenderer, TheLogoIsScaledIntoAFixedBoxWhateverItsSize) {
    const auto png = [](QSize size) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    domain::CompanyProfile company = test::sampleCompany();
    company.logoPng = png({40, 40});
    const domain::Quotation q = test::sampleQuotation(60);
    const auto small = planPages(quotationDocument(q, company, {}, kEnglish), PaperSize::A4);
    company.logoPng = png({3000, 3000});
    const auto huge = planPages(quotationDocument(q, company, {}, kEnglish), PaperSize::A4);
    EXPECT_EQ(small, huge);
    company.logoPng.clear();
    const auto none = planPages(quotationDocument(q, company, {}, kEnglish), PaperSize::A4);
    EXPECT_GT(none.first().rowCount, huge.first().rowCount); // the box takes room when used
}
