// SPDX-License-Identifier: MIT
#include "storage/sales_order_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Money;
using domain::SalesOrder;

namespace {

const QString kHeaderColumns =
    QStringLiteral("id, number, status, date, requested_date, salesperson, notes, "
                   "quotation_number, currency, untaxed, tax, total, version, customer_id, "
                   "invoicing_status, hold_reasons, approval_reasons, release_reason, "
                   "released_by, cancel_reason, open_value, deposits, ");
constexpr int kPartyFirst = 22;

// Reasons are kept one per line.
QStringList reasonsFrom(const QString& text) {
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

SalesOrder headerFrom(const Rows& row) {
    SalesOrder o;
    o.id = row.integer(0);
    o.number = row.text(1);
    o.status = row.text(2);
    o.date = dateFrom(row.text(3));
    o.requestedDate = dateFrom(row.text(4));
    o.salesperson = row.text(5);
    o.notes = row.text(6);
    o.quotationNumber = row.text(7);
    o.currency = domain::Currency::fromCode(row.text(8));
    o.untaxed = Money::fromMinor(row.integer(9), o.currency);
    o.tax = Money::fromMinor(row.integer(10), o.currency);
    o.total = Money::fromMinor(row.integer(11), o.currency);
    o.version = int(row.integer(12));
    o.party = partyFrom(row, kPartyFirst);
    o.party.customerId = row.integer(13);
    o.invoicingStatus = row.text(14);
    o.holdReasons = reasonsFrom(row.text(15));
    o.approvalReasons = reasonsFrom(row.text(16));
    o.releaseReason = row.text(17);
    o.releasedBy = row.text(18);
    o.cancelReason = row.text(19);
    o.openValue = Money::fromMinor(row.integer(20), o.currency);
    o.deposits = Money::fromMinor(row.integer(21), o.currency);
    return o;
}

// Sort keys and the fixed expressions they map to; `alias` qualifies the columns
// ("o." in the outer query of a page, where line columns share some names).
QString orderColumn(const QString& key, const QString& alias = {}) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("number"), QStringLiteral("%1number")},
        {QStringLiteral("customer"), QStringLiteral("%1customer_name COLLATE NOCASE")},
        {QStringLiteral("date"), QStringLiteral("%1date")},
        {QStringLiteral("requested_date"), QStringLiteral("%1requested_date")},
        {QStringLiteral("total"), QStringLiteral("%1total")},
        {QStringLiteral("status"), QStringLiteral("%1status")},
    };
    return columns.value(key, QStringLiteral("%1date")).arg(alias);
}

// A number prefix as a range the unique index on number answers (LIKE would scan):
// numbers are upper case, so the prefix is too.
void appendNumberRange(const QString& prefix, QVariantList& values) {
    const QString from = prefix.toUpper();
    values << from << QString(from + QChar(0xFFFF));
}

// Lines that can leave now: something remains and it is reserved, in stock, or needs
// no stock at all.
// Lines that can leave now: something remains and it is reserved, needs no stock, or
// its product has free stock. The cheap tests come first so most lines stop there.
const QString kShippableLine = QStringLiteral(
    "EXISTS (SELECT 1 FROM sales_order_lines l WHERE l.order_id = sales_orders.id AND "
    "l.qty - l.shipped_qty - l.cancelled_qty > 0 AND (l.reserved_qty > 0 OR NOT EXISTS "
    "(SELECT 1 FROM products p WHERE p.id = l.product_id AND p.tracked = 1) OR EXISTS "
    "(SELECT 1 FROM stock_levels s WHERE s.product_id = l.product_id AND "
    "s.on_hand > s.reserved)))");

// The search: a number prefix (as a range on the unique index; LIKE would scan) or a
// customer. `dense` turns the search's indexes off ("+column"), so a search that matches
// most orders ("SO-2") walks the sort order and stops at the page instead of
// gathering and sorting every match.
QString searchClause(const QString& search, bool dense, QVariantList& values) {
    const QString p = dense ? QStringLiteral("+") : QString();
    QString clause = QStringLiteral("(%1number >= ? AND %1number < ?)").arg(p);
    appendNumberRange(search, values);
    if (const QString fts = ftsPrefixQuery(search); !fts.isEmpty()) {
        clause += QStringLiteral(" OR %1customer_id IN (SELECT rowid FROM customers_fts "
                                 "WHERE customers_fts MATCH ?)")
                      .arg(p);
        values.append(fts);
    }
    return u'(' + clause + u')';
}

