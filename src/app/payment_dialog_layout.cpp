// SPDX-License-Identifier: MIT
// The widgets of the payment dialog; its behaviour is in payment_dialog.cpp.
#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/lookup_edit.h"
#include "app/payment_dialog.h"
#include "app/payment_source.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

void PaymentDialog::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record payment"));
    m_ok->setToolTip(tr("Records the payment (Enter, or Ctrl+Enter from the table)"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    dialogs::DialogSupport::onCtrlEnter(this, [this] { accept(); }); // from the table too

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(buildInvoices(), 1);
    layout->addWidget(buttons);

    setTabOrder(m_customer, m_amount);
    setTabOrder(m_amount, m_method);
    setTabOrder(m_method, m_date);
    setTabOrder(m_date, m_reference);
    setTabOrder(m_reference, invoicesTable());
    setTabOrder(invoicesTable(), m_ok);
    setTabOrder(m_ok, m_propose);
    resize(820, 560);
}

QWidget* PaymentDialog::buildHeader() {
    auto* box = new QWidget(this);
    m_customer = new LookupEdit(customerSuggestions(m_services, m_actor), box);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Code or name"));
    m_customerName = new QLabel(box);
    m_customerName->setObjectName(QStringLiteral("customerName"));
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(domain::Money::zero(m_currency).toNumberString(QLocale()));
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("methodBox"));
    for (const auto& [key, label] : PaymentLabels::methods())
        m_method->addItem(label, key);
    m_date = documentDateEdit(box, QStringLiteral("dateEdit"));
    m_date->setDate(QDate::currentDate());
    m_reference = new QLineEdit(box);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Transfer or cheque number, receipt…"));
    m_credit = new QLabel(box);
    m_credit->setObjectName(QStringLiteral("creditLabel"));

    auto* customer = new QHBoxLayout;
    customer->addWidget(m_customer);
    customer->addWidget(m_customerName, 1);
    auto* amount = new QHBoxLayout;
    amount->addWidget(m_amount);
    amount->addWidget(m_credit, 1);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("C&ustomer"), customer);
    form->addRow(tr("&Amount"), amount);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("R&eference"), m_reference);
    // QFormLayout gives the labels their buddies only for widgets, not for rows of layouts.
    static_cast<QLabel*>(form->labelForField(customer))->setBuddy(m_customer);
    static_cast<QLabel*>(form->labelForField(amount))->setBuddy(m_amount);
    return box;
}

QWidget* PaymentDialog::buildInvoices() {
    auto* box = new QWidget(this);
    m_allocation = new AllocationTable(m_currency, box);
    auto* title = new QLabel(tr("Open &invoices, oldest due first"), box);
    title->setBuddy(invoicesTable());

    m_leftover = new QLabel(box);
    m_leftover->setObjectName(QStringLiteral("leftoverLabel"));
    m_propose = new QPushButton(tr("&Propose again"), box);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_propose->setToolTip(tr("Allocate the amount to the oldest due invoices again"));
    m_propose->setAutoDefault(false);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_propose);
    summary->addStretch(1);
    summary->addWidget(m_leftover);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(invoicesTable(), 1);
    layout->addLayout(summary);
    return box;
}

} // namespace mostrador::app
