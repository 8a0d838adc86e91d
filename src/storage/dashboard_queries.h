// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/invoice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <utility>

namespace mostrador::storage {

class Database;

// Sales and standard cost of one month (minor units), from sales_by_month.
struct MonthTotals {
    QString month; // "YYYY-MM"
    qint64 sales = 0;
    qint64 cost = 0;
};

// A customer's or product's sales and cost over a range of months, from the summary
// tables; key and name are filled for the ranked few only (see DashboardQueries::name).
struct RankedTotals {
    qint64 id = 0;
    QString key;
    QString name;
    qint64 sales = 0;
    qint64 cost = 0;
};

// How many orders are in one state and their total incl. tax (minor units).
struct StateTotals {
    QString status;
    qint64 orders = 0;
    qint64 total = 0;
};

// An order line with something confirmed and not yet shipped: its quantities
// (thousandths) and untaxed net (minor units).
struct BacklogLine {
    qint64 qty = 0;
    qint64 open = 0; // qty − shipped − cancelled
    qint64 net = 0;
};

// A posted invoice with something left to pay: what has covered it so far (deposits
// applied and paid) and the installments to age it by, in order (one on its date when it
// has none, as InvoiceDues::schedule).
struct OpenSchedule {
    domain::Money covered;
    QList<domain::Installment> installments;
};

// The reads behind the manager's dashboard (issue 6). None scans the documents of the
// past: sales come from the monthly summary tables, orders from the status index over
// the open states, receivables from the open invoices. `salesperson` empty = everyone's.
class DashboardQueries {
public:
    DashboardQueries(Database& db, domain::Currency currency)
        : m_db(db)
        , m_currency(currency) {}

    // Months in [first, last] with sales or cost, in month order.
    Result<QList<MonthTotals>> months(const QString& first, const QString& last,
                                      const QString& salesperson);
    // Per customer / product over [first, last], unordered, without key and name.
    Result<QList<RankedTotals>> customers(const QString& first, const QString& last,
                                          const QString& salesperson);
    Result<QList<RankedTotals>> products(const QString& first, const QString& last,
                                         const QString& salesperson);
    // Fills key and name (customer code and name, or SKU and product name) of `rows`.
    Status nameCustomers(QList<RankedTotals>& rows);
    Status nameProducts(QList<RankedTotals>& rows);

    // Orders in `states` (those present only).
    Result<QList<StateTotals>> orderStates(const QStringList& states, const QString& salesperson);
    // Lines of orders confirmed or partially shipped with an open quantity.
    Result<QList<BacklogLine>> backlog(const QString& salesperson);
    // Calls `invoice` once per posted invoice with a balance, with what it takes to age it,
    // from a covering index and the installments' own key (migrations 012, 013). No customer
    // names and no order: the aging report's read sorts by customer and costs several times
    // this over a million orders.
    Status openInvoices(const QString& salesperson,
                        const std::function<void(const OpenSchedule&)>& invoice);
    // Payments' and credit notes' unallocated credit (≥ 0), as the aging report counts it.
    Result<qint64> unallocatedCredit();

private:
    Result<QList<RankedTotals>> ranked(const QString& table, const QString& column,
                                       const QString& first, const QString& last,
                                       const QString& salesperson);
    Status name(QList<RankedTotals>& rows, const QString& sql);

    Database& m_db;
    domain::Currency m_currency;
};

} // namespace mostrador::storage
