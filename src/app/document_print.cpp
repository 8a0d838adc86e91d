// SPDX-License-Identifier: MIT
// The print preview and the PDF file of a sales document, both from the print job the reports
// library builds (as the CLI does), on the paper of the setting.
#include "app/document_print.h"

#include "reports/document_renderer.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace mostrador::app {

void showPrintPreview(QWidget* parent, const Result<reports::PrintJob>& job, const QString& docName,
                      const QString& windowTitle, const QString& errorTitle) {
    if (!job) {
        QMessageBox::warning(parent, errorTitle, job.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    reports::setUpPrinter(printer, job->paper);
    printer.setDocName(docName);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(windowTitle);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [&job](QPrinter* target) { reports::paintDocument(job->doc, *target); });
    preview.resize(900, 1000);
    preview.exec();
}

QString askPdfPath(QWidget* parent, const QString& number, const QString& dialogTitle,
                   const QString& filter) {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(number + QStringLiteral(".pdf"));
    return QFileDialog::getSaveFileName(parent, dialogTitle, suggested, filter);
}

bool writeJobPdf(QWidget* parent, const Result<reports::PrintJob>& job, const QString& path,
                 const QString& errorTitle) {
    if (!job) {
        QMessageBox::warning(parent, errorTitle, job.error().message);
        return false;
    }
    auto written = reports::writePdf(job->doc, path, job->paper);
    if (!written) {
        QMessageBox::warning(parent, errorTitle, written.error().message);
        return false;
    }
    return true;
}

} // namespace mostrador::app
