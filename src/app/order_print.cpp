// SPDX-License-Identifier: MIT
// Printing an order confirmation from its editor: the print preview and a PDF file, both
// from the printed document the reports library builds, on the paper of the setting.
#include "app/order_editor.h"
#include "reports/document_renderer.h"
#include "reports/order_document.h"
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

namespace {

// The order with the company profile, its terms' name and the paper setting, amounts
// and dates in the company's document locale (as the quotation's print job does).
Result<reports::PrintJob> orderJob(services::SettingsService& settings,
                                   const domain::SalesOrder& order) {
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    auto terms = reports::paymentTermsName(settings, order.party.paymentTermsCode);
    if (!terms)
        return fail(terms.error());
    auto paper = reports::paperSetting(settings);
    if (!paper)
        return fail(paper.error());
    auto locale = reports::documentLocale(settings, QLocale());
    if (!locale)
        return fail(locale.error());
    return reports::PrintJob{reports::orderDocument(order, *company, *terms, *locale), *paper};
}

} // namespace

void OrderEditor::printPreview() {
    if (m_order.id == 0)
        return;
    auto job = orderJob(m_services.settings(), m_order);
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
    auto job = orderJob(m_services.settings(), m_order);
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
