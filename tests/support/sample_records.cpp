// SPDX-License-Identifier: MIT
#include "support/sample_records.h"

namespace mostrador::test {

domain::Product sampleProduct(const QString& sku, const QString& category, qint64 priceCents,
                              qint64 costCents) {
    domain::Product p;
    p.sku = sku;
    p.name = sku;
    p.category = category;
    p.listPrice = cents(priceCents);
    p.standardCost = cents(costCents);
    p.taxCode = QStringLiteral("IVA21");
    return p;
}

domain::Customer sampleCustomer(const QString& code, const QString& priceList) {
    domain::Customer c;
    c.code = code;
    c.name = code;
    c.priceListCode = priceList;
    return c;
}

} // namespace mostrador::test
