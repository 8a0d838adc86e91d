// SPDX-License-Identifier: MIT
#include "storage/import_lookup.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

Result<QSet<QString>> ImportLookup::column(const QString& sql) {
    auto q = run(m_db.connection(), sql);
    if (!q)
        return fail(q.error());
    QSet<QString> values;
    while (q->next())
        values.insert(q->value(0).toString());
    return values;
}

Result<QSet<QString>> ImportLookup::customerCodes() {
    return column(QStringLiteral("SELECT code FROM customers"));
}

Result<QHash<QString, QString>> ImportLookup::customerTaxIds() {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT tax_id, code FROM customers WHERE tax_id <> ''"));
    if (!q)
        return fail(q.error());
    QHash<QString, QString> holders;
    while (q->next())
        holders.insert(q->value(0).toString(), q->value(1).toString());
    return holders;
}

Result<QSet<QString>> ImportLookup::productSkus() {
    return column(QStringLiteral("SELECT sku FROM products"));
}

Result<QSet<QString>> ImportLookup::paymentTermCodes() {
    return column(QStringLiteral("SELECT code FROM payment_terms"));
}

Result<QSet<QString>> ImportLookup::priceListCodes() {
    return column(QStringLiteral("SELECT code FROM price_lists"));
}

Result<QSet<QString>> ImportLookup::taxCodes() {
    return column(QStringLiteral("SELECT code FROM tax_rates"));
}

} // namespace mostrador::storage
