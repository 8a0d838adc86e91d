// SPDX-License-Identifier: MIT
#pragma once

#include "domain/quantity.h"

#include <QDateTime>
#include <QString>

namespace mostrador::domain {

// Kinds of stock movement; persisted keys.
namespace movement {
inline constexpr char16_t kAdjustment[] = u"adjustment";
inline constexpr char16_t kShipment[] = u"shipment";
inline constexpr char16_t kReturn[] = u"return";
} // namespace movement

// One line of the stock ledger: on hand is the sum of a product's movements.
struct StockMovement {
    qint64 id = 0;
    qint64 productId = 0;
    Quantity qty; // signed: receipts positive, issues negative
    QString kind;
    QString reason;
    QString reference;
    QString userName;
    QDateTime at;
};

// The stock position of one product.
struct StockLevel {
    Quantity onHand;
    Quantity reserved;
    Quantity available() const { return onHand - reserved; }
};

} // namespace mostrador::domain
