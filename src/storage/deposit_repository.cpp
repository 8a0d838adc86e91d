// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/fulfilment_repository.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;

Result<qint64> DepositRepository::insert(const domain::Deposit& d, qint64 orderId,
                                         qint64 customerId) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO deposits (number, order_id, customer_id, amount, "
                                "applied, method, date, reference, user_name, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {d.number, orderId, customerId, d.amount.minor(), d.applied.minor(), d.method,
                  isoDate(d.date), d.reference, d.recordedBy, nowIso()});
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<QList<domain::Deposit>> DepositRepository::forOrder(qint64 orderId,
                                                           domain::Currency currency) {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT d.id, d.number, o.number, o.customer_code, d.amount, "
                                "d.applied, d.method, d.date, d.reference, d.user_name "
                                "FROM deposits d JOIN sales_orders o ON o.id = d.order_id "
                                "WHERE d.order_id = ? ORDER BY d.id"),
                 {orderId});
    if (!q)
        return fail(q.error());
    QList<domain::Deposit> out;
    while (q->next()) {
        domain::Deposit d;
        d.id = q->value(0).toLongLong();
        d.number = q->value(1).toString();
        d.orderNumber = q->value(2).toString();
        d.customerCode = q->value(3).toString();
        d.amount = Money::fromMinor(q->value(4).toLongLong(), currency);
        d.applied = Money::fromMinor(q->value(5).toLongLong(), currency);
        d.method = q->value(6).toString();
        d.date = dateFrom(q->value(7));
        d.reference = q->value(8).toString();
        d.recordedBy = q->value(9).toString();
        out.append(std::move(d));
    }
    return out;
}

} // namespace mostrador::storage
