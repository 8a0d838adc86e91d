// SPDX-License-Identifier: MIT
#include "storage/report_queries.h"

#include "domain/sales_document.h"
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Quantity;

ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db) {
    auto begun = write(m_db, QStringLiteral("BEGIN"));
    m_begun = begun ? Status{} : fail(begun.error());
}

ReadSnapshot::~ReadSnapshot() {
    if (m_begun)
        (void)write(m_db, QStringLiteral("COMMIT")); // nothing written: ends the snapshot
}

namespace {

// The wanted date of an open line; the order's requested date is optional, its date not.
const QString kWanted =
    QStringLiteral("COALESCE(NULLIF(l.requested_date, ''), NULLIF(o.requested_date, ''), o.date)");

// Orders by their status index first: the open ones are few among a million.
const QString kOpenLines =
    QStringLiteral("SELECT o.number, o.customer_code, o.customer_name, l.sku, p.name, "
                   "p.tracked, l.qty, l.qty - l.shipped_qty - l.cancelled_qty, l.net, ") +
    kWanted +
    QStringLiteral(" AS wanted, COALESCE(s.on_hand, 0) "
                   "FROM sales_orders o "
                   "JOIN sales_order_lines l ON l.order_id = o.id "
                   "JOIN products p ON p.id = l.product_id "
                   "LEFT JOIN stock_levels s ON s.product_id = l.product_id "
                   "WHERE o.status IN (?, ?) AND l.qty - l.shipped_qty - l.cancelled_qty > 0");

QString filterClause(const OpenLineFilter& filter, QVariantList& values) {
    QString clause;
    if (filter.wantedFrom.isValid()) {
        clause += QStringLiteral(" AND ") + kWanted + QStringLiteral(" >= ?");
        values.append(isoDate(filter.wantedFrom));
    }
    if (filter.wantedTo.isValid()) {
        clause += QStringLiteral(" AND ") + kWanted + QStringLiteral(" <= ?");
        values.append(isoDate(filter.wantedTo));
    }
    // "+": not through the customer's or the product's index, which would walk every
    // order or line they ever had, closed ones too.
    if (filter.customerId != 0) {
        clause += QStringLiteral(" AND +o.customer_id = ?");
        values.append(filter.customerId);
    }
    if (filter.productId != 0) {
        clause += QStringLiteral(" AND +l.product_id = ?");
        values.append(filter.productId);
    }
    return clause;
}

QString openLinesSql(const OpenLineFilter& filter, QVariantList& values) {
    values = {QString::fromUtf16(domain::order_state::kConfirmed),
              QString::fromUtf16(domain::order_state::kPartiallyShipped)};
    return kOpenLines + filterClause(filter, values) +
           QStringLiteral(" ORDER BY wanted, o.number, l.position");
}

} // namespace

Result<QString> ReportQueries::openLinesPlan(const OpenLineFilter& filter) {
    QVariantList values;
    const QString sql = QStringLiteral("EXPLAIN QUERY PLAN ") + openLinesSql(filter, values);
    auto rows = read(m_db, sql, values);
    if (!rows)
        return fail(rows.error());
    QStringList steps;
    while (rows->next())
        steps << rows->text(3);
    return steps.join(u'\n');
}

Result<QList<OpenLine>> ReportQueries::openLines(const OpenLineFilter& filter) {
    QVariantList values;
    const QString sql = openLinesSql(filter, values);
    auto rows = read(m_db, sql, values);
    if (!rows)
        return fail(rows.error());
    QList<OpenLine> out;
    while (rows->next())
        out.append({rows->text(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4),
                    rows->integer(5) != 0, Quantity::fromThousandths(rows->integer(6)),
                    Quantity::fromThousandths(rows->integer(7)),
                    domain::Money::fromMinor(rows->integer(8), m_currency), dateFrom(rows->text(9)),
                    Quantity::fromThousandths(rows->integer(10))});
    return out;
}

Result<QList<StockHolding>> ReportQueries::stockHoldings() {
    auto rows = read(m_db, QStringLiteral("SELECT p.sku, p.name, p.category, s.on_hand, "
                                          "p.standard_cost FROM products p "
                                          "JOIN stock_levels s ON s.product_id = p.id "
                                          "WHERE p.tracked = 1 AND s.on_hand <> 0 "
                                          "ORDER BY p.category, p.sku"));
    if (!rows)
        return fail(rows.error());
    QList<StockHolding> out;
    while (rows->next())
        out.append({rows->text(0), rows->text(1), rows->text(2),
                    Quantity::fromThousandths(rows->integer(3)),
                    domain::UnitPrice::fromTenThousandths(rows->integer(4))});
    return out;
}

} // namespace mostrador::storage
