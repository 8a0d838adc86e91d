// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/settings.h"
#include "reports/print_job.h"

#include <QHash>
#include <QLocale>
#include <functional>

namespace mostrador::services {
class SettingsService;
}

namespace mostrador::reports {

// What printing invoices takes from the settings, read once for a whole batch: the
// company, the paper of print.paper_size, the document locale and the names of the
// payment terms.
struct InvoicePrintSettings {
    domain::CompanyProfile company;
    PaperSize paper = PaperSize::A4;
    QLocale locale;
    QHash<QString, QString> termsNames; // code → name

    // The terms' name; the code itself when they are gone, empty for none.
    QString termsName(const QString& code) const { return termsNames.value(code, code); }
    PrintedDocument document(const domain::Invoice& invoice) const;
};

// Amounts and dates in documentLocale(settings, locale).
Result<InvoicePrintSettings> invoicePrintSettings(services::SettingsService& settings,
                                                  const QLocale& locale);

// One invoice with the company, its terms' name, the paper and the document locale.
Result<PrintJob> invoicePrintJob(services::SettingsService& settings,
                                 const domain::Invoice& invoice, const QLocale& locale);

// Called after each invoice of a batch with how many are done of how many; answering
// false cancels the batch.
using BatchProgress = std::function<bool(int done, int total)>;

// The `index`-th invoice of a batch, read when its turn comes.
using InvoiceAt = std::function<Result<domain::Invoice>(int index)>;

// What a batch did. A cancelled batch wrote nothing: no file, not even a partial one.
struct BatchOutcome {
    bool cancelled = false;
    int invoices = 0;  // printed
    int pages = 0;     // in all
    QStringList files; // absolute paths written
};

// `count` invoices one after another in one PDF at `path`, each with its own page
// numbers. The file appears only when the whole batch is written; a cancel or an error
// leaves whatever was at `path` before untouched.
Result<BatchOutcome> writeInvoiceBook(int count, const InvoiceAt& invoiceAt,
                                      const InvoicePrintSettings& settings, PaperSize paper,
                                      const QString& path, const BatchProgress& progress = {});

// `count` invoices as one PDF each, named after the invoice's number ("INV-2026-00001.pdf"),
// in the folder `dir` (made when missing). The files appear only when the whole batch is
// written; a cancel or an error leaves the folder as it was.
Result<BatchOutcome> writeInvoiceFiles(int count, const InvoiceAt& invoiceAt,
                                       const InvoicePrintSettings& settings, PaperSize paper,
                                       const QString& dir, const BatchProgress& progress = {});

// The invoices of a list, for the batch writers.
InvoiceAt invoicesOf(const QList<domain::Invoice>& invoices);

// "INV-2026-00001.pdf": the file name of an invoice's PDF, any character that is not a
// letter, digit, dot, dash or underscore made an underscore.
QString invoiceFileName(const domain::Invoice& invoice);

} // namespace mostrador::reports
