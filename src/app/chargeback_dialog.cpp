// SPDX-License-Identifier: MIT
#include "app/chargeback_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/payment_source.h"
#include "domain/receivables.h"
#include "services/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Money;

ChargebackDialog::ChargebackDialog(services::Services& services, const domain::Actor& actor,
                                   const QString& paymentNumber, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_currency(services.context().currency) {
    setObjectName(QStringLiteral("chargebackDialog"));
    setWindowTitle(tr("Chargeback of payment %1").arg(paymentNumber));
    buildUi();
    load(paymentNumber);
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void ChargebackDialog::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paymentSummary"));
    m_summary->setWordWrap(true);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    for (const auto& [key, label] : PaymentLabels::reasons())
        m_reason->addItem(label, key);
    m_date = documentDateEdit(this, QStringLiteral("dateEdit"));
    m_date->setDate(QDate::currentDate());
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("effectLabel"));
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record chargeback"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChargebackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &ChargebackDialog::showEffect);

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Notes"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_amount, m_reason);
    setTabOrder(m_reason, m_date);
    setTabOrder(m_date, m_notes);
    setTabOrder(m_notes, m_ok);
    resize(520, sizeHint().height());
}

void ChargebackDialog::load(const QString& number) {
    auto found = m_services.payments().get(m_actor, number);
    if (!found) {
        DialogSupport::showError(m_banner, found.error().message);
        m_ok->setEnabled(false);
        return;
    }
    m_payment = std::move(*found);
    const QLocale locale;
    const Money open = m_payment.amount - m_payment.chargedBack;
    m_summary->setText(tr("Payment %1 of %2 · %3, %4: %5; charged back so far %6.")
                           .arg(m_payment.number, m_payment.customerCode, m_payment.customerName,
                                locale.toString(m_payment.date, QLocale::ShortFormat),
                                m_payment.amount.toString(locale),
                                m_payment.chargedBack.toString(locale)));
    m_amount->setText(open.toNumberString(locale));
    if (!m_actor.require(domain::Permission::RecordPayments))
        DialogSupport::showWarning(m_banner, tr("Your role may not record chargebacks."));
    showEffect();
}

Result<Money> ChargebackDialog::typedAmount() const {
    return Money::parse(m_amount->text().trimmed(), QLocale(), m_currency);
}

void ChargebackDialog::showEffect() {
    if (m_payment.id == 0)
        return;
    const QLocale locale;
    auto amount = typedAmount();
    if (!amount) {
        m_effect->setText(amount.error().message);
        return;
    }
    // What the service will do: the same plan, from the same function.
    auto plan = domain::planChargeback(m_payment, *amount, m_payment.allocations);
    if (!plan) {
        m_effect->setText(plan.error().message);
        return;
    }
    QStringList lines;
    if (!plan->fromCredit.isZero())
        lines << tr("%1 comes off the payment's unallocated credit.")
                     .arg(plan->fromCredit.toString(locale));
    for (const domain::AllocationUndo& u : plan->undo) {
        QString invoice;
        for (const domain::Allocation& a : m_payment.allocations)
            if (a.id == u.allocationId)
                invoice = a.invoiceNumber;
        lines << tr("Invoice %1 reopens by %2.").arg(invoice, u.amount.toString(locale));
    }
    lines << tr("The customer's balance rises by %1.").arg(amount->toString(locale));
    m_effect->setText(lines.join(u'\n'));
}

void ChargebackDialog::accept() {
    save();
}

bool ChargebackDialog::save() {
    auto amount = typedAmount();
    if (!amount) {
        DialogSupport::showError(m_banner, amount.error().message);
        m_amount->setFocus(Qt::OtherFocusReason);
        return false;
    }
    services::ChargebackInput input;
    input.paymentNumber = m_payment.number;
    input.amount = *amount;
    input.reason = m_reason->currentData().toString();
    input.date = m_date->date();
    input.notes = m_notes->toPlainText().trimmed();
    auto made = m_services.payments().chargeback(m_actor, input);
    if (!made) {
        DialogSupport::showError(m_banner, made.error().message);
        if (made.error().field == u"amount") {
            m_amount->setFocus(Qt::OtherFocusReason);
            m_amount->selectAll();
        }
        return false;
    }
    m_chargeback = std::move(*made);
    QDialog::accept();
    return true;
}

} // namespace mostrador::app
