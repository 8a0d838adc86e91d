// SPDX-License-Identifier: MIT
#include "app/shipment_sources.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using domain::Quantity;
using reports::ColumnKind;

OrderReadiness readinessOf(const domain::SalesOrder& order) {
    OrderReadiness r;
    for (const domain::DocumentLine& line : order.lines) {
        const Quantity left = line.remaining();
        if (left <= Quantity())
            continue;
        ++r.openLines;
        r.remaining += left;
        if (!line.stockTracked || line.reserved >= left)
            ++r.readyLines;
    }
    return r;
}

namespace {

QString customerText(const QString& code, const QString& name) {
    return name.isEmpty() ? code : code + QStringLiteral(" · ") + name;
}

} // namespace

ToShipSource::ToShipSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> ToShipSource::columns() const {
    return {
        {tr("Order"), QStringLiteral("number"), ColumnKind::Text, 16},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 42},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Requested"), QStringLiteral("requested_date"), ColumnKind::Text, 11},
        {tr("Open lines"), {}, ColumnKind::Quantity, 9},
        {tr("Remaining"), {}, ColumnKind::Quantity, 10},
        {tr("Ready"), {}, ColumnKind::Text, 22},
    };
}

Result<qint64> ToShipSource::count(const ListRequest& request) {
    auto q = pageQuery<services::OrderListQuery>(request);
    q.toShip = true;
    return m_services.orders().count(m_actor, q);
}

Result<QList<TableRow>> ToShipSource::fetch(const ListRequest& request, int offset, int limit) {
    auto q = pageQuery<services::OrderListQuery>(request, offset, limit);
    q.toShip = true;
    return tableRows(m_services.orders().list(m_actor, q),
                     [this](const services::OrderRow& o) { return rowOf(o); });
}

TableRow ToShipSource::rowOf(const services::OrderRow& o) {
    TableRow row{o.number,
                 true,
                 {Cell::text(o.number), Cell::text(customerText(o.customerCode, o.customerName)),
                  dateCell(o.date, m_locale),
                  o.requestedDate.isValid() ? dateCell(o.requestedDate, m_locale)
                                            : Cell::text(tr("as soon as possible"))}};
    auto order = m_services.orders().get(m_actor, o.number);
    if (!order) { // gone or unreadable since the page was counted: say so, keep the row
        row.cells << Cell::text({}) << Cell::text({}) << Cell::text(order.error().message);
        return row;
    }
    const OrderReadiness r = readinessOf(*order);
    const QString ready =
        r.ready() ? tr("Ready")
                  : tr("Partly (%1 of %2 lines)")
                        .arg(m_locale.toString(r.readyLines), m_locale.toString(r.openLines));
    row.cells << Cell{m_locale.toString(r.openLines), r.openLines, QString::number(r.openLines)}
              << cells::quantity(r.remaining, m_locale)
              << Cell{ready, r.ready(),
                      r.ready() ? QStringLiteral("ready") : QStringLiteral("partly")};
    return row;
}

ShipmentSource::ShipmentSource(services::Services& services, domain::Actor actor,
                               ShipmentFilter filter)
    : ServiceSource(services, std::move(actor))
    , m_filter(std::move(filter)) {}

QList<ColumnSpec> ShipmentSource::columns() const {
    return {
        {tr("Number"), QStringLiteral("number"), ColumnKind::Text, 16},
        {tr("Order"), QStringLiteral("order"), ColumnKind::Text, 16},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 32},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Carrier"), QStringLiteral("carrier"), ColumnKind::Text, 16},
        {tr("Tracking"), {}, ColumnKind::Text, 16},
        {tr("Packages"), {}, ColumnKind::Quantity, 8},
        {tr("Weight (kg)"), {}, ColumnKind::Quantity, 10},
        {tr("Shipped by"), {}, ColumnKind::Text, 12},
    };
}

services::ShipmentListQuery ShipmentSource::query(const ListRequest& request, int offset,
                                                  int limit) const {
    auto q = pageQuery<services::ShipmentListQuery>(request, offset, limit);
    q.carrier = m_filter.carrier;
    q.from = m_filter.today ? QDate::currentDate() : m_filter.from;
    q.to = m_filter.today ? QDate::currentDate() : m_filter.to;
    return q;
}

Result<qint64> ShipmentSource::count(const ListRequest& request) {
    return m_services.shipments().count(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> ShipmentSource::fetch(const ListRequest& request, int offset, int limit) {
    const auto toRow = [this](const services::ShipmentRow& s) {
        return TableRow{
            s.number,
            true,
            {Cell::text(s.number), Cell::text(s.orderNumber),
             Cell::text(customerText(s.customerCode, s.customerName)), dateCell(s.date, m_locale),
             Cell::text(s.carrier), Cell::text(s.tracking),
             Cell{m_locale.toString(s.packages), s.packages, QString::number(s.packages)},
             cells::quantity(s.weightKg, m_locale), Cell::text(s.shippedBy)}};
    };
    return tableRows(m_services.shipments().list(m_actor, query(request, offset, limit)), toRow);
}

} // namespace mostrador::app
