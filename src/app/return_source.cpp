// SPDX-License-Identifier: MIT
#include "app/return_source.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;

services::ReturnListQuery ReturnListSource::query(const ListRequest& request, int offset,
                                                  int limit) const {
    services::ReturnListQuery q;
    q.search = request.filter;
    q.customerCode = m_filter.customerCode;
    q.from = m_filter.from;
    q.to = m_filter.to;
    q.offset = offset;
    q.limit = limit;
    return q;
}

QString ReturnListSource::customerText(const QString& code, const QString& name) {
    return name.isEmpty() ? code : code + QStringLiteral(" · ") + name;
}

ReturnSource::ReturnSource(services::Services& services, domain::Actor actor)
    : ReturnListSource(services, std::move(actor)) {}

QList<ColumnSpec> ReturnSource::columns() const {
    // The service lists newest first and sorts by nothing else.
    return {
        {tr("Number"), {}, ColumnKind::Text, 18},    {tr("Date"), {}, ColumnKind::Text, 11},
        {tr("Shipment"), {}, ColumnKind::Text, 16},  {tr("Order"), {}, ColumnKind::Text, 16},
        {tr("Customer"), {}, ColumnKind::Text, 30},  {tr("Reason"), {}, ColumnKind::Text, 24},
        {tr("Damaged"), {}, ColumnKind::Boolean, 8}, {tr("Credit note"), {}, ColumnKind::Text, 18},
    };
}

Result<qint64> ReturnSource::count(const ListRequest& request) {
    return m_services.returns().count(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> ReturnSource::fetch(const ListRequest& request, int offset, int limit) {
    return tableRows(m_services.returns().list(m_actor, query(request, offset, limit)),
                     [this](const domain::Return& r) { return rowOf(r); });
}

TableRow ReturnSource::rowOf(const domain::Return& r) const {
    const Cell damaged{r.damaged ? tr("Yes") : QString(), r.damaged,
                       r.damaged ? QStringLiteral("true") : QStringLiteral("false")};
    return TableRow{r.number,
                    true,
                    {Cell::text(r.number), dateCell(r.date, m_locale), Cell::text(r.shipmentNumber),
                     Cell::text(r.orderNumber),
                     Cell::text(customerText(r.customerCode, r.customerName)), Cell::text(r.reason),
                     damaged, Cell::text(r.creditNoteNumber)}};
}

CreditNoteSource::CreditNoteSource(services::Services& services, domain::Actor actor)
    : ReturnListSource(services, std::move(actor)) {}

QList<ColumnSpec> CreditNoteSource::columns() const {
    return {
        {tr("Number"), {}, ColumnKind::Text, 18},   {tr("Date"), {}, ColumnKind::Text, 11},
        {tr("Customer"), {}, ColumnKind::Text, 36}, {tr("Return"), {}, ColumnKind::Text, 18},
        {tr("Total"), {}, ColumnKind::Money, 13},   {tr("Unallocated"), {}, ColumnKind::Money, 13},
    };
}

Result<qint64> CreditNoteSource::count(const ListRequest& request) {
    return m_services.returns().countCreditNotes(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> CreditNoteSource::fetch(const ListRequest& request, int offset, int limit) {
    return tableRows(m_services.returns().creditNotes(m_actor, query(request, offset, limit)),
                     [this](const domain::CreditNote& n) { return rowOf(n); });
}

TableRow CreditNoteSource::rowOf(const domain::CreditNote& n) const {
    return TableRow{n.number,
                    true,
                    {Cell::text(n.number), dateCell(n.date, m_locale),
                     Cell::text(customerText(n.party.customerCode, n.party.customerName)),
                     Cell::text(n.returnNumber), cells::money(n.total, m_locale),
                     cells::money(n.unallocated, m_locale)}};
}

} // namespace mostrador::app
