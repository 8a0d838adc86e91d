// SPDX-License-Identifier: MIT
#include "storage/statement_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Money;

namespace {

// Open ends of a period as ISO texts that sort before and after every real date, so
// each query keeps one SQL text (one compiled statement) whatever the period.
QString fromText(const QDate& from) {
    return from.isValid() ? isoDate(from) : QStringLiteral("0000-01-01");
}
QString toText(const QDate& to) {
    return to.isValid() ? isoDate(to) : QStringLiteral("9999-12-31");
}

// Every source answers the same columns: kind, id, date, number, amount, method,
// reference, reason, return (or credit note) number, order number, due date, open.
// Each filters on its (customer_id, date) index.
const QString kDocumentsSql = QStringLiteral(
    "SELECT 'invoice', i.id, i.date, i.number, i.total, '', '', '', '', '', "
    "COALESCE(i.due_date, (SELECT MAX(d.due_date) FROM invoice_due_dates d "
    "WHERE d.invoice_id = i.id)), i.balance "
    "FROM invoices i WHERE i.customer_id = ? AND i.date >= ? AND i.date <= ? "
    "AND i.status <> 'draft' "
    "UNION ALL SELECT 'deposit', d.id, d.date, d.number, d.amount, d.method, d.reference, '', '', "
    "o.number, NULL, 0 FROM deposits d JOIN sales_orders o ON o.id = d.order_id "
    "WHERE d.customer_id = ? AND d.date >= ? AND d.date <= ? "
    "UNION ALL SELECT p.kind, p.id, p.date, p.number, p.amount, p.method, p.reference, '', "
    "COALESCE(n.number, ''), '', NULL, 0 FROM payments p "
    "LEFT JOIN credit_notes n ON n.id = p.credit_note_id "
    "WHERE p.customer_id = ? AND p.date >= ? AND p.date <= ? "
    "UNION ALL SELECT 'chargeback', b.id, b.date, b.number, b.amount, '', p.number, b.reason, "
    "'', '', NULL, 0 FROM chargebacks b JOIN payments p ON p.id = b.payment_id "
    "WHERE b.customer_id = ? AND b.date >= ? AND b.date <= ? "
    "UNION ALL SELECT 'credit_note', n.id, n.date, n.number, n.total, '', '', n.reason, "
    "COALESCE(r.number, ''), '', NULL, 0 FROM credit_notes n "
    "LEFT JOIN returns r ON r.id = n.return_id "
    "WHERE n.customer_id = ? AND n.date >= ? AND n.date <= ?");

} // namespace

Result<QList<domain::AccountDocument>>
StatementRepository::documents(qint64 customerId, const domain::StatementPeriod& period) {
    const QString from = fromText(period.from);
    const QString to = toText(period.to);
    QVariantList values;
    for (int source = 0; source < 5; ++source)
        values << customerId << from << to;
    auto orders = invoiceOrders(customerId, from, to);
    if (!orders)
        return fail(orders.error());
    auto rows = read(m_db, kDocumentsSql, values);
    if (!rows)
        return fail(rows.error());
    QList<domain::AccountDocument> out;
    while (rows->next()) {
        domain::AccountDocument d;
        d.kind = rows->text(0);
        d.id = rows->integer(1);
        d.date = dateFrom(rows->text(2));
        d.number = rows->text(3);
        d.amount = Money::fromMinor(rows->integer(4), m_currency);
        d.method = rows->text(5);
        d.reference = rows->text(6);
        d.reason = rows->text(7);
        d.returnNumber = rows->text(8);
        if (!rows->text(9).isEmpty())
            d.orders = {rows->text(9)};
        else if (d.kind == domain::statement_kind::kInvoice)
            d.orders = orders->value(d.id);
        d.dueDate = dateFrom(rows->text(10));
        d.open = Money::fromMinor(rows->integer(11), m_currency);
        out.append(std::move(d));
    }
    return out;
}

// The orders each posted invoice of the period invoices, each once, in line order: read
// apart so the documents' query stays one portable UNION.
Result<QHash<qint64, QStringList>>
StatementRepository::invoiceOrders(qint64 customerId, const QString& from, const QString& to) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT l.invoice_id, l.order_number FROM invoices i "
                                    "JOIN invoice_lines l ON l.invoice_id = i.id "
                                    "WHERE i.customer_id = ? AND i.date >= ? AND i.date <= ? "
                                    "AND i.status <> 'draft' AND l.order_number <> '' "
                                    "ORDER BY l.invoice_id, l.position"),
                     {customerId, from, to});
    if (!rows)
        return fail(rows.error());
    QHash<qint64, QStringList> out;
    while (rows->next()) {
        QStringList& orders = out[rows->integer(0)];
        if (!orders.contains(rows->text(1)))
            orders.append(rows->text(1));
    }
    return out;
}

Result<domain::AccountSums> StatementRepository::sumsBefore(qint64 customerId, const QDate& from) {
    if (!from.isValid()) {
        const Money zero = Money::zero(m_currency);
        return domain::AccountSums{zero, zero, zero, zero, zero};
    }
    const QString before = isoDate(from);
    auto rows = read(
        m_db,
        QStringLiteral(
            "SELECT (SELECT COALESCE(SUM(total), 0) FROM invoices WHERE customer_id = ? "
            "AND date < ? AND status <> 'draft'), "
            "(SELECT COALESCE(SUM(amount), 0) FROM chargebacks WHERE customer_id = ? AND date < "
            "?), "
            "(SELECT COALESCE(SUM(amount), 0) FROM deposits WHERE customer_id = ? AND date < ?), "
            "(SELECT COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ? AND date < ?), "
            "(SELECT COALESCE(SUM(total), 0) FROM credit_notes WHERE customer_id = ? AND date < "
            "?)"),
        {customerId, before, customerId, before, customerId, before, customerId, before, customerId,
         before});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return fail(Error::storage(QStringLiteral("statement.sums"),
                                   trMsg("The account's opening balance could not be read")));
    auto m = [&](int column) { return Money::fromMinor(rows->integer(column), m_currency); };
    return domain::AccountSums{m(0), m(1), m(2), m(3), m(4)};
}

} // namespace mostrador::storage
