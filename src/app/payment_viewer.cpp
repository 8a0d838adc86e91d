// SPDX-License-Identifier: MIT
#include "app/payment_viewer.h"

#include "app/chargeback_dialog.h"
#include "app/dialogs/dialog_support.h"
#include "app/invoice_viewer.h"
#include "app/payment_source.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;

namespace {

QStandardItem* cell(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString shortDate(const QDate& date) {
    const QLocale locale;
    return locale.toString(date, fullYearDateFormat(locale));
}

// The translation context of applyCustomerCredit's messages.
class CreditTexts {
    Q_DECLARE_TR_FUNCTIONS(PaymentViewer)
};

} // namespace

bool applyCustomerCredit(QWidget* parent, services::Services& services, const domain::Actor& actor,
                         const QString& customerCode) {
    const QLocale locale;
    const QString title = CreditTexts::tr("Apply credit");
    auto proposal = services.payments().proposeAllocation(
        actor, customerCode, domain::Money::zero(services.context().currency));
    if (!proposal) {
        QMessageBox::warning(parent, title, proposal.error().message);
        return false;
    }
    if (proposal->plan.allocations.isEmpty()) {
        QMessageBox::information(
            parent, title,
            proposal->credit.isZero()
                ? CreditTexts::tr("%1 has no credit to apply.").arg(proposal->customerCode)
                : CreditTexts::tr("%1 has no open invoice to apply its credit of %2 to.")
                      .arg(proposal->customerCode, proposal->credit.toString(locale)));
        return false;
    }
    QStringList lines;
    QList<services::AllocationRequest> requests;
    for (const domain::PlannedAllocation& a : proposal->plan.allocations) {
        lines << CreditTexts::tr("%1: %2").arg(a.invoiceNumber, a.amount.toString(locale));
        requests.append({a.invoiceNumber, a.amount});
    }
    const auto answer = QMessageBox::question(
        parent, title,
        CreditTexts::tr("Apply %1 of credit of %2, oldest due first?\n\n%3\n\nCredit left: %4")
            .arg((proposal->credit - proposal->plan.leftover).toString(locale),
                 proposal->customerCode, lines.join(u'\n'),
                 proposal->plan.leftover.toString(locale)));
    if (answer != QMessageBox::Yes)
        return false;
    auto made = services.payments().applyCredit(actor, proposal->customerCode, requests);
    if (!made) {
        QMessageBox::warning(parent, title, made.error().message);
        return false;
    }
    return true;
}

PaymentViewer::PaymentViewer(services::Services& services, const domain::Actor& actor,
                             const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canRecord(actor.require(domain::Permission::RecordPayments).has_value()) {
    setObjectName(QStringLiteral("paymentViewer"));
    setWindowTitle(tr("Payment %1").arg(number));
    buildUi();
    load(number);
    m_allocationsTable->setFocus(Qt::OtherFocusReason);
    if (m_allocations->rowCount() > 0)
        m_allocationsTable->setCurrentIndex(m_allocations->index(0, Invoice));
}

void PaymentViewer::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_allocations = new QStandardItemModel(0, 4, this);
    m_allocations->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Date"), tr("Amount"), tr("Undone")});
    m_chargebacks = new QStandardItemModel(0, 5, this);
    m_chargebacks->setHorizontalHeaderLabels(
        {tr("Chargeback"), tr("Date"), tr("Reason"), tr("Amount"), tr("Notes")});
    for (auto* model : {m_allocations, m_chargebacks})
        for (int c = 0; c < model->columnCount(); ++c)
            model->setHeaderData(c, Qt::Horizontal, int(Qt::AlignLeft | Qt::AlignVCenter),
                                 Qt::TextAlignmentRole);
    for (int c : {int(Amount), int(Undone)})
        m_allocations->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                     Qt::TextAlignmentRole);
    m_chargebacks->setHeaderData(CbAmount, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                                 Qt::TextAlignmentRole);
    m_allocationsTable = makeReadOnlyTable(this, m_allocations, QStringLiteral("allocationsTable"));
    m_allocationsTable->horizontalHeader()->setStretchLastSection(true);
    m_allocationsTable->horizontalHeader()->setStretchLastSection(false);
    m_allocationsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chargebacksTable = makeReadOnlyTable(this, m_chargebacks, QStringLiteral("chargebacksTable"));
    m_chargebacksTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_allocationsTable, &QTableView::activated, this, &PaymentViewer::openInvoice);

    auto* allocationsTitle = new QLabel(tr("&Invoices paid (Enter opens one)"), this);
    allocationsTitle->setBuddy(m_allocationsTable);
    auto* chargebacksTitle = new QLabel(tr("Char&gebacks"), this);
    chargebacksTitle->setBuddy(m_chargebacksTable);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(allocationsTitle);
    layout->addWidget(m_allocationsTable, 2);
    layout->addWidget(chargebacksTitle);
    layout->addWidget(m_chargebacksTable, 1);
    buildButtons();
    resize(720, 560);
}

