// SPDX-License-Identifier: MIT
// Printing a quotation from its editor: the print preview and a PDF file, both from the
// document layout the reports library builds, on the paper of the setting.
#include "app/quotation_editor.h"
#include "reports/document_renderer.h"
#include "reports/quotation_document.h"
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

struct Printable {
    reports::PrintedDocument doc;
    reports::PaperSize paper = reports::PaperSize::A4;
};

Result<Printable> printable(services::Services& services, const domain::Quotation& q) {
    auto company = services.settings().company();
    if (!company)
        return fail(company.error());
    QString termsName = q.party.paymentTermsCode;
    if (auto terms = services.settings().paymentTerms())
        for (const auto& t : *terms)
            if (t.code == q.party.paymentTermsCode)
                termsName = t.name;
    Printable out;
    out.doc = reports::quotationDocument(q, *company, termsName, QLocale());
    auto paper = services.settings().value(QString::fromUtf16(domain::setting::kPaperSize));
    if (paper)
        if (auto parsed = reports::parsePaperSize(*paper))
            out.paper = *parsed;
    return out;
}

} // namespace

void QuotationEditor::printPreview() {
    if (m_quote.id == 0)
        return;
    auto p = printable(m_services, m_quote);
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
    auto p = printable(m_services, m_quote);
    if (!p) {
        QMessageBox::warning(this, tr("Save as PDF"), p.error().message);
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_quote.number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save quotation as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = reports::writePdf(p->doc, path, p->paper);
    if (!written)
        QMessageBox::warning(this, tr("Save as PDF"), written.error().message);
    else
        notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace mostrador::app
