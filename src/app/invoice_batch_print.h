// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "reports/invoice_print.h"

#include <QStringList>

class QWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Several invoices printed at once from the GUI: all in one PDF file, or one PDF each
// ("INV-2026-00001.pdf") in a folder.
struct InvoiceBatch {
    QStringList numbers;
    QString path; // the PDF file, or the folder when !oneFile
    bool oneFile = true;
};

// Writes the batch behind a modal progress dialog ("Printing invoice 3 of 40…") whose
// Cancel stops it with nothing written, each invoice read when its turn comes, amounts
// and dates in the document locale, on the paper of the setting print.paper_size. The
// outcome says when it was cancelled; an error (an invoice gone, a file that cannot be
// written) is for the caller to show.
Result<reports::BatchOutcome> printInvoiceBatch(QWidget* parent, services::Services& services,
                                                const domain::Actor& actor,
                                                const InvoiceBatch& batch);

} // namespace mostrador::app
