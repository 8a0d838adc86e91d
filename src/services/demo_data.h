// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/product.h"

#include <QStringList>

namespace mostrador::services::demo {

// What the generated records may refer to: only codes that exist in the database.
struct Catalogue {
    QStringList termCodes; // payment terms to spread over customers (may be empty)
    QStringList taxCodes;  // existing tax rates
    QString generalTax;    // the tax most products take ("IVA21" when it exists)
    domain::Currency currency;
};

// Realistic Spanish sample records. Each is a pure function of its index, so a load
// of N records is the same on every run and machine.
domain::Customer customer(qint64 index, const QString& code, const Catalogue& catalogue);
domain::Product product(qint64 index, const Catalogue& catalogue);
// The opening stock of a tracked sample product.
domain::Quantity openingStock(qint64 index, const domain::Product& product);

} // namespace mostrador::services::demo
