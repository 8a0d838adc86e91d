// SPDX-License-Identifier: MIT
// The invoice as printed: what the model holds (title, draft note, due dates, deposits,
// amount due), what pdftotext reads from the PDF, a long invoice across pages, and
// batches to one PDF or a folder that leave nothing behind when cancelled.
#include "pdf_text.h"
#include "reports/document_renderer.h"
#include "reports/invoice_document.h"
#include "reports/invoice_print.h"
#include "sample_invoice.h"
#include "sample_quotation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace mostrador;
using namespace mostrador::reports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);

PrintedDocument documentOf(const domain::Invoice& inv, const QLocale& locale = kEnglish) {
    return invoiceDocument(inv, test::sampleCompany(), QStringLiteral("30 and 60 days"), locale);
}

QString fieldValue(const PrintedDocument& doc, const QString& label) {
    for (const Field& f : doc.fields)
        if (f.label == label)
            return f.value;
    return QStringLiteral("(none)");
}

const ExtraBlock* extraTitled(const PrintedDocument& doc, const QString& title) {
    for (const ExtraBlock& b : doc.extras)
        if (b.title == title)
            return &b;
    return nullptr;
}

// The invoices of a batch: the sample with numbers INV-2026-00101, -00102, …
QList<domain::Invoice> numberedInvoices(int count, int lineCount) {
    QList<domain::Invoice> out;
    for (int i = 0; i < count; ++i) {
        domain::Invoice inv = test::sampleInvoice(lineCount);
        inv.number = QStringLiteral("INV-2026-%1").arg(101 + i, 5, 10, QLatin1Char('0'));
        out.append(inv);
    }
    return out;
}

} // namespace

TEST(InvoiceDocument, APostedInvoiceShowsItsNumberDueDatesDepositsPaidAndAmountDue) {
    const domain::Invoice inv = test::sampleInvoice(6);
    const PrintedDocument doc = documentOf(inv);
    EXPECT_EQ(doc.title, QStringLiteral("Invoice"));
    EXPECT_EQ(doc.number, QStringLiteral("INV-2026-00031"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Date")), QStringLiteral("12/5/2026"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Order")), QStringLiteral("SO-2026-00108"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Status")), QStringLiteral("(none)"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Due date")), QStringLiteral("(none)")); // split
    const ExtraBlock* due = extraTitled(doc, QStringLiteral("Due dates"));
    ASSERT_NE(due, nullptr);
    ASSERT_EQ(due->fields.size(), 2);
    EXPECT_EQ(due->fields[0].label, QStringLiteral("1/4/2027"));
    EXPECT_EQ(due->fields[0].value, inv.installments[0].amount.toString(kEnglish));
    EXPECT_EQ(due->fields[1].label, QStringLiteral("2/3/2027"));
    const ExtraBlock* deposits = extraTitled(doc, QStringLiteral("Deposits applied"));
    ASSERT_NE(deposits, nullptr);
    ASSERT_EQ(deposits->fields.size(), 1);
    EXPECT_EQ(deposits->fields[0].label, QStringLiteral("DEP-2026-00007"));
    EXPECT_TRUE(deposits->fields[0].value.startsWith(QStringLiteral("€100.00")))
        << deposits->fields[0].value.toStdString();
    ASSERT_EQ(doc.totals.size(), 6);
    EXPECT_EQ(doc.totals[3],
              (TotalRow{QStringLiteral("Deposits applied"), QStringLiteral("-€100.00"), false}));
    EXPECT_EQ(doc.totals[4], (TotalRow{QStringLiteral("Paid"), QStringLiteral("-€50.00"), false}));
    EXPECT_EQ(doc.totals[5],
              (TotalRow{QStringLiteral("Amount due"), inv.balance.toString(kEnglish), true}));
    EXPECT_EQ(doc.taxSummary.rows.size(), 3); // 21, 10 and 4 %
    EXPECT_EQ(doc.lines.rows.size(), 6);
    EXPECT_FALSE(doc.lines.columns.contains(Column{QStringLiteral("Order"), Align::Right, 2.1}));
}

