// SPDX-License-Identifier: MIT
#include "storage/dashboard_queries.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

namespace {

// " AND salesperson = ?" when the figures are one salesperson's.
QString bySalesperson(const QString& salesperson, const QString& column, QVariantList& values) {
    if (salesperson.isEmpty())
        return {};
    values.append(salesperson);
    return QStringLiteral(" AND %1 = ?").arg(column);
}

} // namespace

Result<QList<MonthTotals>> DashboardQueries::months(const QString& first, const QString& last,
                                                    const QString& salesperson) {
    QVariantList values{first, last};
    const QString filter = bySalesperson(salesperson, QStringLiteral("salesperson"), values);
    auto rows = read(m_db,
                     QStringLiteral("SELECT month, SUM(sales), SUM(cost) FROM sales_by_month "
                                    "WHERE month >= ? AND month <= ?") +
                         filter + QStringLiteral(" GROUP BY month ORDER BY month"),
                     values);
    if (!rows)
        return fail(rows.error());
    QList<MonthTotals> out;
    while (rows->next())
        out.append({rows->text(0), rows->integer(1), rows->integer(2)});
    return out;
}

Result<QList<RankedTotals>> DashboardQueries::customers(const QString& first, const QString& last,
                                                        const QString& salesperson) {
    return ranked(QStringLiteral("sales_by_customer"), QStringLiteral("customer_id"), first, last,
                  salesperson);
}

Result<QList<RankedTotals>> DashboardQueries::products(const QString& first, const QString& last,
                                                       const QString& salesperson) {
    return ranked(QStringLiteral("sales_by_product"), QStringLiteral("product_id"), first, last,
                  salesperson);
}

// `table` and `column` are one of the two pairs above, never the caller's text.
Result<QList<RankedTotals>> DashboardQueries::ranked(const QString& table, const QString& column,
                                                     const QString& first, const QString& last,
                                                     const QString& salesperson) {
    QVariantList values{first, last};
    const QString filter = bySalesperson(salesperson, QStringLiteral("salesperson"), values);
    auto rows = read(m_db,
                     QStringLiteral("SELECT %1, SUM(sales), SUM(cost) FROM %2 "
                                    "WHERE month >= ? AND month <= ?")
                             .arg(column, table) +
                         filter + QStringLiteral(" GROUP BY %1").arg(column),
                     values);
    if (!rows)
        return fail(rows.error());
    QList<RankedTotals> out;
    while (rows->next()) {
        RankedTotals r;
        r.id = rows->integer(0);
        r.sales = rows->integer(1);
        r.cost = rows->integer(2);
        if (r.sales != 0 || r.cost != 0)
            out.append(r);
    }
    return out;
}

Status DashboardQueries::nameCustomers(QList<RankedTotals>& rows) {
    return name(rows, QStringLiteral("SELECT code, name FROM customers WHERE id = ?"));
}

Status DashboardQueries::nameProducts(QList<RankedTotals>& rows) {
    return name(rows, QStringLiteral("SELECT sku, name FROM products WHERE id = ?"));
}

Status DashboardQueries::name(QList<RankedTotals>& rows, const QString& sql) {
    for (RankedTotals& r : rows) {
        auto found = read(m_db, sql, {r.id});
        if (!found)
            return fail(found.error());
        if (found->next()) {
            r.key = found->text(0);
            r.name = found->text(1);
        }
    }
    return {};
}

// One probe of sales_orders_status per state; the total needs the row itself, read
// for the open orders only.
Result<QList<StateTotals>> DashboardQueries::orderStates(const QStringList& states,
                                                         const QString& salesperson) {
    QList<StateTotals> out;
    for (const QString& state : states) {
        QVariantList values{state};
        const QString filter = bySalesperson(salesperson, QStringLiteral("salesperson"), values);
        auto rows = read(m_db,
                         QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM "
                                        "sales_orders WHERE status = ?") +
                             filter,
                         values);
        if (!rows)
            return fail(rows.error());
        if (rows->next() && rows->integer(0) > 0)
            out.append({state, rows->integer(0), rows->integer(1)});
    }
    return out;
}

Result<QList<BacklogLine>> DashboardQueries::backlog(const QString& salesperson) {
    QVariantList values;
    const QString filter = bySalesperson(salesperson, QStringLiteral("o.salesperson"), values);
    auto rows =
        read(m_db,
             QStringLiteral("SELECT l.qty, l.qty - l.shipped_qty - l.cancelled_qty, l.net "
                            "FROM sales_orders o JOIN sales_order_lines l ON l.order_id = o.id "
                            "WHERE (o.status = 'confirmed' OR o.status = 'partially_shipped')") +
                 filter + QStringLiteral(" AND l.qty - l.shipped_qty - l.cancelled_qty > 0"),
             values);
    if (!rows)
        return fail(rows.error());
    QList<BacklogLine> out;
    while (rows->next())
        out.append({rows->integer(0), rows->integer(1), rows->integer(2)});
    return out;
}

// One pass over the covering index invoices_open_aging (migration 012), then the primary key
// of invoice_due_dates (migration 013), so each invoice's installments come together and in order
// and no row of the wide invoices table is read.
Status DashboardQueries::openInvoices(const QString& salesperson,
                                      const std::function<void(const OpenSchedule&)>& invoice) {
    QVariantList values;
    const QString filter = bySalesperson(salesperson, QStringLiteral("i.salesperson"), values);
    // balance <> 0 as the partial indexes' own condition, so SQLite may use them.
    auto rows = read(m_db,
                     QStringLiteral("SELECT i.id, i.date, i.total, i.deposits_applied + i.paid, "
                                    "d.due_date, d.amount FROM invoices i LEFT JOIN "
                                    "invoice_due_dates d ON d.invoice_id = i.id "
                                    "WHERE i.balance <> 0") +
                         filter,
                     values);
    if (!rows)
        return fail(rows.error());
    // One schedule reused, so that a hundred thousand open invoices allocate nothing.
    qint64 current = 0;
    OpenSchedule open;
    while (rows->next()) {
        if (rows->integer(0) != current) {
            if (current != 0)
                invoice(open);
            current = rows->integer(0);
            open.covered = domain::Money::fromMinor(rows->integer(3), m_currency);
            open.installments.clear();
            if (rows->isNull(4)) // no installments: the whole total is due on its date
                open.installments.append({dateFrom(rows->text(1)),
                                          domain::Money::fromMinor(rows->integer(2), m_currency)});
        }
        if (!rows->isNull(4))
            open.installments.append(
                {dateFrom(rows->text(4)), domain::Money::fromMinor(rows->integer(5), m_currency)});
    }
    if (current != 0)
        invoice(open);
    return {};
}

Result<qint64> DashboardQueries::unallocatedCredit() {
    // The partial indexes payments_open and credit_notes_open hold exactly these rows.
    auto rows = read(m_db, QStringLiteral("SELECT (SELECT COALESCE(SUM(unallocated), 0) FROM "
                                          "payments WHERE unallocated <> 0) + (SELECT "
                                          "COALESCE(SUM(unallocated), 0) FROM credit_notes WHERE "
                                          "unallocated <> 0)"));
    if (!rows)
        return fail(rows.error());
    return rows->next() ? rows->integer(0) : 0;
}

} // namespace mostrador::storage
