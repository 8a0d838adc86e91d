// SPDX-License-Identifier: MIT
#include "app/orders_view.h"

#include "app/app_settings.h"
#include "app/document_filters.h"
#include "app/order_editor.h"
#include "app/order_source.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

namespace {

const QString kSettingsKey = QStringLiteral("lists/orders");
} // namespace

OrdersView::OrdersView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : OrdersView(services, actor, new OrderSource(services, actor), parent) {}

OrdersView::OrdersView(services::Services& services, const domain::Actor& actor,
                       OrderSource* source, QWidget* parent)
    : ListPage(std::unique_ptr<TableSource>(source), kSettingsKey, services.notifier(),
               {QStringLiteral("order"), QStringLiteral("customer"), QStringLiteral("shipment")},
               parent)
    , m_services(services)
    , m_actor(actor)
    , m_source(source) {
    setObjectName(QStringLiteral("ordersView"));
    newButton()->setText(tr("&New order"));
    newButton()->setToolTip(tr("New sales order (Ctrl+N)"));
    searchField()->setPlaceholderText(tr("Search by number or customer (Ctrl+F)"));
    inactiveCheck()->hide(); // orders are never inactive; the state filter says more
    setCanCreate(actor.require(Permission::EditOrders).has_value());
    setCanExport(actor.require(Permission::ExportData).has_value());
    buildFilters();
    if (!AppSettings().contains(kSettingsKey + QStringLiteral("/header")))
        table()->sortByColumn(0, Qt::DescendingOrder); // the newest first
    countQueue();
    // Those who decide start with what waits for them, when something does.
    if (actor.require(Permission::ApproveOrders) && m_queue->property("waiting").toLongLong() > 0)
        m_queue->setChecked(true);
    connect(&services.notifier(), &services::ChangeNotifier::changed, this,
            [this](const QString& entity) {
                if (entity == u"order" || entity == u"*")
                    countQueue();
            });
}

void OrdersView::buildFilters() {
    m_state = makeStateFilter(this, tr("All states"), OrderLabels::states());
    m_queue = new QCheckBox(this);
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_queue->setToolTip(tr("Only the orders on credit hold or awaiting approval: what waits "
                           "for a manager's decision"));
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Any customer"),
                                    [this] { applyFilters(); });
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_queue);
    row->addSpacing(12);
    addLabelled(row, this, tr("St&ate"), m_state);
    addLabelled(row, this, tr("C&ustomer"), m_customer);
    addLabelled(row, this, tr("Fro&m"), m_from);
    addLabelled(row, this, tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_state, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    connect(m_queue, &QCheckBox::toggled, this, [this](bool on) {
        m_state->setEnabled(!on); // the queue is its own pair of states
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &OrdersView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &OrdersView::applyFilters);
}

void OrdersView::countQueue() {
    services::OrderListQuery query;
    query.queue = true;
    query.limit = 0;
    const auto waiting = m_services.orders().count(m_actor, query);
    const qint64 n = waiting ? *waiting : 0;
    m_queue->setProperty("waiting", n);
    m_queue->setText(n > 0 ? tr("&Credit holds and approvals (%1)").arg(n)
                           : tr("&Credit holds and approvals"));
}

void OrdersView::applyFilters() {
    OrderFilter filter;
    filter.queue = m_queue->isChecked();
    filter.status = filter.queue ? QString() : m_state->currentData().toString();
    filter.customerCode = m_customer->text().trimmed();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

void OrdersView::showStatus(const QString& key) {
    setFilters(false, key);
}

void OrdersView::showQueue() {
    setFilters(true, {});
}

// Sets every filter without a read per field, then reads the list once.
void OrdersView::setFilters(bool queue, const QString& state) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_queue, m_state, m_from, m_to})
        w->blockSignals(true);
    m_queue->setChecked(queue);
    m_state->setEnabled(!queue);
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_customer->setText({});
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    for (QWidget* w : std::initializer_list<QWidget*>{m_queue, m_state, m_from, m_to})
        w->blockSignals(false);
    searchField()->clear();
    applyFilters();
}

void OrdersView::createRecord() {
    OrderEditor editor(m_services, m_actor, {}, this);
    editor.exec();
    const QString number = editor.order().number;
    refresh();
    if (!number.isEmpty())
        selectKey(number);
}

void OrdersView::editRecord(const QString& number) {
    openOrder(number);
}

void OrdersView::openOrder(const QString& number) {
    OrderEditor editor(m_services, m_actor, number, this);
    editor.exec();
    refresh();
    selectKey(number);
}

} // namespace mostrador::app
