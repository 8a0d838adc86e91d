// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "storage/list_query.h"

#include <QDate>
#include <optional>

namespace mostrador::storage {

class Database;

// A customer's credit figures as the services keep them (customer_accounts).
struct AccountFigures {
    qint64 arBalance = 0; // minor units: posted invoices − credit notes − payments + chargebacks
    qint64 openOrders = 0;        // Σ open value of confirmed orders
    qint64 unappliedDeposits = 0; // deposits not yet taken by invoices
};

// The running credit figures per customer. Callers add deltas inside the transaction
// that changes what they sum, so the figures always equal a recomputation.
class CustomerAccountRepository {
public:
    explicit CustomerAccountRepository(Database& db)
        : m_db(db) {}

    // Zeroes for a customer that never had an account row.
    Result<AccountFigures> figures(qint64 customerId);
    Status addOpenOrders(qint64 customerId, qint64 deltaMinor);
    Status addUnappliedDeposits(qint64 customerId, qint64 deltaMinor);
    Status addArBalance(qint64 customerId, qint64 deltaMinor);
    // All three deltas in one write, for actions that move several (invoice posting).
    Status add(qint64 customerId, const AccountFigures& delta);

private:
    Status add(qint64 customerId, const QString& sql, qint64 deltaMinor);
    Database& m_db;
};

// Deposits recorded against orders.
class DepositRepository {
public:
    explicit DepositRepository(Database& db)
        : m_db(db) {}

    Result<qint64> insert(const domain::Deposit& deposit, qint64 orderId, qint64 customerId);
    // Oldest first, in `currency`.
    Result<QList<domain::Deposit>> forOrder(qint64 orderId, domain::Currency currency);

private:
    Database& m_db;
};

// What the shipments list shows.
struct ShipmentRow {
    qint64 id = 0;
    QString number;
    QString orderNumber;
    QString customerCode;
    QString customerName;
    QDate date;
    QString carrier;
    QString tracking;
    int packages = 1;
    domain::Quantity weightKg;
    QString shippedBy;
};

// Empty filters do not filter; `carrier` matches exactly. The search matches the
// shipment or order number by prefix, or the customer.
struct ShipmentListQuery : ListQuery {
    QString carrier;
    QString orderNumber;
    QString customerCode;
    QDate from;
    QDate to;
};

// Shipments and their lines.
class ShipmentRepository {
public:
    explicit ShipmentRepository(Database& db)
        : m_db(db) {}

    Result<qint64> insert(const domain::Shipment& shipment, qint64 orderId);
    Result<std::optional<domain::Shipment>> findByNumber(const QString& number);
    // Oldest first.
    Result<QList<domain::Shipment>> forOrder(qint64 orderId);

    // Sort keys: number, order, customer, date, carrier.
    Result<QList<ShipmentRow>> list(const ShipmentListQuery& query);
    Result<qint64> count(const ShipmentListQuery& query);
    // Distinct carriers used so far, for filters and completers.
    Result<QStringList> carriers();

private:
    Database& m_db;
};

} // namespace mostrador::storage
