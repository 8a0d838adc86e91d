// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/sales_order_service.h"
#include "services/shipment_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// How far an order on the to-ship list is from leaving whole: its open lines (something
// remains to ship), those of them covered (reserved in full, or needing no stock), and
// the quantity that remains over all of them.
struct OrderReadiness {
    int openLines = 0;
    int readyLines = 0;
    domain::Quantity remaining;

    bool ready() const { return openLines > 0 && readyLines == openLines; }
};

OrderReadiness readinessOf(const domain::SalesOrder& order);

// The warehouse's work: confirmed or partially shipped orders with something that can
// leave now (OrderListQuery.toShip), each with its open lines, the quantity remaining and
// whether its reservations cover all of it ("Ready") or only part ("Partly"). The
// readiness needs the order's lines: it is read for the rows of the page asked for only.
class ToShipSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(ToShipSource)
public:
    ToShipSource(services::Services& services, domain::Actor actor);

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    TableRow rowOf(const services::OrderRow& row);
};

// Which shipments a shipment list shows beyond its search text: today's (the date is
// taken at each read, so a list left open past midnight moves on), or those of a carrier
// (empty = any) within dates (invalid = open).
struct ShipmentFilter {
    bool today = false;
    QString carrier;
    QDate from;
    QDate to;
    friend bool operator==(const ShipmentFilter&, const ShipmentFilter&) = default;
};

// Shipments through ShipmentService: number, order, customer, date, carrier, tracking,
// packages, weight and who shipped, searched by shipment or order number or customer.
class ShipmentSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(ShipmentSource)
public:
    ShipmentSource(services::Services& services, domain::Actor actor, ShipmentFilter filter = {});

    void setFilter(const ShipmentFilter& filter) { m_filter = filter; }
    const ShipmentFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::ShipmentListQuery query(const ListRequest& request, int offset, int limit) const;

    ShipmentFilter m_filter;
};

} // namespace mostrador::app
