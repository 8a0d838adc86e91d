// SPDX-License-Identifier: MIT
// Printing an order confirmation from its editor: the print preview and a PDF file, both
// from the print job the reports library builds (as the CLI does), on the paper of the
// setting.
#include "app/document_print.h"
#include "app/order_editor.h"
#include "services/services.h"

#include <QDir>

namespace mostrador::app {

void OrderEditor::printPreview() {
    if (m_order.id == 0)
        return;
    showPrintPreview(this, reports::orderPrintJob(m_services.settings(), m_order, QLocale()),
                     m_order.number, tr("Order %1 — print preview").arg(m_order.number),
                     tr("Print preview"));
}

void OrderEditor::saveAsPdf() {
    if (m_order.id == 0)
        return;
    const QString path = askPdfPath(this, m_order.number, tr("Save order confirmation as PDF"),
                                    tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool OrderEditor::writePdf(const QString& path) {
    if (!writeJobPdf(this, reports::orderPrintJob(m_services.settings(), m_order, QLocale()), path,
                     tr("Save as PDF")))
        return false;
    notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace mostrador::app
