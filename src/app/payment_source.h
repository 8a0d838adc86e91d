// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/payment_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// People-facing names of the receivables keys (never translated themselves).
class PaymentLabels {
    Q_DECLARE_TR_FUNCTIONS(PaymentLabels)
public:
    static QString method(const QString& key);
    // {key, label} of every payment method, in the domain's order.
    static QList<std::pair<QString, QString>> methods();
    static QString reason(const QString& key);
    // {key, label} of the chargeback reasons: dispute, bounced, deduction.
    static QList<std::pair<QString, QString>> reasons();
    static QString kind(const QString& key);
};

// The filters of the payments list beyond its search text.
struct PaymentFilter {
    QString customerCode; // empty = any
    QString method;       // a method key; empty = any
    QDate from;           // invalid = open
    QDate to;
    friend bool operator==(const PaymentFilter&, const PaymentFilter&) = default;
};

// The payments list through PaymentService::page: number, date, customer, method,
// reference, amount (a refund's is negative), what is left unallocated and what was
// charged back. Sorted by date (newest first by default), number, customer or amount.
class PaymentSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(PaymentSource)
public:
    enum Column { Number, Date, Customer, Method, Reference, Amount, Unallocated, ChargedBack };

    PaymentSource(services::Services& services, domain::Actor actor);

    void setFilter(const PaymentFilter& filter) { m_filter = filter; }
    const PaymentFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::PaymentListQuery query(const ListRequest& request, int offset, int limit) const;
    TableRow rowOf(const domain::Payment& p) const;

    PaymentFilter m_filter;
};

} // namespace mostrador::app
