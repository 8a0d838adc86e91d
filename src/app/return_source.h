// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/return_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// The filters of the returns and credit notes lists beyond their search text.
struct ReturnFilter {
    QString customerCode; // empty = any
    QDate from;           // invalid = open
    QDate to;
    friend bool operator==(const ReturnFilter&, const ReturnFilter&) = default;
};

// What the two lists of the Returns section share: the filter and the service query
// (newest first; the search matches the number, shipment, order or customer name).
class ReturnListSource : public ServiceSource {
public:
    void setFilter(const ReturnFilter& filter) { m_filter = filter; }
    const ReturnFilter& filter() const { return m_filter; }

protected:
    using ServiceSource::ServiceSource;
    services::ReturnListQuery query(const ListRequest& request, int offset, int limit) const;
    static QString customerText(const QString& code, const QString& name);

    ReturnFilter m_filter;
};

// Returns: number, date, shipment, order, customer, reason, damaged and the credit note
// posted with it (empty when nothing returned had been invoiced).
class ReturnSource : public ReturnListSource {
    Q_DECLARE_TR_FUNCTIONS(ReturnSource)
public:
    enum Column { Number, Date, Shipment, Order, Customer, Reason, Damaged, CreditNote };

    ReturnSource(services::Services& services, domain::Actor actor);

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    TableRow rowOf(const domain::Return& r) const;
};

// Credit notes: number, date, customer, the return it comes from, total and what is left
// to allocate or refund.
class CreditNoteSource : public ReturnListSource {
    Q_DECLARE_TR_FUNCTIONS(CreditNoteSource)
public:
    enum Column { Number, Date, Customer, Return, Total, Unallocated };

    CreditNoteSource(services::Services& services, domain::Actor actor);

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    TableRow rowOf(const domain::CreditNote& n) const;
};

} // namespace mostrador::app