QWidget* PaymentViewer::buildHeader() {
    using C = ViewerHeader;
    m_header = new ViewerHeader(this, 1, 0);
    m_header->add(C::Left, "number", tr("Number"));
    m_header->add(C::Left, "customer", tr("Customer"));
    m_header->add(C::Left, "date", tr("Date"));
    m_header->add(C::Left, "method", tr("Method"));
    m_header->add(C::Left, "reference", tr("Reference"));
    m_header->add(C::Left, "recordedBy", tr("Recorded by"));
    m_header->add(C::Right, "amount", tr("Amount"), true);
    m_header->add(C::Right, "allocated", tr("Allocated"), true);
    m_header->add(C::Right, "unallocated", tr("Unallocated (credit)"), true);
    m_header->add(C::Right, "chargedBack", tr("Charged back"), true);
    return m_header;
}

void PaymentViewer::buildButtons() {
    auto* row = new QHBoxLayout;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false); // Enter belongs to the allocations
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    connect(add(QStringLiteral("openInvoice"), tr("&Open invoice…"), tr("Enter")),
            &QPushButton::clicked, this, &PaymentViewer::openInvoice);
    row->addStretch(1);
    connect(add(QStringLiteral("chargeback"), tr("&Chargeback…"),
                tr("Take all or part of the payment back")),
            &QPushButton::clicked, this, &PaymentViewer::chargeback);
    connect(add(QStringLiteral("applyCredit"), tr("&Apply credit…"),
                tr("Allocate the customer's credit to open invoices")),
            &QPushButton::clicked, this, &PaymentViewer::applyCredit);
    connect(add(QStringLiteral("close"), tr("Close"), tr("Esc")), &QPushButton::clicked, this,
            &QDialog::reject);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void PaymentViewer::load(const QString& number) {
    auto found = m_services.payments().get(m_actor, number);
    if (!found) {
        DialogSupport::showError(m_banner, found.error().message);
        updateButtons();
        return;
    }
    m_payment = std::move(*found);
    fill();
}

void PaymentViewer::fill() {
    const QLocale locale;
    const domain::Payment& p = m_payment;
    const bool refund = p.kind == domain::payment_kind::kRefund;
    setWindowTitle(refund ? tr("Refund %1 — %2").arg(p.number, p.customerName)
                          : tr("Payment %1 — %2").arg(p.number, p.customerName));
    const auto set = [this](const char* name, const QString& text) { m_header->set(name, text); };
    set("number", refund && !p.creditNoteNumber.isEmpty()
                      ? tr("%1 (refund of credit note %2)").arg(p.number, p.creditNoteNumber)
                      : p.number);
    set("customer", tr("%1 · %2").arg(p.customerCode, p.customerName));
    set("date", shortDate(p.date));
    set("method", PaymentLabels::method(p.method));
    set("reference", p.reference);
    set("recordedBy", p.recordedBy);
    domain::Money allocated = domain::Money::zero(p.amount.currency());
    m_allocations->removeRows(0, m_allocations->rowCount());
    for (const domain::Allocation& a : p.allocations) {
        allocated += a.net();
        m_allocations->appendRow(
            {cell(a.invoiceNumber), cell(shortDate(a.date)), cell(a.amount.toString(locale), true),
             cell(a.undone.isZero() ? QString() : a.undone.toString(locale), true)});
    }
    set("amount", p.amount.toString(locale));
    set("allocated", allocated.toString(locale));
    set("unallocated", p.unallocated.toString(locale));
    set("chargedBack", p.chargedBack.toString(locale));
    m_chargebacks->removeRows(0, m_chargebacks->rowCount());
    if (auto list = m_services.payments().chargebacksOf(m_actor, p.number))
        for (const domain::Chargeback& c : *list)
            m_chargebacks->appendRow({cell(c.number), cell(shortDate(c.date)),
                                      cell(PaymentLabels::reason(c.reason)),
                                      cell(c.amount.toString(locale), true), cell(c.notes)});
    m_chargebacksTable->resizeColumnsToContents();
    updateButtons();
}

void PaymentViewer::updateButtons() {
    const domain::Payment& p = m_payment;
    const bool loaded = p.id != 0;
    m_buttons.value(QStringLiteral("openInvoice"))->setEnabled(m_allocations->rowCount() > 0);
    m_buttons.value(QStringLiteral("chargeback"))
        ->setEnabled(loaded && m_canRecord && p.kind == domain::payment_kind::kPayment &&
                     p.amount > p.chargedBack);
    QPushButton* credit = m_buttons.value(QStringLiteral("applyCredit"));
    credit->setVisible(loaded && p.unallocated.minor() > 0);
    credit->setEnabled(m_canRecord);
}

void PaymentViewer::chargeback() {
    if (!m_buttons.value(QStringLiteral("chargeback"))->isEnabled())
        return;
    ChargebackDialog dialog(m_services, m_actor, m_payment.number, this);
    if (dialog.exec() == QDialog::Accepted) {
        load(m_payment.number);
        DialogSupport::showNotice(m_banner,
                                  tr("Chargeback %1 recorded.").arg(dialog.chargeback().number));
    }
}

void PaymentViewer::applyCredit() {
    if (applyCustomerCredit(this, m_services, m_actor, m_payment.customerCode))
        load(m_payment.number);
}

void PaymentViewer::openInvoice() {
    const QModelIndex current = m_allocationsTable->currentIndex();
    if (!current.isValid())
        return;
    const QString number = m_allocations->item(current.row(), Invoice)->text();
    InvoiceViewer viewer(m_services, m_actor, number, this);
    viewer.exec();
    load(m_payment.number);
}

} // namespace mostrador::app
