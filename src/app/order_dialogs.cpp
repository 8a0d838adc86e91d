// SPDX-License-Identifier: MIT
#include "app/order_dialogs.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"

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

OrderReasonDialog::OrderReasonDialog(const QString& title, const QString& question,
                                     const QString& okText, bool required, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("orderReasonDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("reasonEdit"));
    m_text->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okText);
    m_ok->setEnabled(!required);
    if (required)
        connect(m_text, &QPlainTextEdit::textChanged, this,
                [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(460, 220);
}

QString OrderReasonDialog::reason() const {
    return m_text->toPlainText().trimmed();
}

DepositDialog::DepositDialog(const QString& orderNumber, domain::Currency currency,
                             domain::Money owed, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_order(orderNumber)
    , m_currency(currency)
    , m_submit(std::move(submit))
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_date(documentDateEdit(this, QStringLiteral("depositDateEdit")))
    , m_reference(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("depositDialog"));
    setWindowTitle(tr("Deposit on order %1").arg(orderNumber));
    const QLocale locale;
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(owed.toNumberString(locale));
    m_amount->setToolTip(tr("Still owed on the order: %1").arg(owed.toString(locale)));
    m_method->setObjectName(QStringLiteral("methodBox"));
    for (const QString& key : domain::paymentMethods())
        m_method->addItem(domain::paymentMethodLabel(key), key);
    m_date->setDate(QDate::currentDate());
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Transfer or cheque number, receipt…"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Record deposit"));
    m_ok->setEnabled(false);
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        auto a = amount();
        m_ok->setEnabled(a && !a->isZero() && !a->isNegative());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &DepositDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Reference"), m_reference);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Still owed on the order: %1").arg(owed.toString(locale)), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_amount, m_method);
    setTabOrder(m_method, m_date);
    setTabOrder(m_date, m_reference);
    resize(420, sizeHint().height());
}

Result<domain::Money> DepositDialog::amount() const {
    return domain::Money::parse(m_amount->text().trimmed(), QLocale(), m_currency);
}

void DepositDialog::accept() {
    auto parsed = amount();
    if (!parsed) {
        DialogSupport::showError(m_error, parsed.error().message);
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    services::DepositInput input;
    input.orderNumber = m_order;
    input.amount = *parsed;
    input.method = m_method->currentData().toString();
    input.date = m_date->date();
    input.reference = m_reference->text().trimmed();
    if (auto done = m_submit(input); !done) {
        DialogSupport::showError(m_error, done.error().message);
        m_amount->setFocus(Qt::OtherFocusReason);
        m_amount->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace mostrador::app
