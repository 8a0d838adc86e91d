// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/fulfilment_repository.h"
#include "storage/shipping_facts.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Quantity;
using domain::Shipment;
using domain::ShipmentLine;

namespace {

const QString kHeaderColumns = QStringLiteral(
    "id, number, order_number, customer_id, customer_code, customer_name, shipping_address, "
    "date, carrier, tracking, packages, freight_terms, weight, notes, user_name");

Shipment headerFrom(const Rows& q) {
    Shipment s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.orderNumber = q.value(2).toString();
    s.party.customerId = q.value(3).toLongLong();
    s.party.customerCode = q.value(4).toString();
    s.party.customerName = q.value(5).toString();
    s.party.shippingAddress = q.value(6).toString();
    s.date = dateFrom(q.value(7));
    s.carrier = q.value(8).toString();
    s.tracking = q.value(9).toString();
    s.packages = q.value(10).toInt();
    s.freightTerms = q.value(11).toString();
    s.weightKg = Quantity::fromThousandths(q.value(12).toLongLong());
    s.notes = q.value(13).toString();
    s.shippedBy = q.value(14).toString();
    return s;
}

Status insertLines(Database& db, qint64 shipmentId, const QList<ShipmentLine>& lines) {
    const QString sql = QStringLiteral(
        "INSERT INTO shipment_lines (shipment_id, position, order_line_id, product_id, sku, "
        "description, unit, qty, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ShipmentLine& l = lines[i];
        auto q = write(db, sql,
                       {shipmentId, int(i + 1), l.orderLineId, l.productId, l.sku, l.description,
                        l.unit, l.qty.thousandths(), l.weightKg.thousandths()});
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<QList<ShipmentLine>> shipmentLines(Database& db, qint64 shipmentId) {
    auto q = read(db,
                  QStringLiteral("SELECT id, order_line_id, product_id, sku, description, unit, "
                                 "qty, weight FROM shipment_lines WHERE shipment_id = ? "
                                 "ORDER BY position"),
                  {shipmentId});
    if (!q)
        return fail(q.error());
    QList<ShipmentLine> lines;
    while (q->next()) {
        ShipmentLine l;
        l.id = q->value(0).toLongLong();
        l.orderLineId = q->value(1).toLongLong();
        l.productId = q->value(2).toLongLong();
        l.sku = q->value(3).toString();
        l.description = q->value(4).toString();
        l.unit = q->value(5).toString();
        l.qty = Quantity::fromThousandths(q->value(6).toLongLong());
        l.weightKg = Quantity::fromThousandths(q->value(7).toLongLong());
        lines.append(std::move(l));
    }
    return lines;
}

// Headers of the query's rows, each completed with its lines.
Result<QList<Shipment>> withLines(Database& db, Rows& q) {
    QList<Shipment> shipments;
    while (q.next())
        shipments.append(headerFrom(q));
    for (Shipment& s : shipments) {
        auto lines = shipmentLines(db, s.id);
        if (!lines)
            return fail(lines.error());
        s.lines = *lines;
    }
    return shipments;
}

QString orderColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("order"), QStringLiteral("order_number")},
        {QStringLiteral("customer"), QStringLiteral("customer_name COLLATE NOCASE")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("carrier"), QStringLiteral("carrier")},
    };
    return columns.value(key, QStringLiteral("date"));
}

// A number prefix as a range the unique indexes on number answer (LIKE would scan);
// numbers are upper case, so the prefix is too.
void appendNumberRange(const QString& prefix, QVariantList& values) {
    const QString from = prefix.toUpper();
    values << from << QString(from + QChar(0xFFFF));
}

// The shipment's or its order's number by prefix (as ranges on their indexes; LIKE would
// scan), or the customer's name or code.
QString searchClause(const QString& search, QVariantList& values) {
    QString clause =
        QStringLiteral("(number >= ? AND number < ?) OR (order_number >= ? AND order_number < ?)");
    appendNumberRange(search, values);
    appendNumberRange(search, values);
    if (const QString fts = ftsPrefixQuery(search); !fts.isEmpty()) {
        clause += QStringLiteral(" OR customer_id IN (SELECT rowid FROM customers_fts "
                                 "WHERE customers_fts MATCH ?)");
        values.append(fts);
    }
    return u'(' + clause + u')';
}

