// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/fulfilment_repository.h"
#include "storage/sql.h"

namespace mostrador::storage {

Result<AccountFigures> CustomerAccountRepository::figures(qint64 customerId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT ar_balance, open_orders, unapplied_deposits "
                                 "FROM customer_accounts WHERE customer_id = ?"),
                  {customerId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return AccountFigures{};
    return AccountFigures{q->value(0).toLongLong(), q->value(1).toLongLong(),
                          q->value(2).toLongLong()};
}

Status CustomerAccountRepository::addOpenOrders(qint64 customerId, qint64 deltaMinor) {
    return add(customerId, "open_orders", deltaMinor);
}

Status CustomerAccountRepository::addUnappliedDeposits(qint64 customerId, qint64 deltaMinor) {
    return add(customerId, "unapplied_deposits", deltaMinor);
}

Status CustomerAccountRepository::addArBalance(qint64 customerId, qint64 deltaMinor) {
    return add(customerId, "ar_balance", deltaMinor);
}

// `column` is one of the three fixed names above, never input. A zero delta writes
// nothing, so a free order does not create an account row.
Status CustomerAccountRepository::add(qint64 customerId, const char* column, qint64 deltaMinor) {
    if (deltaMinor == 0)
        return {};
    const QString c = QLatin1String(column);
    auto q = write(m_db,
                   QStringLiteral("INSERT INTO customer_accounts (customer_id, %1) VALUES (?, ?) "
                                  "ON CONFLICT (customer_id) DO UPDATE SET %1 = %1 + excluded.%1")
                       .arg(c),
                   {customerId, deltaMinor});
    return q ? Status{} : fail(q.error());
}

} // namespace mostrador::storage