TEST(InvoiceDocument, OneInstallmentIsTheDueDateFieldAndNoDeductionsNoRows) {
    domain::Invoice inv = test::sampleInvoice(2);
    inv.installments = {{QDate(2027, 1, 4), inv.total}};
    inv.deposits.clear();
    inv.depositsApplied = domain::Money();
    inv.paid = domain::Money();
    inv.balance = inv.total;
    const PrintedDocument doc = documentOf(inv);
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Due date")), QStringLiteral("1/4/2027"));
    EXPECT_TRUE(doc.extras.isEmpty());
    ASSERT_EQ(doc.totals.size(), 4);
    EXPECT_EQ(doc.totals[3].label, QStringLiteral("Amount due"));
    EXPECT_EQ(doc.totals[3].value, inv.total.toString(kEnglish));
}

TEST(InvoiceDocument, ADraftSaysItIsNotValidAsAnInvoice) {
    const domain::Invoice inv = test::sampleDraftInvoice(3);
    const PrintedDocument doc = documentOf(inv);
    EXPECT_EQ(doc.title, QStringLiteral("DRAFT invoice"));
    EXPECT_EQ(doc.number, QStringLiteral("DRAFT-00012"));
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Status")), QStringLiteral("Not valid as an invoice"));
    ASSERT_FALSE(doc.sections.isEmpty());
    EXPECT_EQ(doc.sections[0].title, QStringLiteral("Draft"));
    EXPECT_TRUE(doc.sections[0].text.contains(QStringLiteral("not valid as an invoice")));
    EXPECT_EQ(doc.totals.last().value, inv.total.toString(kEnglish)); // no balance yet
    EXPECT_EQ(amountDue(inv), inv.total);
}

TEST(InvoiceDocument, AnAdvanceInvoiceIsTitledSo) {
    domain::Invoice inv = test::sampleInvoice(1);
    inv.kind = QString::fromUtf16(domain::invoice_kind::kAdvance);
    EXPECT_EQ(documentOf(inv).title, QStringLiteral("Advance invoice"));
    inv = test::sampleDraftInvoice(1);
    inv.kind = QString::fromUtf16(domain::invoice_kind::kAdvance);
    EXPECT_EQ(documentOf(inv).title, QStringLiteral("DRAFT advance invoice"));
}

TEST(InvoiceDocument, SeveralOrdersAreListedAndEachLineNamesItsOrder) {
    domain::Invoice inv = test::sampleInvoice(4);
    inv.lines[2].orderNumber = QStringLiteral("SO-2026-00111");
    inv.lines[3].orderNumber = QStringLiteral("SO-2026-00111");
    EXPECT_EQ(invoicedOrders(inv),
              (QStringList{QStringLiteral("SO-2026-00108"), QStringLiteral("SO-2026-00111")}));
    const PrintedDocument doc = documentOf(inv);
    EXPECT_EQ(fieldValue(doc, QStringLiteral("Orders")),
              QStringLiteral("SO-2026-00108, SO-2026-00111"));
    const qsizetype column = doc.lines.columns.size() - 2;
    EXPECT_EQ(doc.lines.columns[column].title, QStringLiteral("Order"));
    EXPECT_EQ(doc.lines.rows[3][column], QStringLiteral("SO-2026-00111"));
}

TEST(InvoiceDocument, FileNamesAreTheNumberWithUnsafeCharactersReplaced) {
    domain::Invoice inv = test::sampleInvoice(1);
    EXPECT_EQ(invoiceFileName(inv), QStringLiteral("INV-2026-00031.pdf"));
    inv.number = QStringLiteral("A/B 7");
    EXPECT_EQ(invoiceFileName(inv), QStringLiteral("A_B_7.pdf"));
    EXPECT_EQ(invoiceFileName(test::sampleDraftInvoice(1)), QStringLiteral("DRAFT-00012.pdf"));
}

