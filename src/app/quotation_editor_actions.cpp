// SPDX-License-Identifier: MIT
// The quotation editor's actions: save, the state changes and the refusals they bring.
#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/order_editor.h"
#include "app/quotation_editor.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;

namespace {

// Asks why the customer declined; OK stays disabled until there is a reason.
class ReasonDialog : public QDialog {
public:
    explicit ReasonDialog(const QString& number, QWidget* parent)
        : QDialog(parent)
        , m_text(new QPlainTextEdit(this)) {
        setObjectName(QStringLiteral("rejectReasonDialog"));
        setWindowTitle(QuotationEditor::tr("Reject quotation %1").arg(number));
        m_text->setObjectName(QStringLiteral("reasonEdit"));
        m_text->setTabChangesFocus(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(QuotationEditor::tr("Reject"));
        ok->setEnabled(false);
        connect(m_text, &QPlainTextEdit::textChanged, this,
                [this, ok] { ok->setEnabled(!reason().isEmpty()); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(QuotationEditor::tr("Why did the customer decline? "
                                                         "(required)"),
                                     this));
        layout->addWidget(m_text);
        layout->addWidget(buttons);
        resize(420, 200);
    }
    QString reason() const { return m_text->toPlainText().trimmed(); }

private:
    QPlainTextEdit* m_text;
};

} // namespace

bool QuotationEditor::save() {
    DialogSupport::showError(m_banner, {});
    DialogSupport::markInvalid(m_customer, false);
    services::QuotationInput input;
    input.customerCode = m_customerCode.isEmpty() ? m_customer->text().trimmed() : m_customerCode;
    input.date = m_date->date();
    input.validUntil = m_validUntil->date();
    input.notes = m_notes->toPlainText().trimmed();
    input.lines = m_model->inputs();
    auto saved = m_quote.id == 0 ? m_services.quotations().create(m_actor, input)
                                 : m_services.quotations().update(m_actor, m_quote.number,
                                                                  m_quote.version, input);
    if (!saved) {
        refuse(saved.error());
        return false;
    }
    m_quote = *saved;
    fill();
    m_cleanState = state();
    notice(tr("Quotation %1 saved").arg(m_quote.number));
    return true;
}

bool QuotationEditor::saveIfDirty() {
    return (m_quote.id != 0 && !isDirty()) || save();
}

bool QuotationEditor::send() {
    if (!saveIfDirty())
        return false;
    auto sent = m_services.quotations().send(m_actor, m_quote.number);
    if (!sent) {
        refuse(sent.error());
        return false;
    }
    m_quote = *sent;
    fill();
    m_cleanState = state();
    notice(tr("Quotation %1 is sent").arg(m_quote.number));
    return true;
}

bool QuotationEditor::acceptQuotation() {
    if (!saveIfDirty())
        return false;
    auto order = m_services.quotations().accept(m_actor, m_quote.number);
    if (!order) {
        refuse(order.error());
        return false;
    }
    if (auto reloaded = m_services.quotations().get(m_actor, m_quote.number))
        m_quote = *reloaded;
    fill();
    m_cleanState = state();
    notice(tr("Accepted: sales order %1 was created as a draft").arg(order->number));
    QMessageBox box(
        QMessageBox::Information, tr("Quotation accepted"),
        tr("Sales order %1 was created from quotation %2.").arg(order->number, m_quote.number),
        QMessageBox::Open | QMessageBox::Close, this);
    box.button(QMessageBox::Open)->setText(tr("&Open the order"));
    box.setDefaultButton(QMessageBox::Open);
    if (box.exec() == QMessageBox::Open) {
        OrderEditor editor(m_services, m_actor, order->number, this);
        editor.exec();
    }
    return true;
}

bool QuotationEditor::rejectQuotation() {
    ReasonDialog ask(m_quote.number, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    auto rejected = m_services.quotations().reject(m_actor, m_quote.number, ask.reason());
    if (!rejected) {
        refuse(rejected.error());
        return false;
    }
    m_quote = *rejected;
    fill();
    m_cleanState = state();
    notice(tr("Quotation %1 is rejected").arg(m_quote.number));
    return true;
}

bool QuotationEditor::revise() {
    auto revised = m_services.quotations().revise(m_actor, m_quote.number);
    if (!revised) {
        refuse(revised.error());
        return false;
    }
    m_quote = *revised;
    fill();
    m_cleanState = state();
    notice(tr("Revision %1 is a draft: change it and send it again").arg(m_quote.revision));
    m_grid->setFocus(Qt::OtherFocusReason);
    return true;
}

void QuotationEditor::reject() {
    if (isDirty() && !DialogSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

void QuotationEditor::refuse(const Error& error) {
    showRefusal(error, m_banner, m_model, m_grid, fieldWidget(error.field));
}

void QuotationEditor::notice(const QString& text) {
    DialogSupport::showNotice(m_banner, text);
}

QWidget* QuotationEditor::fieldWidget(const QString& field) const {
    if (field == u"customer" || field == u"customer_code")
        return m_customer;
    if (field == u"date")
        return m_date;
    if (field == u"valid_until")
        return m_validUntil;
    if (field == u"notes")
        return m_notes;
    if (field == u"lines")
        return m_grid;
    return nullptr;
}

} // namespace mostrador::app
