// SPDX-License-Identifier: MIT
#include "app/credit_note_dialogs.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/payment_source.h"
#include "app/service_source.h"
#include "services/services.h"

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

using dialogs::DialogSupport;
using domain::Money;

namespace {

QStandardItem* readOnly(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString shortDate(const QDate& date) {
    const QLocale locale;
    return date.isValid() ? locale.toString(date, fullYearDateFormat(locale)) : QString();
}

QLabel* bannerLabel(QWidget* parent) {
    auto* banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setWordWrap(true);
    banner->hide();
    return banner;
}

QDialogButtonBox* okCancel(QDialog* dialog, QPushButton** ok, const QString& okText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    *ok = buttons->button(QDialogButtonBox::Ok);
    (*ok)->setObjectName(QStringLiteral("okButton"));
    (*ok)->setText(okText);
    (*ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

CreditNoteAllocateDialog::CreditNoteAllocateDialog(services::Services& services,
                                                   const domain::Actor& actor,
                                                   const domain::CreditNote& note, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_note(note) {
    setObjectName(QStringLiteral("creditNoteAllocateDialog"));
    setWindowTitle(tr("Allocate credit note %1").arg(note.number));
    buildUi();
    load();
    m_table->setFocus(Qt::OtherFocusReason);
}

void CreditNoteAllocateDialog::buildUi() {
    m_banner = bannerLabel(this);
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Date"), tr("Due date"), tr("Balance"), tr("Allocate")});
    for (int c : {int(Balance), int(Allocate)})
        m_model->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                               Qt::TextAlignmentRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* title = new QLabel(
        tr("%1 to allocate, oldest due first:").arg(m_note.unallocated.toString(QLocale())), this);
    m_leftover = new QLabel(this);
    m_leftover->setObjectName(QStringLiteral("leftoverLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_leftover);
    layout->addWidget(okCancel(this, &m_ok, tr("&Allocate")));
    resize(640, 400);
}

void CreditNoteAllocateDialog::load() {
    const QLocale locale;
    auto proposal = m_services.payments().proposeAllocation(m_actor, m_note.party.customerCode,
                                                            Money::zero(m_note.currency));
    if (!proposal) {
        DialogSupport::showError(m_banner, proposal.error().message);
        m_ok->setEnabled(false);
        return;
    }
    QList<domain::AllocationTarget> targets;
    for (const services::OpenInvoiceRow& r : proposal->invoices)
        targets.append({r.invoice, std::nullopt});
    // What allocate() does when no invoice is named: the same rule over the same order.
    auto plan = domain::planAllocation(m_note.unallocated, targets);
    if (!plan) {
        DialogSupport::showError(m_banner, plan.error().message);
        m_ok->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    for (const services::OpenInvoiceRow& r : proposal->invoices) {
        Money amount = Money::zero(m_note.currency);
        for (const domain::PlannedAllocation& a : m_plan.allocations)
            if (a.invoiceId == r.invoice.id)
                amount = a.amount;
        m_model->appendRow({readOnly(r.invoice.number), readOnly(shortDate(r.date)),
                            readOnly(shortDate(r.invoice.dueDate)),
                            readOnly(r.invoice.balance.toString(locale), true),
                            readOnly(amount.isZero() ? QString() : amount.toString(locale), true)});
    }
    m_leftover->setText(tr("Left on the credit note: %1").arg(m_plan.leftover.toString(locale)));
    if (m_plan.allocations.isEmpty()) {
        DialogSupport::showWarning(
            m_banner, tr("%1 has no open invoice to allocate to.").arg(m_note.party.customerCode));
        m_ok->setEnabled(false);
    } else if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, Invoice));
    }
}

void CreditNoteAllocateDialog::accept() {
    if (save())
        QDialog::accept();
}

bool CreditNoteAllocateDialog::save() {
    QList<services::AllocationRequest> requests;
    for (const domain::PlannedAllocation& a : m_plan.allocations)
        requests.append({a.invoiceNumber, a.amount});
    if (requests.isEmpty())
        return false;
    auto made = m_services.returns().allocate(m_actor, m_note.number, requests);
    if (!made) {
        DialogSupport::showError(m_banner, made.error().message);
        return false;
    }
    m_made = std::move(*made);
    return true;
}

CreditNoteRefundDialog::CreditNoteRefundDialog(services::Services& services,
                                               const domain::Actor& actor,
                                               const domain::CreditNote& note, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_note(note) {
    setObjectName(QStringLiteral("creditNoteRefundDialog"));
    setWindowTitle(tr("Refund credit note %1").arg(note.number));
    buildUi();
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void CreditNoteRefundDialog::buildUi() {
    m_banner = bannerLabel(this);
    m_amount = new QLineEdit(m_note.unallocated.toNumberString(QLocale()), this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodBox"));
    for (const auto& [key, label] : PaymentLabels::methods())
        m_method->addItem(label, key);
    m_method->setCurrentIndex(
        std::max(0, m_method->findData(QString::fromUtf16(domain::payment_method::kTransfer))));
    m_date = documentDateEdit(this, QStringLiteral("dateEdit"));
    m_date->setDate(QDate::currentDate());
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Transfer or cheque number…"));

    auto* form = new QFormLayout;
    form->addRow(tr("Unallocated"), new QLabel(m_note.unallocated.toString(QLocale()), this));
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Reference"), m_reference);
    for (QWidget* field : {static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_method),
                           static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_reference)})
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setBuddy(field);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, &m_ok, tr("&Refund")));
    setTabOrder(m_amount, m_method);
    setTabOrder(m_method, m_date);
    setTabOrder(m_date, m_reference);
    setTabOrder(m_reference, m_ok);
    resize(420, sizeHint().height());
}

void CreditNoteRefundDialog::accept() {
    if (save())
        QDialog::accept();
}

bool CreditNoteRefundDialog::save() {
    const QHash<QString, QWidget*> fields = {{QStringLiteral("amount"), m_amount},
                                             {QStringLiteral("method"), m_method},
                                             {QStringLiteral("date"), m_date}};
    DialogSupport::clearMarks(fields);
    auto amount = Money::parse(m_amount->text().trimmed(), QLocale(), m_note.currency);
    if (!amount) {
        DialogSupport::showRefusal(
            m_banner,
            Error::invalid(amount.error().code, amount.error().message, QStringLiteral("amount")),
            fields);
        return false;
    }
    services::RefundInput in;
    in.creditNoteNumber = m_note.number;
    in.amount = *amount;
    in.method = m_method->currentData().toString();
    in.date = m_date->date();
    in.reference = m_reference->text().trimmed();
    auto made = m_services.returns().refund(m_actor, in);
    if (!made) {
        // A refusal of the amount (none, or above what is unallocated) names no field.
        Error error = made.error();
        if (error.field.isEmpty() && error.code.startsWith(u"refund"))
            error.field = QStringLiteral("amount");
        if (fields.contains(error.field))
            DialogSupport::showRefusal(m_banner, error, fields);
        else
            DialogSupport::showError(m_banner, error.message);
        return false;
    }
    m_refund = std::move(*made);
    return true;
}

} // namespace mostrador::app
