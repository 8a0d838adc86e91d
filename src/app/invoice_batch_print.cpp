// SPDX-License-Identifier: MIT
#include "app/invoice_batch_print.h"

#include "services/invoice_service.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace mostrador::app {

Result<reports::BatchOutcome> printInvoiceBatch(QWidget* parent, services::Services& services,
                                                const domain::Actor& actor,
                                                const InvoiceBatch& batch) {
    auto settings = reports::invoicePrintSettings(services.settings(), QLocale());
    if (!settings)
        return fail(settings.error());
    const int count = int(batch.numbers.size());
    QProgressDialog dialog(trMsg("Printing %1 invoices…").arg(count), trMsg("Cancel"), 0, count,
                           parent);
    dialog.setWindowTitle(trMsg("Print invoices"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0); // a batch is long enough to show at once
    dialog.setAutoClose(false);   // closed below, after the file is in place
    dialog.setValue(0);
    const reports::InvoiceAt invoiceAt = [&](int i) {
        return services.invoices().get(actor, batch.numbers.at(i));
    };
    // setValue processes events (the dialog is modal), so a click on Cancel arrives here.
    const reports::BatchProgress progress = [&](int done, int total) {
        dialog.setLabelText(trMsg("Printed invoice %1 of %2…").arg(done).arg(total));
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
    auto outcome = batch.oneFile
                       ? reports::writeInvoiceBook(count, invoiceAt, *settings, settings->paper,
                                                   batch.path, progress)
                       : reports::writeInvoiceFiles(count, invoiceAt, *settings, settings->paper,
                                                    batch.path, progress);
    dialog.close();
    return outcome;
}

} // namespace mostrador::app
