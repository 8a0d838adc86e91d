// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/product.h"

namespace mostrador::test {

// 12.50 € as a unit price: cents(1250).
inline domain::UnitPrice cents(qint64 c) {
    return domain::UnitPrice::fromTenThousandths(c * 100);
}

// A product named after its SKU, taxed IVA21, at `priceCents` with cost `costCents`.
domain::Product sampleProduct(const QString& sku, const QString& category = {},
                              qint64 priceCents = 1000, qint64 costCents = 0);
// A customer named after its code, on price list `priceList` (none when empty).
domain::Customer sampleCustomer(const QString& code, const QString& priceList = {});

} // namespace mostrador::test
