// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/stock.h"

#include <QHash>
#include <QList>

namespace mostrador::storage {

class Database;

// The stock ledger (stock_movements) and its running sums (stock_levels). Callers
// append a movement and apply it to the level in the same transaction, so on hand
// always equals the sum of the product's movements.
class StockRepository {
public:
    explicit StockRepository(Database& db)
        : m_db(db) {}

    // Zero on hand and reserved for a product that never moved.
    Result<domain::StockLevel> level(qint64 productId);
    // The levels of several products in one read; products that never moved are absent.
    Result<QHash<qint64, domain::StockLevel>> levels(const QList<qint64>& productIds);
    Result<qint64> appendMovement(const domain::StockMovement& movement);
    // Adds `delta` to on hand, creating the level row when missing.
    Status addOnHand(qint64 productId, domain::Quantity delta);
    // Adds `delta` to what open orders hold of the product (reservations).
    Status addReserved(qint64 productId, domain::Quantity delta);
    // Both at once (goods leaving against a reservation), in one statement.
    Status addLevels(qint64 productId, domain::Quantity onHandDelta,
                     domain::Quantity reservedDelta);
    // Newest first.
    Result<QList<domain::StockMovement>> movements(qint64 productId, int limit);

private:
    Database& m_db;
};

} // namespace mostrador::storage
