// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/quantity.h"

#include <QHash>
#include <QString>

namespace mostrador::storage {

class Database;

// What shipping needs of a product: its name for messages, its weight, whether it
// keeps stock, and how much is on hand (zero when it never moved).
struct ShippingFacts {
    QString name;
    domain::Quantity weightKg;
    bool tracked = true;
    domain::Quantity onHand;
};

// The facts of every product on order `orderId`, by product id, in one read: a
// shipment touches each of them, and one query costs less than two per line.
Result<QHash<qint64, ShippingFacts>> shippingFacts(Database& db, qint64 orderId);

} // namespace mostrador::storage
