// SPDX-License-Identifier: MIT
#include "app/payment_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/lookup_edit.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Money;

PaymentDialog::PaymentDialog(services::Services& services, const domain::Actor& actor,
                             QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_currency(services.context().currency) {
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("New payment"));
    m_proposal.credit = money(0);
    buildUi();
    connectSignals();
    showSummary();
    if (!actor.require(domain::Permission::RecordPayments))
        DialogSupport::showWarning(m_banner, tr("Your role may not record payments."));
    m_customer->setFocus(Qt::OtherFocusReason);
}

void PaymentDialog::connectSignals() {
    connect(m_customer, &LookupEdit::chosen, this, &PaymentDialog::loadCustomer);
    connect(m_customer, &QLineEdit::editingFinished, this, [this] {
        if (m_customer->text().trimmed().toUpper() != m_proposal.customerCode)
            loadCustomer();
    });
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        propose();
        showSummary();
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        m_allocation->setUserEdited(false);
        propose();
        showSummary();
    });
    connect(m_allocation, &AllocationTable::edited, this, [this] {
        DialogSupport::showError(m_banner, {});
        showSummary();
        Error error;
        if (m_allocation->refusedRow(typedAmount() + m_proposal.credit, error))
            DialogSupport::showWarning(m_banner, error.message);
    });
    connect(m_allocation, &AllocationTable::unreadable, this,
            [this](const QString& message) { DialogSupport::showError(m_banner, message); });
}

Money PaymentDialog::money(qint64 minor) const {
    return Money::fromMinor(minor, m_currency);
}

Money PaymentDialog::typedAmount() const {
    auto parsed = Money::parse(m_amount->text().trimmed(), QLocale(), m_currency);
    return parsed && parsed->minor() > 0 ? *parsed : money(0);
}

void PaymentDialog::prefill(const QString& customerCode, const QString& invoiceNumber) {
    m_customer->setText(customerCode);
    loadCustomer();
    for (int row = 0; row < m_proposal.invoices.size(); ++row) {
        const domain::OpenInvoice& open = m_proposal.invoices[row].invoice;
        if (open.number != invoiceNumber)
            continue;
        m_allocation->setUserEdited(true); // the invoice's balance stands whatever the amount
        m_amount->setText(open.balance.toNumberString(QLocale()));
        for (int r = 0; r < m_allocation->rowCount(); ++r)
            m_allocation->setAllocated(r, r == row ? open.balance : money(0));
        invoicesTable()->setCurrentIndex(invoicesModel()->index(row, Allocate));
        setWindowTitle(tr("Payment of invoice %1").arg(invoiceNumber));
    }
    showSummary();
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void PaymentDialog::loadCustomer() {
    DialogSupport::showError(m_banner, {});
    const QString code = m_customer->text().trimmed();
    m_proposal = {};
    m_proposal.credit = money(0);
    m_customerName->clear();
    if (!code.isEmpty()) {
        auto proposal = m_services.payments().proposeAllocation(m_actor, code, typedAmount());
        if (proposal) {
            m_proposal = std::move(*proposal);
            if (auto c = m_services.customers().get(m_actor, m_proposal.customerCode))
                m_customerName->setText(c->name);
            m_customer->setText(m_proposal.customerCode);
        } else {
            refuse(proposal.error());
        }
    }
    fillInvoices();
    propose();
    showSummary();
}

void PaymentDialog::fillInvoices() {
    m_allocation->setInvoices(m_proposal.invoices);
    m_credit->setText(
        m_proposal.credit.isZero()
            ? QString()
            : tr("Customer's credit: %1 (used first)").arg(m_proposal.credit.toString(QLocale())));
}

// The plan add() makes when no invoice is named, unless the user typed amounts.
void PaymentDialog::propose() {
    m_allocation->propose(typedAmount() + m_proposal.credit);
}

void PaymentDialog::showSummary() {
    const QLocale locale;
    const Money sum = m_allocation->total();
    const Money left = typedAmount() + m_proposal.credit - sum;
    m_leftover->setText(tr("Allocated: %1    Left as customer credit: %2")
                            .arg(sum.toString(locale), left.toString(locale)));
    m_leftover->setStyleSheet(left.isNegative() ? QStringLiteral("color: #c01c1c;") : QString());
    m_propose->setEnabled(m_allocation->rowCount() > 0);
}

void PaymentDialog::accept() {
    save();
}

bool PaymentDialog::save() {
    DialogSupport::commitPendingEdit(invoicesTable());
    DialogSupport::clearMarks({{QStringLiteral("amount"), m_amount}});
    if (m_customer->text().trimmed().isEmpty()) {
        refuse(Error::invalid(QStringLiteral("payment.customer"), tr("Choose the customer"),
                              QStringLiteral("customer")));
        return false;
    }
    if (m_customer->text().trimmed().toUpper() != m_proposal.customerCode)
        loadCustomer(); // typed and never left: read what it owes now
    auto amount = Money::parse(m_amount->text().trimmed(), QLocale(), m_currency);
    if (!amount) {
        refuse(
            Error::invalid(amount.error().code, amount.error().message, QStringLiteral("amount")));
        return false;
    }
    Error error;
    if (const auto row = m_allocation->refusedRow(typedAmount() + m_proposal.credit, error)) {
        refuse(error);
        if (*row >= 0)
            invoicesTable()->setCurrentIndex(invoicesModel()->index(*row, Allocate));
        return false;
    }
    services::PaymentInput input;
    input.customerCode = m_proposal.customerCode;
    input.amount = *amount;
    input.method = m_method->currentData().toString();
    input.date = m_date->date();
    input.reference = m_reference->text().trimmed();
    input.invoices = m_allocation->requests();
    // No invoice named means "the oldest due first" to the service: never by accident.
    if (input.invoices.isEmpty() && m_allocation->rowCount() > 0 && m_allocation->userEdited()) {
        refuse(Error::rule(QStringLiteral("payment.nothing_allocated"),
                           tr("Allocate something to at least one invoice, or Propose again: a "
                              "payment is applied to open invoices before it becomes credit")));
        invoicesTable()->setCurrentIndex(invoicesModel()->index(0, Allocate));
        return false;
    }
    auto made = m_services.payments().add(m_actor, input);
    if (!made) {
        refuse(made.error());
        return false;
    }
    m_payment = std::move(*made);
    QDialog::accept();
    return true;
}

void PaymentDialog::refuse(const Error& error) {
    const QHash<QString, QWidget*> fields = {{QStringLiteral("customer"), m_customer},
                                             {QStringLiteral("amount"), m_amount},
                                             {QStringLiteral("method"), m_method},
                                             {QStringLiteral("date"), m_date}};
    if (error.code.startsWith(u"allocation.") || error.field == u"invoice") {
        DialogSupport::showError(m_banner, error.message);
        invoicesTable()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (error.code == u"customer.not_found") {
        DialogSupport::showError(m_banner, error.message);
        m_customer->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!fields.contains(error.field)) { // e.g. a role that may not record payments
        DialogSupport::showError(m_banner, error.message);
        return;
    }
    DialogSupport::showRefusal(m_banner, error, fields);
}

} // namespace mostrador::app
