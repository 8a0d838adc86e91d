// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "domain/stock.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/list_query.h"
#include "storage/product_repository.h"

#include <QList>
#include <memory>
#include <optional>

namespace mostrador::services {

using storage::ProductRow;

// The product catalogue. SKUs are unique and never change once created; the tax code
// must name an existing tax rate (empty takes the setting product.default_tax).
class ProductService {
public:
    explicit ProductService(ServiceContext& ctx);
    ~ProductService();

    // `initialStock` (tracked products only) is booked as an adjustment "initial stock".
    Result<domain::Product> create(const domain::Actor& actor, domain::Product product,
                                   std::optional<domain::Quantity> initialStock = std::nullopt);
    Result<domain::Product> update(const domain::Actor& actor, domain::Product product);
    Result<domain::Product> get(const domain::Actor& actor, const QString& sku);
    // Sort keys: sku, name, category, price, cost, on_hand, available.
    Result<QList<ProductRow>> list(const domain::Actor& actor, const storage::ListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const storage::ListQuery& query);
    Result<domain::StockLevel> stockLevel(const domain::Actor& actor, const QString& sku);
    // Every category in use, sorted, for editors to offer.
    Result<QStringList> categories(const domain::Actor& actor);

    // create() without its own transaction or permission check, for imports.
    Result<domain::Product> createInTransaction(const domain::Actor& actor, domain::Product product,
                                                std::optional<domain::Quantity> initialStock);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The stock ledger: adjustments now; shipments and returns write movements later.
class StockService {
public:
    explicit StockService(ServiceContext& ctx);
    ~StockService();

    // Adds a signed quantity with a reason (required); an adjustment that would take
    // on hand below zero is refused. Untracked products are refused.
    Result<domain::StockLevel> adjust(const domain::Actor& actor, const QString& sku,
                                      domain::Quantity qty, const QString& reason);
    // Newest first.
    Result<QList<domain::StockMovement>> movements(const domain::Actor& actor, const QString& sku,
                                                   int limit = 200);

    // adjust() without its own transaction or permission check (product creation, imports).
    Result<domain::StockLevel> adjustInTransaction(const domain::Actor& actor, qint64 productId,
                                                   domain::Quantity qty, const QString& reason);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