namespace {

class InvoicePdf : public ::testing::Test {
protected:
    void SetUp() override {
        if (!test::havePoppler())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) not installed";
        settings.company = test::sampleCompany();
        settings.locale = kEnglish;
        settings.termsNames.insert(QStringLiteral("NET30"), QStringLiteral("30 and 60 days"));
    }

    QString write(const PrintedDocument& doc, int expectedPages) {
        const QString path = dir.filePath(QStringLiteral("inv-%1.pdf").arg(++m_files));
        auto pages = writePdf(doc, path, PaperSize::A4);
        EXPECT_TRUE(pages) << (pages ? "" : pages.error().message.toStdString());
        EXPECT_EQ(pages.value_or(0), expectedPages);
        return path;
    }

    QTemporaryDir dir;
    InvoicePrintSettings settings;

private:
    int m_files = 0;
};

// The pages of a PDF as pdftotext separates them.
qsizetype pagesOf(const QString& path) {
    return test::pdfText(path).count(u'\f');
}

} // namespace

TEST_F(InvoicePdf, ThePdfReadsTaxIdsNumberDueDatesTotalsByRateDepositsAndAmountDue) {
    const domain::Invoice inv = test::sampleInvoice(8);
    const QString t = test::pdfText(write(documentOf(inv), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("Invoice INV-2026-00031"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Tax ID: B87654321")));
    EXPECT_TRUE(t.contains(QStringLiteral("Tax ID: A12345678")));
    EXPECT_TRUE(t.contains(QStringLiteral("Construcciones Álvarez e Hijos S.A.")));
    EXPECT_TRUE(t.contains(QStringLiteral("28013 Madrid")));
    for (const domain::Installment& i : inv.installments) {
        EXPECT_TRUE(t.contains(i.dueDate.toString(QStringLiteral("M/d/yyyy"))));
        EXPECT_TRUE(t.contains(i.amount.toString(kEnglish)));
    }
    for (const domain::TaxGroup& g : inv.taxGroups)
        EXPECT_TRUE(t.contains(QRegularExpression(QStringLiteral("%1\\s+%2%\\s+%3\\s+%4")
                                                      .arg(g.taxCode, g.rate.toString(kEnglish),
                                                           g.base.toNumberString(kEnglish),
                                                           g.tax.toNumberString(kEnglish)))))
            << g.taxCode.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("DEP-2026-00007")));
    EXPECT_TRUE(t.contains(QStringLiteral("-€100.00")));
    EXPECT_TRUE(t.contains(QStringLiteral("-€50.00")));
    EXPECT_TRUE(t.contains(
        QRegularExpression(QStringLiteral("Amount due\\s+%1")
                               .arg(QRegularExpression::escape(inv.balance.toString(kEnglish))))));
    EXPECT_TRUE(t.contains(QStringLiteral("30 and 60 days")));
}

TEST_F(InvoicePdf, InSpanishAmountsAndDatesFollowTheLocale) {
    const domain::Invoice inv = test::sampleInvoice(8);
    const QString t = test::pdfText(write(documentOf(inv, kSpanish), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("4/1/2027")));
    EXPECT_TRUE(t.contains(QStringLiteral("3/2/2027")));
    EXPECT_TRUE(t.contains(test::plainSpaces(inv.balance.toString(kSpanish)))) << t.toStdString();
    EXPECT_TRUE(t.contains(test::plainSpaces(inv.total.toString(kSpanish))));
}

TEST_F(InvoicePdf, ADraftPdfCarriesTheDraftNumberAndTheNote) {
    const QString t = test::pdfText(write(documentOf(test::sampleDraftInvoice(3)), 1));
    EXPECT_TRUE(t.contains(QStringLiteral("DRAFT invoice DRAFT-00012"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Not valid as an invoice")));
    EXPECT_FALSE(t.contains(QStringLiteral("INV-")));
}

TEST_F(InvoicePdf, FiftyLinesRenderQuicklyAcrossPagesWithTheHeaderOnEach) {
    const PrintedDocument doc = documentOf(test::sampleInvoice(50));
    const QString path = dir.filePath(QStringLiteral("fifty.pdf"));
    QElapsedTimer timer;
    timer.start();
    auto pages = writePdf(doc, path, PaperSize::A4);
    const qint64 ms = timer.elapsed();
    std::cout << "[ invoice  ] 50 lines rendered in " << ms << " ms\n";
    ASSERT_TRUE(pages);
    EXPECT_LT(ms, 1000); // a generous guard: about 20 ms on the development machine
    const QList<PagePlan> plan = planPages(doc, PaperSize::A4);
    ASSERT_GE(plan.size(), 2);
    EXPECT_EQ(*pages, plan.size());
    QString all;
    for (int page = 1; page <= plan.size(); ++page) {
        SCOPED_TRACE(page);
        const QString t = test::pdfText(path, page);
        EXPECT_EQ(t.contains(QStringLiteral("Unit price")), plan[page - 1].rowCount > 0);
        EXPECT_TRUE(t.contains(QStringLiteral("Invoice INV-2026-00031")));
        EXPECT_TRUE(t.contains(
            QRegularExpression(QStringLiteral("%1\\s*/\\s*%2").arg(page).arg(plan.size()))));
        all += t;
    }
    for (int line = 1; line <= 50; ++line)
        EXPECT_EQ(all.count(QStringLiteral("SKU-%1").arg(line, 4, 10, QLatin1Char('0'))), 1)
            << line;
    EXPECT_EQ(all.count(QStringLiteral("Amount due")), 1);
}

TEST_F(InvoicePdf, ABatchWritesEveryInvoiceToOnePdfReportingProgress) {
    const QList<domain::Invoice> invoices = numberedInvoices(30, 3);
    QList<std::pair<int, int>> calls;
    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    auto outcome = writeInvoiceBook(30, invoicesOf(invoices), settings, PaperSize::A4, path,
                                    [&](int done, int total) {
                                        calls.append({done, total});
                                        return true;
                                    });
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_FALSE(outcome->cancelled);
    EXPECT_EQ(outcome->invoices, 30);
    EXPECT_EQ(outcome->pages, 30);
    EXPECT_EQ(outcome->files, QStringList{QFileInfo(path).absoluteFilePath()});
    ASSERT_EQ(calls.size(), 30);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(calls[i], std::make_pair(i + 1, 30));
    EXPECT_EQ(pagesOf(path), 30);
    const QString t = test::pdfText(path);
    for (const domain::Invoice& inv : invoices)
        EXPECT_TRUE(t.contains(QStringLiteral("Invoice ") + inv.number))
            << inv.number.toStdString();
    EXPECT_EQ(t.count(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*1\\b"))), 30);
}

TEST_F(InvoicePdf, ACancelledBatchLeavesNoFileAndWhatWasThereUntouched) {
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    int last = 0;
    auto cancel = [&](int done, int) {
        last = done;
        return done < 15;
    };
    auto outcome = writeInvoiceBook(30, invoicesOf(numberedInvoices(30, 3)), settings,
                                    PaperSize::A4, path, cancel);
    ASSERT_TRUE(outcome);
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(last, 15);
    EXPECT_TRUE(outcome->files.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::WriteOnly));
    before.write("earlier");
    before.close();
    ASSERT_TRUE(writeInvoiceBook(30, invoicesOf(numberedInvoices(30, 3)), settings, PaperSize::A4,
                                 path, cancel));
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    EXPECT_EQ(before.readAll(), QByteArray("earlier"));
}

TEST_F(InvoicePdf, AnInvoiceThatCannotBeReadStopsTheBatchWithNoFile) {
    const QList<domain::Invoice> invoices = numberedInvoices(5, 2);
    const InvoiceAt failing = [&](int i) -> Result<domain::Invoice> {
        if (i == 3)
            return fail(
                Error::notFound(QStringLiteral("invoice.not_found"), QStringLiteral("gone")));
        return invoices[i];
    };
    const QString path = dir.filePath(QStringLiteral("failed.pdf"));
    auto outcome = writeInvoiceBook(5, failing, settings, PaperSize::A4, path);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, QStringLiteral("invoice.not_found"));
    EXPECT_FALSE(QFile::exists(path));
    auto files =
        writeInvoiceFiles(5, failing, settings, PaperSize::A4, dir.filePath(QStringLiteral("out")));
    ASSERT_FALSE(files);
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("out")))
                  .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList());
}

TEST_F(InvoicePdf, AnEmptyBatchIsRefused) {
    auto outcome = writeInvoiceBook(0, invoicesOf({}), settings, PaperSize::A4,
                                    dir.filePath(QStringLiteral("none.pdf")));
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, QStringLiteral("print.no_invoices"));
}

