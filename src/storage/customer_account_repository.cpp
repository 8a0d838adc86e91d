// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/fulfilment_repository.h"
#include "storage/sql.h"

namespace mostrador::storage {

namespace {

// The statement text is built once per column: an upsert per call would otherwise
// format it and hash a new text each time.
QString addColumnSql(const char* column) {
    return QStringLiteral("INSERT INTO customer_accounts (customer_id, %1) VALUES (?, ?) "
                          "ON CONFLICT (customer_id) DO UPDATE SET %1 = %1 + excluded.%1")
        .arg(QLatin1String(column));
}

} // namespace

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
    static const QString sql = addColumnSql("open_orders");
    return add(customerId, sql, deltaMinor);
}

Status CustomerAccountRepository::addUnappliedDeposits(qint64 customerId, qint64 deltaMinor) {
    static const QString sql = addColumnSql("unapplied_deposits");
    return add(customerId, sql, deltaMinor);
}

Status CustomerAccountRepository::addArBalance(qint64 customerId, qint64 deltaMinor) {
    static const QString sql = addColumnSql("ar_balance");
    return add(customerId, sql, deltaMinor);
}

// A zero delta writes nothing, so a free order does not create an account row.
Status CustomerAccountRepository::add(qint64 customerId, const QString& sql, qint64 deltaMinor) {
    if (deltaMinor == 0)
        return {};
    auto q = write(m_db, sql, {customerId, deltaMinor});
    return q ? Status{} : fail(q.error());
}

Status CustomerAccountRepository::add(qint64 customerId, const AccountFigures& delta) {
    if (delta.arBalance == 0 && delta.openOrders == 0 && delta.unappliedDeposits == 0)
        return {};
    auto q = write(
        m_db,
        QStringLiteral("INSERT INTO customer_accounts (customer_id, ar_balance, open_orders, "
                       "unapplied_deposits) VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO "
                       "UPDATE SET ar_balance = ar_balance + excluded.ar_balance, open_orders = "
                       "open_orders + excluded.open_orders, unapplied_deposits = "
                       "unapplied_deposits + excluded.unapplied_deposits"),
        {customerId, delta.arBalance, delta.openOrders, delta.unappliedDeposits});
    return q ? Status{} : fail(q.error());
}

} // namespace mostrador::storage
