// SPDX-License-Identifier: MIT
#include "reports/invoice_print.h"

#include "reports/document_renderer.h"
#include "reports/invoice_document.h"
#include "services/settings_service.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace mostrador::reports {

using namespace domain;

namespace {

Error writeError(const QString& path) {
    return Error::storage(QStringLiteral("print.write_failed"),
                          trMsg("Could not write the PDF file %1").arg(path));
}

Error nothingToPrint() {
    return Error::invalid(QStringLiteral("print.no_invoices"),
                          trMsg("There are no invoices to print"));
}

// Reports `done` of `total`; answers whether to go on.
bool goOn(const BatchProgress& progress, int done, int total) {
    return !progress || progress(done, total);
}

// Moves the finished files from the scratch folder to their names in `dir`, replacing
// files of the same name; when one cannot be moved, takes back those already moved.
Result<QStringList> moveInto(const QDir& dir, const QString& scratch, const QStringList& names) {
    QStringList moved;
    for (const QString& name : names) {
        const QString target = dir.absoluteFilePath(name);
        QFile::remove(target);
        if (!QFile::rename(QDir(scratch).filePath(name), target)) {
            for (const QString& done : moved)
                QFile::remove(done);
            return fail(writeError(target));
        }
        moved.append(target);
    }
    return moved;
}

} // namespace

PrintedDocument InvoicePrintSettings::document(const Invoice& invoice) const {
    return invoiceDocument(invoice, company, termsName(invoice.party.paymentTermsCode), locale);
}

Result<InvoicePrintSettings> invoicePrintSettings(services::SettingsService& settings,
                                                  const QLocale& locale) {
    InvoicePrintSettings out;
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    out.company = *company;
    auto paper = paperSetting(settings);
    if (!paper)
        return fail(paper.error());
    out.paper = *paper;
    auto printed = documentLocale(settings, locale);
    if (!printed)
        return fail(printed.error());
    out.locale = *printed;
    auto terms = settings.paymentTerms();
    if (!terms)
        return fail(terms.error());
    for (const PaymentTerms& t : *terms)
        out.termsNames.insert(t.code, t.name);
    out.termsNames.insert(QString(), QString());
    return out;
}

Result<PrintJob> invoicePrintJob(services::SettingsService& settings, const Invoice& invoice,
                                 const QLocale& locale) {
    auto job = invoicePrintSettings(settings, locale);
    if (!job)
        return fail(job.error());
    return PrintJob{job->document(invoice), job->paper};
}

Result<BatchOutcome> writeInvoiceBook(int count, const InvoiceAt& invoiceAt,
                                      const InvoicePrintSettings& settings, PaperSize paper,
                                      const QString& path, const BatchProgress& progress) {
    if (count <= 0)
        return fail(nothingToPrint());
    QSaveFile file(path); // discarded unless committed: no partial file
    if (!file.open(QIODevice::WriteOnly))
        return fail(writeError(path));
    BatchOutcome outcome;
    PdfBook book(&file, paper, trMsg("Invoices"));
    for (int i = 0; i < count; ++i) {
        auto invoice = invoiceAt(i);
        if (!invoice)
            return fail(invoice.error());
        auto pages = book.append(settings.document(*invoice));
        if (!pages)
            return fail(writeError(path));
        ++outcome.invoices;
        if (!goOn(progress, i + 1, count))
            return BatchOutcome{true, 0, 0, {}};
    }
    if (!book.finish() || !file.commit())
        return fail(writeError(path));
    outcome.pages = book.pageCount();
    outcome.files = {QFileInfo(path).absoluteFilePath()};
    return outcome;
}

Result<BatchOutcome> writeInvoiceFiles(int count, const InvoiceAt& invoiceAt,
                                       const InvoicePrintSettings& settings, PaperSize paper,
                                       const QString& dir, const BatchProgress& progress) {
    if (count <= 0)
        return fail(nothingToPrint());
    const QDir target(dir);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(writeError(dir));
    // Written beside their final names (same file system, so moving is a rename) and
    // removed with the folder unless the batch completes.
    QTemporaryDir scratch(target.absoluteFilePath(QStringLiteral(".mostrador-print-XXXXXX")));
    if (!scratch.isValid())
        return fail(writeError(dir));
    BatchOutcome outcome;
    QStringList names;
    for (int i = 0; i < count; ++i) {
        auto invoice = invoiceAt(i);
        if (!invoice)
            return fail(invoice.error());
        names.append(invoiceFileName(*invoice));
        auto pages = writePdf(settings.document(*invoice), scratch.filePath(names.last()), paper);
        if (!pages)
            return fail(pages.error());
        ++outcome.invoices;
        outcome.pages += *pages;
        if (!goOn(progress, i + 1, count))
            return BatchOutcome{true, 0, 0, {}};
    }
    auto moved = moveInto(target, scratch.path(), names);
    if (!moved)
        return fail(moved.error());
    outcome.files = *moved;
    return outcome;
}

InvoiceAt invoicesOf(const QList<Invoice>& invoices) {
    return [invoices](int index) -> Result<Invoice> { return invoices.at(index); };
}

QString invoiceFileName(const Invoice& invoice) {
    QString name =
        invoice.isDraft() && !invoice.draftNumber.isEmpty() ? invoice.draftNumber : invoice.number;
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    return name + QStringLiteral(".pdf");
}

} // namespace mostrador::reports