QString whereOf(const OrderListQuery& query, QVariantList& values, bool dense = false) {
    QStringList parts;
    if (!query.status.isEmpty()) {
        parts.append(QStringLiteral("status = ?"));
        values.append(query.status);
    }
    if (query.queue)
        parts.append(QStringLiteral("status IN ('credit_hold', 'awaiting_approval')"));
    if (query.toShip)
        parts.append(QStringLiteral("status IN ('confirmed', 'partially_shipped') AND ") +
                     kShippableLine);
    if (!query.customerCode.isEmpty()) {
        parts.append(QStringLiteral("customer_id = (SELECT id FROM customers WHERE code = ?)"));
        values.append(query.customerCode.trimmed().toUpper());
    }
    if (query.from.isValid()) {
        parts.append(QStringLiteral("date >= ?"));
        values.append(isoDate(query.from));
    }
    if (query.to.isValid()) {
        parts.append(QStringLiteral("date <= ?"));
        values.append(isoDate(query.to));
    }
    if (const QString search = query.search.trimmed(); !search.isEmpty())
        parts.append(searchClause(search, dense, values));
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// Within a state, orders follow their date, as the index on (status, date, id) keeps
// them; every other order ends with the id.
QString tieBreak(const OrderListQuery& query, const QString& alias = {}) {
    if (query.sortKey == u"status")
        return QStringLiteral("%1date%2, %1id")
            .arg(alias, query.descending ? QStringLiteral(" DESC") : QString());
    return alias + QStringLiteral("id");
}

// Whether a search matches more than a few pages of orders: probed through the indexes,
// stopping at kDenseRows.
constexpr int kDenseRows = 2000;
Result<bool> isDense(Database& db, const QString& search) {
    QVariantList values;
    const QString clause = searchClause(search, false, values);
    values.append(kDenseRows);
    auto q = run(db.connection(),
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sales_orders WHERE ") +
                     clause + QStringLiteral(" LIMIT ?)"),
                 values);
    if (!q)
        return fail(q.error());
    return q->next() && q->value(0).toInt() >= kDenseRows;
}

OrderRow rowFrom(const QSqlQuery& q) {
    OrderRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.status = q.value(2).toString();
    r.invoicingStatus = q.value(3).toString();
    r.customerCode = q.value(4).toString();
    r.customerName = q.value(5).toString();
    r.date = dateFrom(q.value(6));
    r.requestedDate = dateFrom(q.value(7));
    r.salesperson = q.value(8).toString();
    r.total = Money::fromMinor(q.value(9).toLongLong(),
                               domain::Currency::fromCode(q.value(10).toString()));
    r.ordered = domain::Quantity::fromThousandths(q.value(11).toLongLong());
    r.shipped = domain::Quantity::fromThousandths(q.value(12).toLongLong());
    r.invoiced = domain::Quantity::fromThousandths(q.value(13).toLongLong());
    r.untaxed = Money::fromMinor(q.value(14).toLongLong(), r.total.currency());
    r.tax = Money::fromMinor(q.value(15).toLongLong(), r.total.currency());
    return r;
}

} // namespace

Result<qint64> SalesOrderRepository::insert(SalesOrder& o, qint64 quotationId) {
    const QString now = nowIso();
    QVariantList values = {o.number,
                           o.status,
                           o.party.customerId,
                           isoDate(o.date),
                           o.requestedDate.isValid() ? QVariant(isoDate(o.requestedDate))
                                                     : QVariant(),
                           o.salesperson,
                           o.notes,
                           quotationId ? QVariant(quotationId) : QVariant(),
                           o.quotationNumber,
                           o.currency.code(),
                           o.untaxed.minor(),
                           o.tax.minor(),
                           o.total.minor()};
    values.append(partyValues(o.party));
    values << now << now;
    static const QString sql =
        QStringLiteral("INSERT INTO sales_orders (number, status, customer_id, date, "
                       "requested_date, salesperson, notes, quotation_id, "
                       "quotation_number, currency, untaxed, tax, total, ") +
        partyColumns() +
        QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto inserted = write(m_db, sql, values);
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = *inserted;
    auto lineIds = writeLines(m_db, LineTable::Order, id, o.lines);
    if (!lineIds)
        return fail(lineIds.error());
    o.id = id;
    o.version = 1;
    for (qsizetype i = 0; i < o.lines.size(); ++i)
        o.lines[i].id = lineIds->at(i);
    return id;
}

Result<bool> SalesOrderRepository::update(const SalesOrder& o) {
    QVariantList values = {o.party.customerId,
                           isoDate(o.date),
                           o.requestedDate.isValid() ? QVariant(isoDate(o.requestedDate))
                                                     : QVariant(),
                           o.salesperson,
                           o.notes,
                           o.untaxed.minor(),
                           o.tax.minor(),
                           o.total.minor()};
    values.append(partyValues(o.party));
    values << nowIso() << o.id << o.version;
    auto row = run(m_db.connection(),
                   QStringLiteral("UPDATE sales_orders SET (customer_id, date, requested_date, "
                                  "salesperson, notes, untaxed, tax, total, ") +
                       partyColumns() +
                       QStringLiteral(") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), "
                                      "updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND status = 'draft'"),
                   values);
    if (!row)
        return fail(row.error());
    if (row->numRowsAffected() != 1)
        return false;
    if (auto ok = writeLines(m_db, LineTable::Order, o.id, o.lines); !ok)
        return fail(ok.error());
    return true;
}

