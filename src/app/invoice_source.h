// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/invoice_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// People-facing names of the invoice states (the keys are never translated), plus the
// derived "overdue": posted or partly paid, past its due date with something left to pay.
class InvoiceLabels {
    Q_DECLARE_TR_FUNCTIONS(InvoiceLabels)
public:
    static QString state(const QString& key);
    static QString overdue();
    // The stored states a list can filter by, in their order of life: {key, label}.
    static QList<std::pair<QString, QString>> states();
    // The state an invoice shows on `today`: its stored state, or "overdue".
    static QString shownState(const QString& status, const QDate& dueDate,
                              const domain::Money& balance, const QDate& today);
};

// The filters of the invoice list beyond its search text (by number or draft number).
struct InvoiceFilter {
    QString status;       // a state key; empty = any
    QString customerCode; // empty = any
    QDate from;           // invalid = open
    QDate to;
    friend bool operator==(const InvoiceFilter&, const InvoiceFilter&) = default;
};

// The invoice list through InvoiceService: number, customer, date, due date, state
// (overdue ones say so: their raw value is "overdue"), total, paid and balance.
// The list rows carry no paid amount: it is read from the invoice itself for the rows of
// the page asked for whose balance is below their total (deposits are not payments).
class InvoiceSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(InvoiceSource)
public:
    enum Column { Number, Customer, Date, DueDate, State, Total, Paid, Balance };
    static constexpr char16_t kOverdue[] = u"overdue";

    InvoiceSource(services::Services& services, domain::Actor actor);

    void setFilter(const InvoiceFilter& filter) { m_filter = filter; }
    const InvoiceFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::InvoiceListQuery query(const ListRequest& request, int offset, int limit) const;
    TableRow rowOf(const services::InvoiceRow& row, const QDate& today);
    Cell paidCell(const services::InvoiceRow& row) const;

    InvoiceFilter m_filter;
};

} // namespace mostrador::app
