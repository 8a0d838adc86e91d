// SPDX-License-Identifier: MIT
// Printing a quotation from its editor: the print preview and a PDF file, both from the
// print job the reports library builds (as the CLI does), on the paper of the setting.
#include "app/quotation_editor.h"
#include "reports/document_renderer.h"
#include "reports/print_job.h"
#include "services/services.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace mostrador::app {

void QuotationEditor::printPreview() {
    if (m_quote.id == 0)
        return;
    auto p = reports::quotationPrintJob(m_services.settings(), m_quote, QLocale());
    if (!p) {
        QMessageBox::warning(this, tr("Print preview"), p.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    reports::setUpPrinter(printer, p->paper);
    printer.setDocName(m_quote.number);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Quotation %1 — print preview").arg(m_quote.number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&p](QPrinter* target) { reports::paintDocument(p->doc, *target); });
    preview.resize(900, 1000);
    preview.exec();
}

void QuotationEditor::saveAsPdf() {
    if (m_quote.id == 0)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_quote.number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save quotation as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool QuotationEditor::writePdf(const QString& path) {
    auto job = reports::quotationPrintJob(m_services.settings(), m_quote, QLocale());
    if (!job) {
        QMessageBox::warning(this, tr("Save as PDF"), job.error().message);
        return false;
    }
    auto written = reports::writePdf(job->doc, path, job->paper);
    if (!written) {
        QMessageBox::warning(this, tr("Save as PDF"), written.error().message);
        return false;
    }
    notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace mostrador::app
