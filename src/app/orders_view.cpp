// SPDX-License-Identifier: MIT
#include "app/orders_view.h"

#include "app/app_settings.h"
#include "app/lookup_edit.h"
#include "app/order_editor.h"
#include "app/order_source.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

namespace {

const QString kSettingsKey = QStringLiteral("lists/orders");
// A date filter at its minimum means "any date".
const QDate kOpenDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat(QLocale()));
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(OrdersView::tr("any"));
    edit->setDate(kOpenDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit) {
    return edit->date() == kOpenDate ? QDate() : edit->date();
}

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
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (const auto& [key, label] : OrderLabels::states())
        m_state->addItem(label, key);
    m_queue = new QCheckBox(this);
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_queue->setToolTip(tr("Only the orders on credit hold or awaiting approval: what waits "
                           "for a manager's decision"));
    m_customer = new LookupEdit(
        [this](const QString& text) {
            storage::ListQuery query;
            query.search = text;
            query.limit = LookupEdit::kMaxRows;
            QList<LookupEdit::Suggestion> out;
            if (auto rows = m_services.customers().list(m_actor, query))
                for (const auto& c : *rows)
                    out.append({c.code, QStringLiteral("%1 · %2").arg(c.code, c.name)});
            return out;
        },
        this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_from = dateFilter(this, QStringLiteral("fromFilter"));
    m_to = dateFilter(this, QStringLiteral("toFilter"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_queue);
    row->addSpacing(12);
    const auto labelled = [this, row](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("S&tate"), m_state);
    labelled(tr("C&ustomer"), m_customer);
    labelled(tr("Fro&m"), m_from);
    labelled(tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_state, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilters);
    connect(m_queue, &QCheckBox::toggled, this, [this](bool on) {
        m_state->setEnabled(!on); // the queue is its own pair of states
        applyFilters();
    });
    connect(m_customer, &LookupEdit::chosen, this, &OrdersView::applyFilters);
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilters();
    });
    connect(m_customer, &QLineEdit::returnPressed, this, &OrdersView::applyFilters);
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
    m_queue->setText(n > 0 ? tr("Credit &holds and approvals (%1)").arg(n)
                           : tr("Credit &holds and approvals"));
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
