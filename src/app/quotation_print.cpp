// SPDX-License-Identifier: MIT
// Printing a quotation from its editor: the print preview and a PDF file, both from the
// print job the reports library builds (as the CLI does), on the paper of the setting.
#include "app/document_print.h"
#include "app/quotation_editor.h"
#include "services/services.h"

#include <QDir>

namespace mostrador::app {

void QuotationEditor::printPreview() {
    if (m_quote.id == 0)
        return;
    showPrintPreview(this, reports::quotationPrintJob(m_services.settings(), m_quote, QLocale()),
                     m_quote.number, tr("Quotation %1 — print preview").arg(m_quote.number),
                     tr("Print preview"));
}

void QuotationEditor::saveAsPdf() {
    if (m_quote.id == 0)
        return;
    const QString path =
        askPdfPath(this, m_quote.number, tr("Save quotation as PDF"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool QuotationEditor::writePdf(const QString& path) {
    if (!writeJobPdf(this, reports::quotationPrintJob(m_services.settings(), m_quote, QLocale()),
                     path, tr("Save as PDF")))
        return false;
    notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace mostrador::app