QString whereOf(const ShipmentListQuery& query, QVariantList& values) {
    QStringList parts;
    if (!query.carrier.isEmpty()) {
        parts.append(QStringLiteral("carrier = ?"));
        values.append(query.carrier);
    }
    if (!query.orderNumber.isEmpty()) {
        parts.append(QStringLiteral("order_id = (SELECT id FROM sales_orders WHERE number = ?)"));
        values.append(query.orderNumber.trimmed().toUpper());
    }
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
        parts.append(searchClause(search, values));
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<QHash<qint64, ShippingFacts>> shippingFacts(Database& db, qint64 orderId) {
    auto q = read(db,
                  QStringLiteral("SELECT DISTINCT p.id, p.name, p.weight_g, p.tracked, "
                                 "COALESCE(s.on_hand, 0) FROM sales_order_lines l "
                                 "JOIN products p ON p.id = l.product_id "
                                 "LEFT JOIN stock_levels s ON s.product_id = p.id "
                                 "WHERE l.order_id = ?"),
                  {orderId});
    if (!q)
        return fail(q.error());
    QHash<qint64, ShippingFacts> facts;
    while (q->next())
        facts.insert(q->value(0).toLongLong(),
                     {q->value(1).toString(), Quantity::fromThousandths(q->value(2).toLongLong()),
                      q->value(3).toBool(), Quantity::fromThousandths(q->value(4).toLongLong())});
    return facts;
}

Result<qint64> ShipmentRepository::insert(const Shipment& s, qint64 orderId) {
    auto inserted = write(
        m_db,
        QStringLiteral("INSERT INTO shipments (number, order_id, order_number, customer_id, "
                       "customer_code, customer_name, shipping_address, date, carrier, "
                       "tracking, packages, freight_terms, weight, notes, user_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.number, orderId, s.orderNumber, s.party.customerId, s.party.customerCode,
         s.party.customerName, s.party.shippingAddress, isoDate(s.date), s.carrier, s.tracking,
         s.packages, s.freightTerms, s.weightKg.thousandths(), s.notes, s.shippedBy, nowIso()});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = *inserted;
    if (auto ok = insertLines(m_db, id, s.lines); !ok)
        return fail(ok.error());
    return id;
}

Result<std::optional<Shipment>> ShipmentRepository::findByNumber(const QString& number) {
    auto q = read(m_db,
                  QStringLiteral("SELECT ") + kHeaderColumns +
                      QStringLiteral(" FROM shipments WHERE number = ?"),
                  {number});
    if (!q)
        return fail(q.error());
    auto found = withLines(m_db, *q);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<Shipment>();
    return std::optional<Shipment>(std::move(found->first()));
}

Result<QList<Shipment>> ShipmentRepository::forOrder(qint64 orderId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT ") + kHeaderColumns +
                      QStringLiteral(" FROM shipments WHERE order_id = ? ORDER BY id"),
                  {orderId});
    if (!q)
        return fail(q.error());
    return withLines(m_db, *q);
}

Result<QList<ShipmentRow>> ShipmentRepository::list(const ShipmentListQuery& query) {
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, number, order_number, customer_code, customer_name, "
                                 "date, carrier, tracking, packages, weight, user_name "
                                 "FROM shipments") +
                  whereOf(query, values);
    sql += pageClause(query, orderColumn(query.sortKey), QStringLiteral("id"), values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<ShipmentRow> rows;
    while (q->next()) {
        ShipmentRow r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.orderNumber = q->value(2).toString();
        r.customerCode = q->value(3).toString();
        r.customerName = q->value(4).toString();
        r.date = dateFrom(q->value(5));
        r.carrier = q->value(6).toString();
        r.tracking = q->value(7).toString();
        r.packages = q->value(8).toInt();
        r.weightKg = Quantity::fromThousandths(q->value(9).toLongLong());
        r.shippedBy = q->value(10).toString();
        rows.append(std::move(r));
    }
    return rows;
}

Result<qint64> ShipmentRepository::count(const ShipmentListQuery& query) {
    QVariantList values;
    auto q = read(m_db, QStringLiteral("SELECT COUNT(*) FROM shipments") + whereOf(query, values),
                  values);
    if (!q)
        return fail(q.error());
    q->next();
    return q->value(0).toLongLong();
}

// The carrier index answers the distinct values in order without touching the rows.
Result<QStringList> ShipmentRepository::carriers() {
    auto q = read(m_db, QStringLiteral("SELECT DISTINCT carrier FROM shipments WHERE carrier <> '' "
                                       "ORDER BY carrier"));
    if (!q)
        return fail(q.error());
    QStringList carriers;
    while (q->next())
        carriers.append(q->value(0).toString());
    return carriers;
}

} // namespace mostrador::storage
