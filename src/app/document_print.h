// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "reports/print_job.h"

#include <QString>

class QWidget;

namespace mostrador::app {

// Printing a sales document from its editor, shared by the order and quotation editors. The
// editor passes its own translated texts, so each keeps its wording and translation context.

// Shows the print preview of the job on its paper, or a warning titled errorTitle when the
// job could not be built.
void showPrintPreview(QWidget* parent, const Result<reports::PrintJob>& job, const QString& docName,
                      const QString& windowTitle, const QString& errorTitle);
// Asks where to save the PDF, suggesting <number>.pdf in the user's documents; empty when the
// user cancels.
QString askPdfPath(QWidget* parent, const QString& number, const QString& dialogTitle,
                   const QString& filter);
// Writes the job as a PDF file at path; false (after a warning titled errorTitle) when the job
// could not be built or the file not written.
bool writeJobPdf(QWidget* parent, const Result<reports::PrintJob>& job, const QString& path,
                 const QString& errorTitle);

} // namespace mostrador::app
