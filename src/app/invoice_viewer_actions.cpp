// SPDX-License-Identifier: MIT
// The invoice viewer's actions: saving a draft's changes, discarding it, posting it on a
// date, printing, and the refusals they bring.
#include "app/dialogs/dialog_support.h"
#include "app/document_print.h"
#include "app/invoice_viewer.h"
#include "app/payment_dialog.h"
#include "reports/invoice_print.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardItemModel>

namespace mostrador::app {

using dialogs::DialogSupport;

bool InvoiceViewer::save() {
    if (!isEditable())
        return false;
    if (!isDirty())
        return true;
    DialogSupport::markInvalid(m_date, false);
    const domain::Invoice e = edited();
    services::InvoiceEdit edit;
    edit.version = m_invoice.version;
    edit.date = e.date;
    edit.notes = e.notes;
    for (int i = 0; i < e.lines.size(); ++i)
        if (e.lines[i].qty != m_invoice.lines[i].qty)
            edit.lines.append({e.lines[i].id, e.lines[i].qty});
    auto saved = m_services.invoices().update(m_actor, m_invoice.number, edit);
    if (!saved) {
        refuse(saved.error());
        return false;
    }
    took(*saved, tr("Draft %1 saved").arg(saved->number));
    return true;
}

bool InvoiceViewer::discard() {
    if (!isEditable())
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Discard draft %1").arg(m_invoice.number),
        tr("The draft is deleted and what it held of its orders can be invoiced again. "
           "Discard it?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    if (auto gone = m_services.invoices().discard(m_actor, m_invoice.number); !gone) {
        refuse(gone.error());
        return false;
    }
    m_invoice = {};
    QDialog::accept();
    return true;
}

bool InvoiceViewer::post() {
    if (!isEditable() || !save())
        return false;
    PostInvoiceDialog ask(m_invoice.number, m_invoice.date, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    return postOn(ask.date());
}

bool InvoiceViewer::postOn(const QDate& date) {
    if (!isEditable())
        return false;
    const QString draft = m_invoice.number;
    auto posted = m_services.invoices().post(m_actor, draft, date, m_invoice.version);
    if (!posted) {
        refuse(posted.error());
        return false;
    }
    // Read back as the list and the printout see it (tax groups included).
    auto stored = m_services.invoices().get(m_actor, posted->number);
    took(stored ? *stored : *posted,
         tr("Draft %1 posted as invoice %2").arg(draft, posted->number));
    return true;
}

void InvoiceViewer::took(const domain::Invoice& invoice, const QString& message) {
    m_invoice = invoice;
    fill();
    notice(message);
}

void InvoiceViewer::refuse(const Error& error) {
    DialogSupport::showError(m_banner, error.message);
    if (error.field == u"date" || error.code == u"invoice.backdated") {
        DialogSupport::markInvalid(m_date, true, error.message);
        m_date->setFocus(Qt::OtherFocusReason);
    }
}

void InvoiceViewer::notice(const QString& text) {
    DialogSupport::showNotice(m_banner, text);
}

void InvoiceViewer::printPreview() {
    if (m_invoice.id == 0)
        return;
    showPrintPreview(this, reports::invoicePrintJob(m_services.settings(), m_invoice, QLocale()),
                     m_invoice.number, tr("Invoice %1 — print preview").arg(m_invoice.number),
                     tr("Print preview"));
}

void InvoiceViewer::saveAsPdf() {
    if (m_invoice.id == 0)
        return;
    const QString path =
        askPdfPath(this, m_invoice.number, tr("Save invoice as PDF"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool InvoiceViewer::writePdf(const QString& path) {
    if (!writeJobPdf(this, reports::invoicePrintJob(m_services.settings(), m_invoice, QLocale()),
                     path, tr("Save as PDF")))
        return false;
    notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InvoiceViewer::reject() {
    if (isDirty() && !DialogSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

void InvoiceViewer::recordPayment() {
    PaymentDialog dialog(m_services, m_actor, this);
    dialog.prefill(m_invoice.party.customerCode, m_invoice.number);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load(m_invoice.number);
    DialogSupport::showNotice(m_banner, tr("Payment %1 recorded").arg(dialog.payment().number));
}

} // namespace mostrador::app
