// SPDX-License-Identifier: MIT
#include "storage/product_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Product;
using domain::Quantity;
using domain::UnitPrice;

namespace {

const QString kColumns = QStringLiteral("id, sku, name, unit, list_price, standard_cost, tax_code, "
                                        "weight_g, category, tracked, active, version");

QVariantList valuesOf(const Product& p) {
    return {p.sku,
            p.name,
            p.unit,
            p.listPrice.tenThousandths(),
            p.standardCost.tenThousandths(),
            p.taxCode.isEmpty() ? QVariant() : QVariant(p.taxCode),
            p.weightKg.thousandths(),
            p.category,
            p.tracked,
            p.active};
}

Product productFrom(const Rows& q) {
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.unit = q.value(3).toString();
    p.listPrice = UnitPrice::fromTenThousandths(q.value(4).toLongLong());
    p.standardCost = UnitPrice::fromTenThousandths(q.value(5).toLongLong());
    p.taxCode = q.value(6).toString();
    p.weightKg = Quantity::fromThousandths(q.value(7).toLongLong());
    p.category = q.value(8).toString();
    p.tracked = q.value(9).toBool();
    p.active = q.value(10).toBool();
    p.version = q.value(11).toInt();
    return p;
}

// Maps a sort key to its expression (a fixed whitelist); anything else sorts by name.
QString orderColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("sku"), QStringLiteral("p.sku")},
        {QStringLiteral("name"), QStringLiteral("p.name COLLATE NOCASE")},
        {QStringLiteral("category"), QStringLiteral("p.category COLLATE NOCASE")},
        {QStringLiteral("price"), QStringLiteral("p.list_price")},
        {QStringLiteral("cost"), QStringLiteral("p.standard_cost")},
        {QStringLiteral("on_hand"), QStringLiteral("COALESCE(s.on_hand, 0)")},
        {QStringLiteral("available"),
         QStringLiteral("COALESCE(s.on_hand, 0) - COALESCE(s.reserved, 0)")},
    };
    return columns.value(key, QStringLiteral("p.name COLLATE NOCASE"));
}

QString whereOf(const ListQuery& query, QVariantList& values) {
    QStringList parts;
    if (!query.includeInactive)
        parts.append(QStringLiteral("p.active = 1"));
    const QString fts = ftsPrefixQuery(query.search);
    if (!fts.isEmpty()) {
        parts.append(
            QStringLiteral("p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)"));
        values.append(fts);
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

ProductRow rowFrom(const Rows& q) {
    ProductRow r;
    r.id = q.value(0).toLongLong();
    r.sku = q.value(1).toString();
    r.name = q.value(2).toString();
    r.unit = q.value(3).toString();
    r.category = q.value(4).toString();
    r.taxCode = q.value(5).toString();
    r.listPrice = UnitPrice::fromTenThousandths(q.value(6).toLongLong());
    r.standardCost = UnitPrice::fromTenThousandths(q.value(7).toLongLong());
    r.onHand = Quantity::fromThousandths(q.value(8).toLongLong());
    r.reserved = Quantity::fromThousandths(q.value(9).toLongLong());
    r.tracked = q.value(10).toBool();
    r.active = q.value(11).toBool();
    r.weightKg = Quantity::fromThousandths(q.value(12).toLongLong());
    return r;
}

} // namespace

Result<qint64> ProductRepository::insert(const Product& p) {
    const QString now = nowIso();
    QVariantList values = valuesOf(p);
    values << now << now;
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO products (sku, name, unit, list_price, standard_cost, "
                                "tax_code, weight_g, category, tracked, active, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values);
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<bool> ProductRepository::update(const Product& p) {
    QVariantList values = valuesOf(p);
    values << nowIso() << p.id << p.version;
    auto q = run(m_db.connection(),
                 QStringLiteral("UPDATE products SET sku = ?, name = ?, unit = ?, list_price = ?, "
                                "standard_cost = ?, tax_code = ?, weight_g = ?, category = ?, "
                                "tracked = ?, active = ?, updated_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"),
                 values);
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<std::optional<Product>> ProductRepository::findWhere(const QString& column,
                                                            const QVariant& value) {
    // `column` is one of two fixed identifiers chosen by the callers below.
    const QString sql = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM products WHERE ") + column + QStringLiteral(" = ?");
    auto q = read(m_db, sql, {value});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Product>();
    return std::optional<Product>(productFrom(*q));
}

Result<std::optional<Product>> ProductRepository::findBySku(const QString& sku) {
    return findWhere(QStringLiteral("sku"), sku);
}

Result<QHash<QString, Product>> ProductRepository::findBySkus(const QStringList& skus) {
    QHash<QString, Product> found;
    if (skus.isEmpty())
        return found;
    QString marks = QStringLiteral("?");
    QVariantList values{skus.first()};
    for (qsizetype i = 1; i < skus.size(); ++i) {
        marks += QStringLiteral(", ?");
        values.append(skus[i]);
    }
    auto q = read(m_db,
                  QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM products WHERE sku IN (%1)").arg(marks),
                  values);
    if (!q)
        return fail(q.error());
    while (q->next()) {
        Product p = productFrom(*q);
        found.insert(p.sku, p);
    }
    return found;
}

Result<std::optional<Product>> ProductRepository::findById(qint64 id) {
    return findWhere(QStringLiteral("id"), id);
}

Result<bool> ProductRepository::skuExists(const QString& sku) {
    auto q = read(m_db, QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {sku});
    if (!q)
        return fail(q.error());
    return q->next();
}

Result<QList<ProductRow>> ProductRepository::list(const ListQuery& query) {
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.category, p.tax_code, p.list_price, "
                       "p.standard_cost, COALESCE(s.on_hand, 0), COALESCE(s.reserved, 0), "
                       "p.tracked, p.active, p.weight_g FROM products p "
                       "LEFT JOIN stock_levels s ON s.product_id = p.id") +
        whereOf(query, values);
    sql += pageClause(query, orderColumn(query.sortKey), QStringLiteral("p.id"), values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<ProductRow> rows;
    while (q->next())
        rows.append(rowFrom(*q));
    return rows;
}

Result<qint64> ProductRepository::count(const ListQuery& query) {
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM products p") + whereOf(query, values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> ProductRepository::categories() {
    auto q = read(m_db, QStringLiteral("SELECT DISTINCT category FROM products "
                                       "WHERE category <> '' ORDER BY category"));
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

} // namespace mostrador::storage
