// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::storage {

class Database;

// A deferred read transaction: every query inside it sees the same committed state, so a
// report's rows and totals agree even while other workstations write. Ends when it goes
// out of scope; it holds no lock a writer waits for.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    const Status& begun() const { return m_begun; }

private:
    Database& m_db;
    Status m_begun;
};

// Empty filters do not filter. The dates bound the wanted date (the line's requested
// date, else the order's, else the order date), both inclusive.
struct OpenLineFilter {
    QDate wantedFrom;
    QDate wantedTo;
    qint64 customerId = 0;
    qint64 productId = 0;
};

// A line of a confirmed or partially shipped order with something still to ship, with
// its product's stock facts.
struct OpenLine {
    QString order;
    QString customerCode;
    QString customerName;
    QString sku;
    QString productName;
    bool tracked = true;
    domain::Quantity qty;  // ordered
    domain::Quantity open; // ordered − shipped − cancelled, > 0
    domain::Money net;     // the whole line's untaxed net
    QDate wanted;
    domain::Quantity onHand;
};

// A tracked product with stock on hand other than zero.
struct StockHolding {
    QString sku;
    QString productName;
    QString category;
    domain::Quantity onHand;
    domain::UnitPrice unitCost; // the product's standard cost
};

// The reads of the backlog, demand and stock valuation reports. The open lines come only
// from orders found through sales_orders_status, so a database of a million mostly closed
// orders reads just the open ones.
class ReportQueries {
public:
    ReportQueries(Database& db, domain::Currency currency)
        : m_db(db)
        , m_currency(currency) {}

    // By wanted date, order number and line position.
    Result<QList<OpenLine>> openLines(const OpenLineFilter& filter);
    // SQLite's plan for openLines, one step a line (tests keep it on the status index).
    Result<QString> openLinesPlan(const OpenLineFilter& filter);
    // By category, then SKU.
    Result<QList<StockHolding>> stockHoldings();

private:
    Database& m_db;
    domain::Currency m_currency;
};

} // namespace mostrador::storage
