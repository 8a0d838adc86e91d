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

namespace {

// On the Allocate item: the amount in minor units.
constexpr int kMinor = Qt::UserRole;
const QColor kOverdue(0xc0, 0x1c, 0x1c);

QStandardItem* readOnly(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

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
        if (!m_userEdited)
            propose();
        showSummary();
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        m_userEdited = false;
        propose();
        showSummary();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &PaymentDialog::allocationEdited);
}

Money PaymentDialog::money(qint64 minor) const {
    return Money::fromMinor(minor, m_currency);
}

Money PaymentDialog::typedAmount() const {
    auto parsed = Money::parse(m_amount->text().trimmed(), QLocale(), m_currency);
    return parsed && parsed->minor() > 0 ? *parsed : money(0);
}

qint64 PaymentDialog::allocated(int row) const {
    return m_model->item(row, Allocate)->data(kMinor).toLongLong();
}

void PaymentDialog::prefill(const QString& customerCode, const QString& invoiceNumber) {
    m_customer->setText(customerCode);
    loadCustomer();
    for (int row = 0; row < m_proposal.invoices.size(); ++row) {
        const domain::OpenInvoice& open = m_proposal.invoices[row].invoice;
        if (open.number != invoiceNumber)
            continue;
        m_userEdited = true; // the invoice's balance stands whatever the amount
        m_amount->setText(open.balance.toNumberString(QLocale()));
        for (int r = 0; r < m_model->rowCount(); ++r)
            setAllocated(r, r == row ? open.balance : money(0));
        m_table->setCurrentIndex(m_model->index(row, Allocate));
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
    m_userEdited = false;
    fillInvoices();
    propose();
    showSummary();
}

void PaymentDialog::fillInvoices() {
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const services::OpenInvoiceRow& r : m_proposal.invoices) {
        auto* due = readOnly(r.invoice.dueDate.isValid()
                                 ? locale.toString(r.invoice.dueDate, fullYearDateFormat(locale))
                                 : QString());
        if (r.invoice.dueDate.isValid() && r.invoice.dueDate < today) {
            const int days = int(r.invoice.dueDate.daysTo(today));
            due->setText(days == 1 ? tr("%1 · 1 day overdue").arg(due->text())
                                   : tr("%1 · %2 days overdue").arg(due->text()).arg(days));
            due->setForeground(kOverdue);
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
        }
        auto* allocate = new QStandardItem;
        allocate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        allocate->setToolTip(tr("Type the amount for this invoice; 0 leaves it out"));
        m_model->appendRow({readOnly(r.invoice.number),
                            readOnly(locale.toString(r.date, fullYearDateFormat(locale))), due,
                            readOnly(r.total.toString(locale), true),
                            readOnly(r.invoice.balance.toString(locale), true), allocate});
    }
    m_filling = false;
    m_table->resizeColumnToContents(DueDate); // "· overdue N days" in bold
    m_credit->setText(
        m_proposal.credit.isZero()
            ? QString()
            : tr("Customer's credit: %1 (used first)").arg(m_proposal.credit.toString(locale)));
}

QList<domain::AllocationTarget> PaymentDialog::targets(bool withAllocations) const {
    QList<domain::AllocationTarget> out;
    for (int row = 0; row < m_proposal.invoices.size(); ++row) {
        domain::AllocationTarget t{m_proposal.invoices[row].invoice, std::nullopt};
        if (withAllocations) {
            if (allocated(row) == 0)
                continue;
            t.amount = money(allocated(row));
        }
        out.append(t);
    }
    return out;
}

void PaymentDialog::propose() {
    if (m_userEdited)
        return;
    // The plan add() makes when no invoice is named: the same function, the same order.
    auto plan = domain::planAllocation(typedAmount() + m_proposal.credit, targets(false));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Money amount = money(0);
        for (const domain::PlannedAllocation& a :
             plan ? plan->allocations : QList<domain::PlannedAllocation>{})
            if (a.invoiceId == m_proposal.invoices[row].invoice.id)
                amount = a.amount;
        setAllocated(row, amount);
    }
}

void PaymentDialog::setAllocated(int row, Money amount) {
    m_filling = true;
    QStandardItem* item = m_model->item(row, Allocate);
    item->setData(amount.minor(), kMinor);
    item->setText(amount.isZero() ? QString() : amount.toString(QLocale()));
    m_filling = false;
}

void PaymentDialog::allocationEdited(QStandardItem* item) {
    if (m_filling || item->column() != Allocate)
        return;
    const QString text = item->text().trimmed();
    auto amount =
        text.isEmpty() ? Result<Money>(money(0)) : Money::parse(text, QLocale(), m_currency);
    if (!amount) {
        setAllocated(item->row(), money(item->data(kMinor).toLongLong()));
        DialogSupport::showError(m_banner, tr("Invoice %1: %2")
                                               .arg(m_model->item(item->row(), Invoice)->text(),
                                                    amount.error().message));
        return;
    }
    m_userEdited = true;
    setAllocated(item->row(), money(amount->minor()));
    DialogSupport::showError(m_banner, {});
    showSummary();
    Error error;
    if (refusedRow(error))
        DialogSupport::showWarning(m_banner, error.message);
}

void PaymentDialog::showSummary() {
    const QLocale locale;
    qint64 sum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sum += allocated(row);
    const Money left = typedAmount() + m_proposal.credit - money(sum);
    m_leftover->setText(tr("Allocated: %1    Left as customer credit: %2")
                            .arg(money(sum).toString(locale), left.toString(locale)));
    m_leftover->setStyleSheet(left.isNegative() ? QStringLiteral("color: #c01c1c;") : QString());
    m_propose->setEnabled(m_model->rowCount() > 0);
}

std::optional<int> PaymentDialog::refusedRow(Error& error) const {
    // One invoice at a time first, so the refusal names the row that is wrong.
    for (int row = 0; row < m_proposal.invoices.size(); ++row) {
        if (allocated(row) == 0)
            continue;
        const Money amount = money(allocated(row));
        auto alone = domain::planAllocation(amount, {{m_proposal.invoices[row].invoice, amount}});
        if (!alone) {
            error = alone.error();
            return row;
        }
    }
    auto all = domain::planAllocation(typedAmount() + m_proposal.credit, targets(true));
    if (!all) {
        error = all.error();
        return -1;
    }
    return std::nullopt;
}

void PaymentDialog::accept() {
    save();
}

bool PaymentDialog::save() {
    DialogSupport::commitPendingEdit(m_table);
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
    if (const auto row = refusedRow(error)) {
        refuse(error);
        if (*row >= 0)
            m_table->setCurrentIndex(m_model->index(*row, Allocate));
        return false;
    }
    services::PaymentInput input;
    input.customerCode = m_proposal.customerCode;
    input.amount = *amount;
    input.method = m_method->currentData().toString();
    input.date = m_date->date();
    input.reference = m_reference->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (allocated(row) != 0)
            input.invoices.append({m_proposal.invoices[row].invoice.number, money(allocated(row))});
    // No invoice named means "the oldest due first" to the service: never by accident.
    if (input.invoices.isEmpty() && m_model->rowCount() > 0 && m_userEdited) {
        refuse(Error::rule(QStringLiteral("payment.nothing_allocated"),
                           tr("Allocate something to at least one invoice, or Propose again: a "
                              "payment is applied to open invoices before it becomes credit")));
        m_table->setCurrentIndex(m_model->index(0, Allocate));
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
        m_table->setFocus(Qt::OtherFocusReason);
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
