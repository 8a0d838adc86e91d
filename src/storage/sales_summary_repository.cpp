// SPDX-License-Identifier: MIT
#include "storage/sales_summary_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::CreditedLine;

namespace {

const QString kAddMonth = QStringLiteral(
    "INSERT INTO sales_by_month (month, salesperson, sales, cost) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (month, salesperson) DO UPDATE SET sales = sales_by_month.sales + "
    "excluded.sales, cost = sales_by_month.cost + excluded.cost");
const QString kAddCustomer = QStringLiteral(
    "INSERT INTO sales_by_customer (month, salesperson, customer_id, sales, cost) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (month, salesperson, customer_id) DO UPDATE SET "
    "sales = sales_by_customer.sales + excluded.sales, "
    "cost = sales_by_customer.cost + excluded.cost");
// The products of a document in one statement (a row per product): per statement the
// cost is mostly SQLite's, and an invoice has several products. Texts kept per row count.
const QString& addProductsSql(qsizetype rows) {
    thread_local QHash<qsizetype, QString> texts;
    auto it = texts.find(rows);
    if (it != texts.end())
        return *it;
    QStringList values(rows, QStringLiteral("(?, ?, ?, ?, ?, ?)"));
    return *texts.insert(
        rows, QStringLiteral("INSERT INTO sales_by_product (month, salesperson, product_id, qty, "
                             "sales, cost) VALUES ") +
                  values.join(QStringLiteral(", ")) +
                  QStringLiteral(" ON CONFLICT (month, salesperson, product_id) DO UPDATE SET "
                                 "qty = sales_by_product.qty + excluded.qty, sales = "
                                 "sales_by_product.sales + excluded.sales, cost = "
                                 "sales_by_product.cost + excluded.cost"));
}

// The grouping of a source with the columns month, salesperson, customer_id, product_id,
// qty, sales, cost (a summary table or the document lines); `where` filters the source.
QString groupedSql(SalesKey by, const QString& source, const QString& where) {
    QString select;
    switch (by) {
    case SalesKey::Customer:
        select = QStringLiteral("SELECT c.code, c.name, 0, SUM(f.sales), SUM(f.cost) FROM %1 f "
                                "JOIN customers c ON c.id = f.customer_id %2 "
                                "GROUP BY c.id, c.code, c.name ORDER BY 4 DESC, 1");
        break;
    case SalesKey::Product:
        select = QStringLiteral("SELECT p.sku, p.name, SUM(f.qty), SUM(f.sales), SUM(f.cost) "
                                "FROM %1 f JOIN products p ON p.id = f.product_id %2 "
                                "GROUP BY p.id, p.sku, p.name ORDER BY 4 DESC, 1");
        break;
    case SalesKey::Salesperson:
        select = QStringLiteral("SELECT f.salesperson, '', 0, SUM(f.sales), SUM(f.cost) FROM %1 f "
                                "%2 GROUP BY f.salesperson ORDER BY 4 DESC, 1");
        break;
    case SalesKey::Month:
        select = QStringLiteral("SELECT f.month, '', 0, SUM(f.sales), SUM(f.cost) FROM %1 f %2 "
                                "GROUP BY f.month ORDER BY 1");
        break;
    }
    return select.arg(source, where);
}

QString summaryTable(SalesKey by) {
    switch (by) {
    case SalesKey::Customer:
        return QStringLiteral("sales_by_customer");
    case SalesKey::Product:
        return QStringLiteral("sales_by_product");
    case SalesKey::Salesperson:
    case SalesKey::Month:
        break;
    }
    return QStringLiteral("sales_by_month");
}

} // namespace

Status SalesSummaryRepository::add(const domain::SalesDeltas& deltas) {
    for (const domain::MonthSales& m : deltas.months)
        if (auto q =
                write(m_db, kAddMonth, {m.month, m.salesperson, m.sales.minor(), m.cost.minor()});
            !q)
            return fail(q.error());
    for (const domain::CustomerSales& c : deltas.customers)
        if (auto q = write(m_db, kAddCustomer,
                           {c.month, c.salesperson, c.customerId, c.sales.minor(), c.cost.minor()});
            !q)
            return fail(q.error());
    if (deltas.products.isEmpty())
        return {};
    QVariantList values;
    values.reserve(deltas.products.size() * 6);
    for (const domain::ProductSales& p : deltas.products)
        values << p.month << p.salesperson << p.productId << p.qty.thousandths() << p.sales.minor()
               << p.cost.minor();
    if (auto q = write(m_db, addProductsSql(deltas.products.size()), values); !q)
        return fail(q.error());
    return {};
}

// round(qty × unit cost) to the minor unit, half away from zero, in integers: qty is in
// 10^-3, the cost in 10^-4 of the currency unit. Integer division truncates toward zero
// in SQLite and PostgreSQL alike. The divisor is a constant of the company currency.
QString SalesSummaryRepository::costOf(const QString& qty, const QString& unitCost) const {
    qint64 divisor = 1;
    for (int i = 0; i < 7 - m_currency.decimals(); ++i)
        divisor *= 10;
    const QString v = QStringLiteral("(%1 * %2)").arg(qty, unitCost);
    return QStringLiteral("(CASE WHEN %1 >= 0 THEN (%1 + %2) / %3 ELSE -((-%1 + %2) / %3) END)")
        .arg(v, QString::number(divisor / 2), QString::number(divisor));
}

