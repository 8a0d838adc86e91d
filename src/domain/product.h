// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QString>

namespace mostrador::domain {

// A product of the catalogue. Weight is in kilograms with three decimals (grams);
// untracked products (services, freight) keep no stock.
struct Product {
    qint64 id = 0;
    QString sku;
    QString name;
    QString unit = QStringLiteral("ud");
    UnitPrice listPrice;
    UnitPrice standardCost;
    QString taxCode;
    Quantity weightKg;
    QString category;
    bool tracked = true;
    bool active = true;
    int version = 0;

    friend bool operator==(const Product&, const Product&) = default;
};

Status validateProduct(const Product& product);

} // namespace mostrador::domain
