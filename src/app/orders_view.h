// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;
class OrderSource;

// The sales orders: searched by number or customer, filtered by state, customer and date
// range, newest first by default, with their shipped and invoiced progress. "Credit
// holds and approvals" keeps the orders waiting for a manager (with how many there are);
// it starts on for those who may approve when something waits. Enter or a double click
// opens the editor, Ctrl+N (or "New order") starts one.
class OrdersView : public ListPage {
    Q_OBJECT
public:
    OrdersView(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);

    QComboBox* stateFilter() const { return m_state; }
    QCheckBox* queueFilter() const { return m_queue; }
    LookupEdit* customerFilter() const { return m_customer; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    // Opens the editor of `number` (what Enter on a row does).
    void openOrder(const QString& number);
    // Navigation from elsewhere (the dashboard): the orders in one state, or the queue of
    // credit holds and approvals, with no other filter on.
    void showStatus(const QString& key);
    void showQueue();

protected:
    void createRecord() override;
    void editRecord(const QString& number) override;
    QString exportName() const override { return tr("orders"); }

private:
    OrdersView(services::Services& services, const domain::Actor& actor, OrderSource* source,
               QWidget* parent);
    void buildFilters();
    void applyFilters();
    void setFilters(bool queue, const QString& state);
    // How many orders wait for a manager, on the queue switch.
    void countQueue();

    services::Services& m_services;
    domain::Actor m_actor;
    OrderSource* m_source; // owned by the model
    QComboBox* m_state = nullptr;
    QCheckBox* m_queue = nullptr;
    LookupEdit* m_customer = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace mostrador::app
