// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "storage/list_query.h"

#include <QDate>
#include <optional>

namespace mostrador::storage {

class Database;

// What an order list shows: one row per order with its shipped and invoiced progress.
struct OrderRow {
    qint64 id = 0;
    QString number;
    QString status;
    QString invoicingStatus;
    QString customerCode;
    QString customerName;
    QDate date;
    QDate requestedDate;
    QString salesperson;
    domain::Money total;
    domain::Quantity ordered; // Σ line quantities less cancelled
    domain::Quantity shipped;
    domain::Quantity invoiced;
    domain::Money untaxed; // total = untaxed + tax
    domain::Money tax;
};

// A list page plus its filters; empty filters do not filter. `queue` keeps the orders
// waiting for a manager (credit hold and awaiting approval); `toShip` the confirmed or
// partially shipped orders with a line that can ship now (reserved stock, stock
// available, or an untracked product). The search matches the number or the customer.
struct OrderListQuery : ListQuery {
    QString status;
    bool queue = false;
    bool toShip = false;
    QString customerCode;
    QDate from;
    QDate to;
};

// Maps sales orders and their lines to rows and back. No rules here.
class SalesOrderRepository {
public:
    explicit SalesOrderRepository(Database& db)
        : m_db(db) {}

    // `quotationId` links an order made from a quotation (0: none). Sets the order's id,
    // version and its lines' ids.
    Result<qint64> insert(domain::SalesOrder& order, qint64 quotationId = 0);
    // Header and lines of a draft, if `order.version` is still current; false when stale.
    Result<bool> update(const domain::SalesOrder& order);
    // The header's state: status, invoicing status, hold/approval/release/cancel texts,
    // open value and deposits; bumps the version.
    Status writeState(const domain::SalesOrder& order);
    // One line's reserved, shipped, invoiced and cancelled quantities (by line id).
    Status writeFulfilment(const domain::DocumentLine& line);
    // With its lines and their fulfilment.
    Result<std::optional<domain::SalesOrder>> findByNumber(const QString& number);

    // Sort keys: number, customer, date, requested_date, total, status.
    Result<QList<OrderRow>> list(const OrderListQuery& query);
    Result<qint64> count(const OrderListQuery& query);

    // Confirmed, not yet shipped quantity of a product over open orders (confirmed and
    // partially shipped): the order backlog.
    Result<domain::Quantity> backlog(qint64 productId);

private:
    Database& m_db;
};

} // namespace mostrador::storage
