// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/quantity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::domain {

// Production planning from the order backlog (ARCHITECTURE §6): what confirmed orders
// still want, by product and week, against the stock on hand. Pure: the caller reads the
// open lines and the stock; this decides the weeks and the shortfall.

// One open order line's remaining quantity, with its product's stock facts.
struct DemandNeed {
    QString sku;
    QString productName;
    bool tracked = true; // untracked products (services) are never made nor stocked
    Quantity onHand;     // the product's, the same on each of its needs
    QDate requested;     // the line's, else the order's, else the order date
    Quantity qty;        // ordered − shipped − cancelled
};

// A product's demand in one week. available = on hand − demand of the weeks up to and
// including this one; shortfall = the part of this week's demand stock does not cover.
struct WeekDemand {
    QString sku;
    QString productName;
    QDate week; // Monday of the ISO week
    Quantity demand;
    Quantity onHand;
    Quantity available;
    Quantity shortfall;
};

// Monday of the week a need falls in: its requested date's week, or this week (the week
// of `today`) when it was wanted earlier: what is late is wanted now.
QDate demandWeek(QDate requested, QDate today);

// The tracked needs summed by product and week, by SKU then week. Stock covers the
// earliest weeks first, so per product the weeks' shortfalls add up to
// max(0, Σ demand − on hand) (stock below zero covers nothing: then Σ demand).
QList<WeekDemand> planDemand(const QList<DemandNeed>& needs, QDate today);

// The untaxed value of the open part of a line: round(net × open / qty) half away from
// zero; the whole net when nothing was shipped or cancelled.
Money openShare(Money lineNet, Quantity lineQty, Quantity open);

} // namespace mostrador::domain
