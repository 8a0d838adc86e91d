// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "app/shipment_sources.h"
#include "domain/user.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTabWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The orders the warehouse can ship now (see ToShipSource). Enter (or "Ship…") opens the
// shipment dialog of the order; without the right to ship, it opens the order instead.
class ToShipList : public ListPage {
    Q_OBJECT
public:
    ToShipList(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);

    // Opens the shipment dialog of `number` (what Enter on a row does).
    void shipOrder(const QString& number);

protected:
    void editRecord(const QString& number) override;
    QString exportName() const override { return tr("to ship"); }

private:
    services::Services& m_services;
    domain::Actor m_actor;
    bool m_canShip;
};

// Shipments made: today's, or by carrier (a choice among the carriers used so far) and
// date range. Enter opens the shipment, read-only, with its papers.
class ShipmentList : public ListPage {
    Q_OBJECT
public:
    enum class Mode { Today, ByCarrier };

    ShipmentList(services::Services& services, const domain::Actor& actor, Mode mode,
                 QWidget* parent = nullptr);

    // By carrier only (null today).
    QComboBox* carrierFilter() const { return m_carrier; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    void openShipment(const QString& number);

protected:
    void editRecord(const QString& number) override;
    QString exportName() const override;

private:
    ShipmentList(services::Services& services, const domain::Actor& actor, Mode mode,
                 ShipmentSource* source, QWidget* parent);
    void buildFilters();
    void fillCarriers();
    void applyFilters();

    services::Services& m_services;
    domain::Actor m_actor;
    Mode m_mode;
    ShipmentSource* m_source; // owned by the model
    QComboBox* m_carrier = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

// The Shipments section (Ctrl+6): the warehouse's three views as tabs, "To ship",
// "Shipped today" and "By carrier", reached with Alt+S, Alt+D, Alt+R or Ctrl+Tab. The
// main window's list actions (export, focus) go to the current tab's list.
class ShipmentsView : public QWidget {
    Q_OBJECT
public:
    enum Tab { ToShip, ShippedToday, ByCarrier };

    ShipmentsView(services::Services& services, const domain::Actor& actor,
                  QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ToShipList* toShipList() const { return m_toShip; }
    ShipmentList* todayList() const { return m_today; }
    ShipmentList* carrierList() const { return m_byCarrier; }
    ListPage* currentList() const;
    void showTab(Tab tab);

private:
    QTabWidget* m_tabs;
    ToShipList* m_toShip;
    ShipmentList* m_today;
    ShipmentList* m_byCarrier;
};

} // namespace mostrador::app