TEST_F(InvoicePdf, ABatchToAFolderWritesOneFilePerInvoiceOrNoneWhenCancelled) {
    const QString out = dir.filePath(QStringLiteral("invoices"));
    const QList<domain::Invoice> invoices = numberedInvoices(4, 2);
    int calls = 0;
    auto outcome = writeInvoiceFiles(4, invoicesOf(invoices), settings, PaperSize::Letter, out,
                                     [&](int done, int total) {
                                         EXPECT_EQ(done, ++calls);
                                         EXPECT_EQ(total, 4);
                                         return true;
                                     });
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_EQ(calls, 4);
    ASSERT_EQ(outcome->files.size(), 4);
    const QDir folder(out);
    EXPECT_EQ(
        folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList{QStringLiteral("INV-2026-00101.pdf"), QStringLiteral("INV-2026-00102.pdf"),
                     QStringLiteral("INV-2026-00103.pdf"), QStringLiteral("INV-2026-00104.pdf")}));
    EXPECT_TRUE(test::pdfText(folder.filePath(QStringLiteral("INV-2026-00103.pdf")))
                    .contains(QStringLiteral("Invoice INV-2026-00103")));

    const QString other = dir.filePath(QStringLiteral("cancelled"));
    auto cancelled = writeInvoiceFiles(4, invoicesOf(invoices), settings, PaperSize::A4, other,
                                       [](int done, int) { return done < 2; });
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_EQ(QDir(other).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList());
}

// Not run by default: the time of a batch of 1,000 invoices of 8 lines to one PDF, as
// reported with the work (run with --gtest_also_run_disabled_tests).
TEST_F(InvoicePdf, DISABLED_AThousandInvoicesToOnePdf) {
    const QList<domain::Invoice> invoices = numberedInvoices(1000, 8);
    QElapsedTimer timer;
    timer.start();
    auto book = writeInvoiceBook(1000, invoicesOf(invoices), settings, PaperSize::A4,
                                 dir.filePath(QStringLiteral("thousand.pdf")));
    const qint64 bookMs = timer.restart();
    auto files = writeInvoiceFiles(1000, invoicesOf(invoices), settings, PaperSize::A4,
                                   dir.filePath(QStringLiteral("thousand")));
    const qint64 filesMs = timer.elapsed();
    ASSERT_TRUE(book);
    ASSERT_TRUE(files);
    std::cout << "[ invoice  ] 1000 invoices: one PDF " << bookMs << " ms ("
              << QFileInfo(dir.filePath(QStringLiteral("thousand.pdf"))).size() / 1024
              << " KiB), one PDF each " << filesMs << " ms\n";
    EXPECT_LT(bookMs, 60000);
    EXPECT_LT(filesMs, 60000);
}