// Goods lines of posted invoices (advance invoices are not sales) and credit note lines,
// negated, under the credited invoice's salesperson. `dated` adds two date bounds to
// each part, `bySalesperson` a salesperson, in that order of placeholders.
QString SalesSummaryRepository::documentLines(bool dated, bool bySalesperson) const {
    QStringList invoiceWhere{QStringLiteral("i.status <> 'draft'"),
                             QStringLiteral("i.kind = 'invoice'"),
                             QStringLiteral("l.kind = 'goods'")};
    QStringList noteWhere;
    if (dated) {
        invoiceWhere << QStringLiteral("i.date >= ?") << QStringLiteral("i.date <= ?");
        noteWhere << QStringLiteral("n.date >= ?") << QStringLiteral("n.date <= ?");
    }
    if (bySalesperson) {
        invoiceWhere << QStringLiteral("i.salesperson = ?");
        noteWhere << QStringLiteral("i.salesperson = ?");
    }
    const auto clause = [](const QStringList& terms) {
        return terms.isEmpty() ? QString()
                               : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
    };
    return QStringLiteral(
               "(SELECT substr(i.date, 1, 7) AS month, i.salesperson AS salesperson, "
               "i.customer_id AS customer_id, l.product_id AS product_id, l.qty AS qty, "
               "l.net AS sales, %1 AS cost FROM invoices i "
               "JOIN invoice_lines l ON l.invoice_id = i.id %2 "
               "UNION ALL SELECT substr(n.date, 1, 7), i.salesperson, n.customer_id, "
               "COALESCE(c.product_id, l.product_id), -c.qty, -c.net, %3 FROM credit_notes n "
               "JOIN credit_note_lines c ON c.credit_note_id = n.id "
               "JOIN invoice_lines l ON l.id = c.invoice_line_id "
               "JOIN invoices i ON i.id = l.invoice_id %4)")
        .arg(costOf(QStringLiteral("l.qty"), QStringLiteral("l.unit_cost")), clause(invoiceWhere),
             costOf(QStringLiteral("-c.qty"), QStringLiteral("l.unit_cost")), clause(noteWhere));
}

Status SalesSummaryRepository::rebuild() {
    const QString lines = documentLines(false, false);
    const QStringList statements{
        QStringLiteral("DELETE FROM sales_by_month"),
        QStringLiteral("DELETE FROM sales_by_customer"),
        QStringLiteral("DELETE FROM sales_by_product"),
        QStringLiteral("INSERT INTO sales_by_customer (month, salesperson, customer_id, sales, "
                       "cost) SELECT month, salesperson, customer_id, SUM(sales), SUM(cost) "
                       "FROM %1 f GROUP BY month, salesperson, customer_id")
            .arg(lines),
        QStringLiteral("INSERT INTO sales_by_product (month, salesperson, product_id, qty, "
                       "sales, cost) SELECT month, salesperson, product_id, SUM(qty), "
                       "SUM(sales), SUM(cost) FROM %1 f GROUP BY month, salesperson, product_id")
            .arg(lines),
        // Months are the customers' rows summed: one pass over the documents less.
        QStringLiteral("INSERT INTO sales_by_month (month, salesperson, sales, cost) "
                       "SELECT month, salesperson, SUM(sales), SUM(cost) "
                       "FROM sales_by_customer GROUP BY month, salesperson"),
    };
    for (const QString& sql : statements)
        if (auto q = run(m_db.connection(), sql); !q)
            return fail(q.error());
    return {};
}

Result<QHash<qint64, CreditedLine>> SalesSummaryRepository::creditedLines(qint64 creditNoteId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT l.id, l.unit_cost, i.salesperson "
                                 "FROM credit_note_lines c "
                                 "JOIN invoice_lines l ON l.id = c.invoice_line_id "
                                 "JOIN invoices i ON i.id = l.invoice_id "
                                 "WHERE c.credit_note_id = ?"),
                  {creditNoteId});
    if (!q)
        return fail(q.error());
    QHash<qint64, CreditedLine> out;
    while (q->next())
        out.insert(q->integer(0),
                   {domain::UnitPrice::fromTenThousandths(q->integer(1)), q->text(2)});
    return out;
}

Result<QList<SalesFigureRow>> SalesSummaryRepository::fromSummary(const SalesFigureQuery& query,
                                                                  const QString& fromMonth,
                                                                  const QString& toMonth) {
    QString where = QStringLiteral("WHERE f.month >= ? AND f.month <= ?");
    QVariantList values{fromMonth.isEmpty() ? QStringLiteral("0000-00") : fromMonth,
                        toMonth.isEmpty() ? QStringLiteral("9999-99") : toMonth};
    if (!query.salesperson.isEmpty()) {
        where += QStringLiteral(" AND f.salesperson = ?");
        values.append(query.salesperson);
    }
    return rows(groupedSql(query.by, summaryTable(query.by), where), values);
}

Result<QList<SalesFigureRow>> SalesSummaryRepository::fromDocuments(const SalesFigureQuery& query,
                                                                    QDate from, QDate to) {
    const bool bySalesperson = !query.salesperson.isEmpty();
    const QString first = from.isValid() ? isoDate(from) : QStringLiteral("0000-01-01");
    const QString last = to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31");
    QVariantList values{first, last};
    if (bySalesperson)
        values.append(query.salesperson);
    values += values; // the credit notes' part binds the same
    return rows(groupedSql(query.by, documentLines(true, bySalesperson), QString()), values);
}

Result<QList<SalesFigureRow>> SalesSummaryRepository::rows(const QString& sql,
                                                           const QVariantList& values) {
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<SalesFigureRow> out;
    while (q->next())
        out.append({q->text(0), q->text(1), q->integer(2), q->integer(3), q->integer(4)});
    return out;
}

SalesReadScope::SalesReadScope(Database& db)
    : m_db(db)
    , m_begun(db.exec(QStringLiteral("BEGIN"))) {}

SalesReadScope::~SalesReadScope() {
    if (m_begun)
        (void)m_db.exec(QStringLiteral("COMMIT")); // nothing written: ends the snapshot
}

} // namespace mostrador::storage
