// SPDX-License-Identifier: MIT
// Printing an order confirmation from its editor: the print preview and a PDF file, both
// from the print job the reports library builds (as the CLI does), on the paper of the
// setting.
#include "app/order_editor.h"
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

void OrderEditor::printPreview() {
    if (m_order.id == 0)
        return;
    auto job = reports::orderPrintJob(m_services.settings(), m_order, QLocale());
    if (!job) {
        QMessageBox::warning(this, tr("Print preview"), job.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    reports::setUpPrinter(printer, job->paper);
    printer.setDocName(m_order.number);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Order %1 — print preview").arg(m_order.number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&job](QPrinter* target) { reports::paintDocument(job->doc, *target); });
    preview.resize(900, 1000);
    preview.exec();
}

void OrderEditor::saveAsPdf() {
    if (m_order.id == 0)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_order.number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save order confirmation as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool OrderEditor::writePdf(const QString& path) {
    auto job = reports::orderPrintJob(m_services.settings(), m_order, QLocale());
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
