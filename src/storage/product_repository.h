// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "storage/list_query.h"

#include <QHash>
#include <QList>
#include <optional>

namespace mostrador::storage {

class Database;

// What a product list shows, with its stock position (zero when never moved).
struct ProductRow {
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit;
    QString category;
    QString taxCode;
    domain::UnitPrice listPrice;
    domain::UnitPrice standardCost;
    domain::Quantity onHand;
    domain::Quantity reserved;
    domain::Quantity weightKg;
    bool tracked = true;
    bool active = true;
};

// Maps products to rows and back; weight is stored in grams (the thousandths of a kg
// that Quantity holds). No rules here: the service validates.
class ProductRepository {
public:
    explicit ProductRepository(Database& db)
        : m_db(db) {}

    Result<qint64> insert(const domain::Product& product);
    // Writes `product` if its version is still current; answers false when stale.
    Result<bool> update(const domain::Product& product);
    Result<std::optional<domain::Product>> findBySku(const QString& sku);
    // The products of `skus` (exact, upper-case) that exist, by SKU, in one read.
    Result<QHash<QString, domain::Product>> findBySkus(const QStringList& skus);
    Result<std::optional<domain::Product>> findById(qint64 id);
    Result<bool> skuExists(const QString& sku);

    // Sort keys: sku, name, category, price, cost, on_hand, available.
    Result<QList<ProductRow>> list(const ListQuery& query);
    Result<qint64> count(const ListQuery& query);
    // The categories in use, sorted (the products_category index answers it).
    Result<QStringList> categories();

private:
    Result<std::optional<domain::Product>> findWhere(const QString& column, const QVariant& value);

    Database& m_db;
};

} // namespace mostrador::storage
