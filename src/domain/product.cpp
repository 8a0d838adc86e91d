// SPDX-License-Identifier: MIT
#include "domain/product.h"

#include "domain/customer.h"

namespace mostrador::domain {

Status validateProduct(const Product& p) {
    if (!isValidCode(p.sku, 40))
        return fail(Error::invalid(
            QStringLiteral("product.sku_invalid"),
            trMsg("SKU “%1”: use 1 to 40 capital letters, digits, '-', '_' or '.'").arg(p.sku),
            QStringLiteral("sku")));
    if (p.name.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("product.name_required"),
                                   trMsg("The product's name is required"),
                                   QStringLiteral("name")));
    if (p.unit.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("product.unit_required"),
                                   trMsg("The unit is required"), QStringLiteral("unit")));
    if (p.listPrice.isNegative())
        return fail(Error::invalid(QStringLiteral("product.price_negative"),
                                   trMsg("The list price cannot be negative"),
                                   QStringLiteral("price")));
    if (p.standardCost.isNegative())
        return fail(Error::invalid(QStringLiteral("product.cost_negative"),
                                   trMsg("The standard cost cannot be negative"),
                                   QStringLiteral("cost")));
    if (p.weightKg.isNegative())
        return fail(Error::invalid(QStringLiteral("product.weight_negative"),
                                   trMsg("The weight cannot be negative"),
                                   QStringLiteral("weight")));
    return {};
}

} // namespace mostrador::domain
