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
#include <QHBoxLayout>
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
    invoicesTable()->setFocus(Qt::OtherFocusReason);
}

void CreditNoteAllocateDialog::buildUi() {
    m_banner = bannerLabel(this);
    m_allocation = new AllocationTable(m_note.currency, this);
    auto* title = new QLabel(tr("%1 to allocate to open &invoices, oldest due first:")
                                 .arg(m_note.unallocated.toString(QLocale())),
                             this);
    title->setBuddy(invoicesTable());
    m_leftover = new QLabel(this);
    m_leftover->setObjectName(QStringLiteral("leftoverLabel"));
    m_propose = new QPushButton(tr("&Propose again"), this);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_propose->setToolTip(tr("Allocate the credit note to the oldest due invoices again"));
    m_propose->setAutoDefault(false);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_propose);
    summary->addStretch(1);
    summary->addWidget(m_leftover);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(invoicesTable(), 1);
    layout->addLayout(summary);
    layout->addWidget(okCancel(this, &m_ok, tr("&Allocate")));
    setTabOrder(invoicesTable(), m_ok);
    setTabOrder(m_ok, m_propose);

    connect(m_allocation, &AllocationTable::edited, this, [this] {
        DialogSupport::showError(m_banner, {});
        showLeftover();
        Error error;
        if (m_allocation->refusedRow(m_note.unallocated, error))
            DialogSupport::showWarning(m_banner, error.message);
    });
    connect(m_allocation, &AllocationTable::unreadable, this,
            [this](const QString& message) { DialogSupport::showError(m_banner, message); });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        DialogSupport::showError(m_banner, {});
        m_allocation->propose(m_note.unallocated, true);
        showLeftover();
    });
    resize(820, 420);
}

void CreditNoteAllocateDialog::load() {
    auto proposal = m_services.payments().proposeAllocation(m_actor, m_note.party.customerCode,
                                                            Money::zero(m_note.currency));
    if (!proposal) {
        DialogSupport::showError(m_banner, proposal.error().message);
        m_ok->setEnabled(false);
        m_propose->setEnabled(false);
        return;
    }
    m_allocation->setInvoices(proposal->invoices);
    m_allocation->propose(m_note.unallocated);
    showLeftover();
    if (m_allocation->rowCount() == 0) {
        DialogSupport::showWarning(
            m_banner, tr("%1 has no open invoice to allocate to.").arg(m_note.party.customerCode));
        m_ok->setEnabled(false);
        m_propose->setEnabled(false);
    } else {
        invoicesTable()->setCurrentIndex(invoicesModel()->index(0, Allocate));
    }
}

void CreditNoteAllocateDialog::showLeftover() {
    const Money left = m_note.unallocated - m_allocation->total();
    m_leftover->setText(tr("Left on the credit note: %1").arg(left.toString(QLocale())));
    m_leftover->setStyleSheet(left.isNegative() ? QStringLiteral("color: #c01c1c;") : QString());
}

void CreditNoteAllocateDialog::accept() {
    if (save())
        QDialog::accept();
}

bool CreditNoteAllocateDialog::save() {
    DialogSupport::commitPendingEdit(invoicesTable());
    Error error;
    if (const auto row = m_allocation->refusedRow(m_note.unallocated, error)) {
        DialogSupport::showError(m_banner, error.message);
        if (*row >= 0)
            invoicesTable()->setCurrentIndex(invoicesModel()->index(*row, Allocate));
        return false;
    }
    const QList<services::AllocationRequest> requests = m_allocation->requests();
    if (requests.isEmpty()) { // none named would mean "oldest due first" to the service
        DialogSupport::showError(m_banner,
                                 tr("Allocate something to at least one invoice, or Cancel"));
        return false;
    }
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
