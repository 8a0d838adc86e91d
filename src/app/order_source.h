// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/sales_order_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// People-facing names of the sales order states, as the lists and the editor show them
// (the domain's stateLabel, capitalised); the keys are never translated.
class OrderLabels {
    Q_DECLARE_TR_FUNCTIONS(OrderLabels)
public:
    static QString state(const QString& key);
    // Every state a list can filter by, in their order of life: {key, label}.
    static QList<std::pair<QString, QString>> states();
    // "40 %" of `done` out of `of` (whole percent, rounded down so that 100 % means
    // all); empty when there is nothing to do.
    static QString progress(domain::Quantity done, domain::Quantity of);
};

// The filters of the order list beyond its search text.
struct OrderFilter {
    QString status;       // a state key; empty = any
    bool queue = false;   // only credit holds and orders awaiting approval
    QString customerCode; // empty = any
    QDate from;           // invalid = open
    QDate to;
    friend bool operator==(const OrderFilter&, const OrderFilter&) = default;
};

// The sales order list through SalesOrderService: one row per order with its state and
// its shipped and invoiced progress, filtered by state (or the managers' queue),
// customer and date range, searched by number or customer.
class OrderSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(OrderSource)
public:
    OrderSource(services::Services& services, domain::Actor actor);

    void setFilter(const OrderFilter& filter) { m_filter = filter; }
    const OrderFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::OrderListQuery query(const ListRequest& request, int offset, int limit) const;
    Cell progressCell(domain::Quantity done, domain::Quantity of) const;

    OrderFilter m_filter;
};

} // namespace mostrador::app