Status SalesOrderRepository::writeState(const SalesOrder& o) {
    const QString now = nowIso();
    auto q =
        write(m_db,
              QStringLiteral("UPDATE sales_orders SET status = ?, invoicing_status = ?, "
                             "hold_reasons = ?, approval_reasons = ?, release_reason = ?, "
                             "released_by = ?, cancel_reason = ?, open_value = ?, "
                             "deposits = ?, confirmed_at = CASE WHEN ? = 'confirmed' AND "
                             "confirmed_at IS NULL THEN ? ELSE confirmed_at END, "
                             "version = version + 1, updated_at = ? WHERE id = ?"),
              {o.status, o.invoicingStatus, o.holdReasons.join(QLatin1Char('\n')),
               o.approvalReasons.join(QLatin1Char('\n')), o.releaseReason, o.releasedBy,
               o.cancelReason, o.openValue.minor(), o.deposits.minor(), o.status, now, now, o.id});
    return q ? Status{} : fail(q.error());
}

Status SalesOrderRepository::writeFulfilment(const domain::DocumentLine& line) {
    auto q = write(m_db,
                   QStringLiteral("UPDATE sales_order_lines SET reserved_qty = ?, shipped_qty = ?, "
                                  "invoiced_qty = ?, cancelled_qty = ? WHERE id = ?"),
                   {line.reserved.thousandths(), line.shipped.thousandths(),
                    line.invoiced.thousandths(), line.cancelled.thousandths(), line.id});
    return q ? Status{} : fail(q.error());
}

Result<std::optional<SalesOrder>> SalesOrderRepository::findByNumber(const QString& number) {
    static const QString sql = QStringLiteral("SELECT ") + kHeaderColumns + partyColumns() +
                               QStringLiteral(" FROM sales_orders WHERE number = ?");
    auto row = read(m_db, sql, {number});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<SalesOrder>();
    SalesOrder o = headerFrom(*row);
    auto lines = readLines(m_db, LineTable::Order, o.id, o.currency);
    if (!lines)
        return fail(lines.error());
    o.lines = *lines;
    return std::optional<SalesOrder>(std::move(o));
}

// The page is cut first (behind the indexes) and only its rows get their line sums.
Result<QList<OrderRow>> SalesOrderRepository::list(const OrderListQuery& query) {
    bool dense = false;
    if (const QString search = query.search.trimmed(); !search.isEmpty()) {
        auto many = isDense(m_db, search);
        if (!many)
            return fail(many.error());
        dense = *many;
    }
    QVariantList values;
    // Two statements: the values must be appended in the order of their placeholders.
    QString page = QStringLiteral("SELECT id, number, status, invoicing_status, customer_code, "
                                  "customer_name, date, requested_date, salesperson, total, "
                                  "currency, untaxed, tax FROM sales_orders") +
                   whereOf(query, values, dense);
    page += pageClause(query, orderColumn(query.sortKey), tieBreak(query), values);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sql =
        QStringLiteral("SELECT o.id, o.number, o.status, o.invoicing_status, o.customer_code, "
                       "o.customer_name, o.date, o.requested_date, o.salesperson, o.total, "
                       "o.currency, COALESCE(SUM(l.qty - l.cancelled_qty), 0), "
                       "COALESCE(SUM(l.shipped_qty), 0), COALESCE(SUM(l.invoiced_qty), 0), "
                       "o.untaxed, o.tax FROM (") +
        page +
        QStringLiteral(") o LEFT JOIN sales_order_lines l ON l.order_id = o.id GROUP BY o.id "
                       "ORDER BY ") +
        orderColumn(query.sortKey, QStringLiteral("o.")) + direction + QStringLiteral(", ") +
        tieBreak(query, QStringLiteral("o.")) + direction;
    auto q = run(m_db.connection(), sql, values);
    if (!q)
        return fail(q.error());
    QList<OrderRow> rows;
    while (q->next())
        rows.append(rowFrom(*q));
    return rows;
}

Result<qint64> SalesOrderRepository::count(const OrderListQuery& query) {
    QVariantList values;
    auto q =
        run(m_db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM sales_orders") + whereOf(query, values), values);
    if (!q)
        return fail(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Result<domain::Quantity> SalesOrderRepository::backlog(qint64 productId) {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT COALESCE(SUM(l.qty - l.shipped_qty - l.cancelled_qty), 0) "
                                "FROM sales_order_lines l JOIN sales_orders o ON "
                                "o.id = l.order_id WHERE l.product_id = ? AND o.status IN "
                                "('confirmed', 'partially_shipped')"),
                 {productId});
    if (!q)
        return fail(q.error());
    q->next();
    return domain::Quantity::fromThousandths(q->value(0).toLongLong());
}

} // namespace mostrador::storage
