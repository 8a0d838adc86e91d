// SPDX-License-Identifier: MIT
#include "app/payments_view.h"

#include "app/app_settings.h"
#include "app/chargeback_dialog.h"
#include "app/document_filters.h"
#include "app/payment_dialog.h"
#include "app/payment_source.h"
#include "app/payment_viewer.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace mostrador::app {

namespace {

const QString kSettingsKey = QStringLiteral("lists/payments");

} // namespace

PaymentsView::PaymentsView(services::Services& services, const domain::Actor& actor,
                           QWidget* parent)
    : PaymentsView(services, actor, new PaymentSource(services, actor), parent) {}

PaymentsView::PaymentsView(services::Services& services, const domain::Actor& actor,
                           PaymentSource* source, QWidget* parent)
    : ListPage(
          std::unique_ptr<TableSource>(source), kSettingsKey, services.notifier(),
          {QStringLiteral("payment"), QStringLiteral("chargeback"), QStringLiteral("customer")},
          parent)
    , m_services(services)
    , m_actor(actor)
    , m_source(source)
    , m_canRecord(actor.require(domain::Permission::RecordPayments).has_value()) {
    setObjectName(QStringLiteral("paymentsView"));
    searchField()->setPlaceholderText(tr("Search by number, reference or customer (Ctrl+F)"));
    inactiveCheck()->hide();
    setCanExport(actor.require(domain::Permission::ExportData).has_value());
    buildFilters();
    buildButtons();
    if (!AppSettings().contains(kSettingsKey + QStringLiteral("/header")))
        table()->sortByColumn(PaymentSource::Date, Qt::DescendingOrder); // the newest first
    connect(this, &ListPage::currentKeyChanged, this, &PaymentsView::updateActions);
    updateActions();
}

void PaymentsView::buildFilters() {
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Any customer"),
                                    [this] { applyFilters(); });
    m_method = makeStateFilter(this, tr("Any method"), PaymentLabels::methods());
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));

    auto* row = new QHBoxLayout;
    addLabelled(row, this, tr("C&ustomer"), m_customer);
    addLabelled(row, this, tr("Metho&d"), m_method);
    addLabelled(row, this, tr("Fro&m"), m_from);
    addLabelled(row, this, tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentsView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentsView::applyFilters);
}

void PaymentsView::buildButtons() {
    newButton()->setText(tr("&New payment…"));
    newButton()->setToolTip(m_canRecord ? tr("Record a payment received (Ctrl+N)")
                                        : tr("Your role may not record payments"));
    newButton()->setEnabled(m_canRecord);
    editButton()->setText(tr("O&pen…")); // Alt+O is "To"
    editButton()->setToolTip(tr("Open the selected payment (Enter)"));
    m_chargeback = new QPushButton(tr("&Chargeback…"), this);
    m_chargeback->setObjectName(QStringLiteral("chargebackButton"));
    m_chargeback->setToolTip(tr("Take all or part of the selected payment back"));
    m_applyCredit = new QPushButton(tr("&Apply credit…"), this);
    m_applyCredit->setObjectName(QStringLiteral("applyCreditButton"));
    m_applyCredit->setToolTip(tr("Allocate the customer's credit to open invoices"));
    buttonRow()->insertWidget(2, m_chargeback);
    buttonRow()->insertWidget(3, m_applyCredit);
    setTabOrder(editButton(), m_chargeback);
    setTabOrder(m_chargeback, m_applyCredit);
    setTabOrder(m_applyCredit, exportButton());
    connect(m_chargeback, &QPushButton::clicked, this, &PaymentsView::chargebackSelected);
    connect(m_applyCredit, &QPushButton::clicked, this, &PaymentsView::applyCreditSelected);
}

void PaymentsView::applyFilters() {
    PaymentFilter filter;
    filter.customerCode = m_customer->text().trimmed();
    filter.method = m_method->currentData().toString();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

qint64 PaymentsView::currentMinor(int column) const {
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid())
        return 0;
    return model()->index(current.row(), column).data(role::Raw).toLongLong();
}

void PaymentsView::updateActions() {
    // A refund (negative amount) is never charged back; a payment only up to what is left.
    const qint64 amount = currentMinor(PaymentSource::Amount);
    m_chargeback->setEnabled(m_canRecord && amount > 0 &&
                             amount > currentMinor(PaymentSource::ChargedBack));
    m_applyCredit->setEnabled(m_canRecord && currentMinor(PaymentSource::Unallocated) > 0);
}

void PaymentsView::newPayment() {
    PaymentDialog dialog(m_services, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectKey(dialog.payment().number);
}

void PaymentsView::openPayment(const QString& number) {
    PaymentViewer viewer(m_services, m_actor, number, this);
    viewer.exec();
    refresh();
    selectKey(number);
}

void PaymentsView::chargebackSelected() {
    const QString number = currentKey();
    if (number.isEmpty() || !m_chargeback->isEnabled())
        return;
    ChargebackDialog dialog(m_services, m_actor, number, this);
    dialog.exec();
    refresh();
    selectKey(number);
}

void PaymentsView::applyCreditSelected() {
    const QString number = currentKey();
    if (number.isEmpty() || !m_applyCredit->isEnabled())
        return;
    auto payment = m_services.payments().get(m_actor, number);
    if (payment)
        applyCustomerCredit(this, m_services, m_actor, payment->customerCode);
    refresh();
    selectKey(number);
}

} // namespace mostrador::app
