// SPDX-License-Identifier: MIT
#include "app/shipments_view.h"

#include "app/document_filters.h"
#include "app/order_editor.h"
#include "app/shipment_dialog.h"
#include "app/shipment_viewer.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

ToShipList::ToShipList(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : ListPage(std::make_unique<ToShipSource>(services, actor), QStringLiteral("lists/to-ship"),
               services.notifier(),
               {QStringLiteral("order"), QStringLiteral("shipment"), QStringLiteral("stock")},
               parent)
    , m_services(services)
    , m_actor(actor)
    , m_canShip(actor.require(Permission::ShipOrders).has_value()) {
    setObjectName(QStringLiteral("toShipList"));
    searchField()->setPlaceholderText(tr("Search by order number or customer (Ctrl+F)"));
    inactiveCheck()->hide();
    setCanCreate(false);
    setCanExport(actor.require(Permission::ExportData).has_value());
    if (m_canShip) {
        editButton()->setText(tr("Shi&p…"));
        editButton()->setToolTip(tr("Ship the selected order, all or part (Enter)"));
    } else {
        editButton()->setText(tr("&Open order"));
        editButton()->setToolTip(tr("Open the selected order (Enter)"));
    }
}

void ToShipList::editRecord(const QString& number) {
    if (m_canShip) {
        shipOrder(number);
        return;
    }
    OrderEditor editor(m_services, m_actor, number, this);
    editor.exec();
    refresh();
}

void ToShipList::shipOrder(const QString& number) {
    ShipmentDialog dialog(m_services, m_actor, number, this);
    dialog.exec();
    refresh();
    selectKey(number);
}

ShipmentList::ShipmentList(services::Services& services, const domain::Actor& actor, Mode mode,
                           QWidget* parent)
    : ShipmentList(services, actor, mode,
                   new ShipmentSource(services, actor, {mode == Mode::Today, {}, {}, {}}), parent) {
}

ShipmentList::ShipmentList(services::Services& services, const domain::Actor& actor, Mode mode,
                           ShipmentSource* source, QWidget* parent)
    : ListPage(std::unique_ptr<TableSource>(source),
               mode == Mode::Today ? QStringLiteral("lists/shipments-today")
                                   : QStringLiteral("lists/shipments-by-carrier"),
               services.notifier(), {QStringLiteral("shipment")}, parent)
    , m_services(services)
    , m_actor(actor)
    , m_mode(mode)
    , m_source(source) {
    setObjectName(mode == Mode::Today ? QStringLiteral("shippedTodayList")
                                      : QStringLiteral("byCarrierList"));
    searchField()->setPlaceholderText(
        tr("Search by shipment or order number, or customer (Ctrl+F)"));
    inactiveCheck()->hide();
    setCanCreate(false);
    setCanExport(actor.require(Permission::ExportData).has_value());
    editButton()->setText(tr("&View…"));
    editButton()->setToolTip(tr("Open the selected shipment and its papers (Enter)"));
    if (mode == Mode::ByCarrier) {
        buildFilters();
        connect(&services.notifier(), &services::ChangeNotifier::changed, this,
                [this](const QString& entity) {
                    if (entity == u"shipment" || entity == u"*")
                        fillCarriers(); // a new carrier may have come
                });
    }
}

QString ShipmentList::exportName() const {
    return m_mode == Mode::Today ? tr("shipped today") : tr("shipments");
}

void ShipmentList::buildFilters() {
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(QStringLiteral("carrierFilter"));
    m_carrier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCarriers();
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));
    auto* row = new QHBoxLayout;
    const auto labelled = [this, row](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("C&arrier"), m_carrier);
    labelled(tr("Fro&m"), m_from);
    labelled(tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);
    connect(m_carrier, &QComboBox::currentIndexChanged, this, &ShipmentList::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ShipmentList::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ShipmentList::applyFilters);
}

void ShipmentList::fillCarriers() {
    const QString current = m_carrier->currentData().toString();
    QSignalBlocker block(m_carrier);
    m_carrier->clear();
    m_carrier->addItem(tr("All carriers"), QString());
    if (auto carriers = m_services.shipments().carriers(m_actor))
        for (const QString& name : *carriers)
            m_carrier->addItem(name, name);
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(current)));
}

void ShipmentList::applyFilters() {
    ShipmentFilter filter;
    filter.carrier = m_carrier->currentData().toString();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

void ShipmentList::editRecord(const QString& number) {
    openShipment(number);
}

void ShipmentList::openShipment(const QString& number) {
    ShipmentViewer viewer(m_services, m_actor, number, this);
    viewer.exec();
}

ShipmentsView::ShipmentsView(services::Services& services, const domain::Actor& actor,
                             QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_toShip(new ToShipList(services, actor, m_tabs))
    , m_today(new ShipmentList(services, actor, ShipmentList::Mode::Today, m_tabs))
    , m_byCarrier(new ShipmentList(services, actor, ShipmentList::Mode::ByCarrier, m_tabs)) {
    setObjectName(QStringLiteral("shipmentsView"));
    m_tabs->setObjectName(QStringLiteral("shipmentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_toShip, tr("To &ship"));
    m_tabs->addTab(m_today, tr("Shipped to&day"));
    m_tabs->addTab(m_byCarrier, tr("&By carrier"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_toShip);
    // The lists' tables would take Ctrl+Tab as a move to the next cell: the tabs come first.
    const auto step = [this](int by) {
        const int n = m_tabs->count();
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + n) % n);
    };
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
        new QShortcut(
            keys, this, [step] { step(1); }, Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                     QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
        new QShortcut(
            keys, this, [step] { step(-1); }, Qt::WidgetWithChildrenShortcut);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        setFocusProxy(currentList());
        currentList()->setFocus(Qt::OtherFocusReason);
    });
}

ListPage* ShipmentsView::currentList() const {
    return static_cast<ListPage*>(m_tabs->currentWidget());
}

void ShipmentsView::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

} // namespace mostrador::app
