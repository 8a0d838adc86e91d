// SPDX-License-Identifier: MIT
#include "storage/bulk_writer.h"

#include "domain/numbering.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Customer;
using domain::Product;

namespace {

// A null QString is an empty text, as in run(); NULL comes from an invalid QVariant.
QVariant bindable(const QVariant& v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

Status prepareOne(QSqlQuery& q, const QString& sql) {
    if (!q.prepare(sql))
        return fail(sqlError(q.lastError(), sql.left(60)));
    return {};
}

} // namespace

BulkWriter::BulkWriter(Database& db)
    : m_db(db)
    , m_customer(db.connection())
    , m_contact(db.connection())
    , m_product(db.connection())
    , m_movement(db.connection())
    , m_level(db.connection()) {}

namespace {
constexpr int kBulkCacheKiB = 256 * 1024;
} // namespace

BulkWriter::~BulkWriter() {
    if (m_cacheSize.isValid())
        (void)run(m_db.connection(), QStringLiteral("PRAGMA cache_size = ") +
                                         QString::number(m_cacheSize.toLongLong()));
}

Status BulkWriter::prepare() {
    m_now = nowIso();
    auto cache = run(m_db.connection(), QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return fail(cache.error());
    if (cache->next())
        m_cacheSize = cache->value(0);
    // A number, not a bound value: PRAGMA takes no parameters.
    if (auto ok = run(m_db.connection(),
                      QStringLiteral("PRAGMA cache_size = -") + QString::number(kBulkCacheKiB));
        !ok)
        return fail(ok.error());
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_customer,
         QStringLiteral(
             "INSERT INTO customers (code, name, tax_id, email, phone, billing_address, "
             "shipping_address, payment_terms, credit_limit, price_list, on_hold, notes, "
             "active, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_contact,
         QStringLiteral("INSERT INTO contacts (customer_id, position, name, role, email, "
                        "phone) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_product,
         QStringLiteral(
             "INSERT INTO products (sku, name, unit, list_price, standard_cost, tax_code, "
             "weight_g, category, tracked, active, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_movement, QStringLiteral("INSERT INTO stock_movements (product_id, qty, kind, reason, "
                                     "user_name, at) VALUES (?, ?, 'adjustment', ?, ?, ?)")},
        {&m_level, QStringLiteral("INSERT INTO stock_levels (product_id, on_hand) VALUES (?, ?) "
                                  "ON CONFLICT (product_id) DO UPDATE "
                                  "SET on_hand = on_hand + excluded.on_hand")},
    };
    for (const auto& [query, sql] : statements) {
        query->setForwardOnly(true);
        if (auto ok = prepareOne(*query, sql); !ok)
            return ok;
    }
    return {};
}

Status BulkWriter::exec(QSqlQuery& q, const QVariantList& values, const char* what) {
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), bindable(values[i]));
    if (q.exec())
        return {};
    if (isUniqueViolation(q.lastError()))
        return fail(Error::rule(QStringLiteral("storage.duplicate"),
                                trMsg("While %1: a code or tax id is already used (%2)")
                                    .arg(QString::fromLatin1(what), q.lastError().databaseText())));
    return fail(sqlError(q.lastError(), QString::fromLatin1(what)));
}

Result<qint64> BulkWriter::insertCustomer(const Customer& c) {
    const QVariantList values{
        c.code,
        c.name,
        c.taxId,
        c.email,
        c.phone,
        c.billingAddress,
        c.shippingAddress,
        c.paymentTermsCode.isEmpty() ? QVariant() : QVariant(c.paymentTermsCode),
        nullableInt(c.creditLimit.has_value(), c.creditLimit ? c.creditLimit->minor() : 0),
        c.priceListCode,
        c.onHold,
        c.notes,
        c.active,
        m_now,
        m_now};
    if (auto ok = exec(m_customer, values, "inserting a customer"); !ok)
        return fail(ok.error());
    const qint64 id = m_customer.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < c.contacts.size(); ++i) {
        const domain::Contact& k = c.contacts[i];
        if (auto ok = exec(m_contact, {id, qint64(i), k.name, k.role, k.email, k.phone},
                           "inserting a contact");
            !ok)
            return fail(ok.error());
    }
    return id;
}

Result<qint64> BulkWriter::insertProduct(const Product& p) {
    const QVariantList values{p.sku,
                              p.name,
                              p.unit,
                              p.listPrice.tenThousandths(),
                              p.standardCost.tenThousandths(),
                              p.taxCode.isEmpty() ? QVariant() : QVariant(p.taxCode),
                              p.weightKg.thousandths(),
                              p.category,
                              p.tracked,
                              p.active,
                              m_now,
                              m_now};
    if (auto ok = exec(m_product, values, "inserting a product"); !ok)
        return fail(ok.error());
    return m_product.lastInsertId().toLongLong();
}

Status BulkWriter::insertOpeningStock(qint64 productId, domain::Quantity qty, const QString& reason,
                                      const QString& userName) {
    if (auto ok = exec(m_movement, {productId, qty.thousandths(), reason, userName, m_now},
                       "booking opening stock");
        !ok)
        return ok;
    return exec(m_level, {productId, qty.thousandths()}, "setting a stock level");
}

Result<BulkWriter::SeriesBlock> BulkWriter::reserveSeries(const QString& kind, int year,
                                                          qint64 count) {
    auto q =
        run(m_db.connection(),
            QStringLiteral("SELECT format, year, next_value FROM number_series WHERE kind = ?"),
            {kind});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("series.unknown"),
                                    trMsg("There is no number series for %1").arg(kind)));
    SeriesBlock block{q->value(0).toString(), q->value(2).toLongLong()};
    const bool yearly = domain::seriesResetsYearly(block.format);
    const int storedYear = q->value(1).toInt();
    if (yearly && storedYear != year)
        block.first = 1;
    auto saved =
        run(m_db.connection(),
            QStringLiteral("UPDATE number_series SET year = ?, next_value = ? WHERE kind = ?"),
            {yearly ? year : storedYear, block.first + count, kind});
    if (!saved)
        return fail(saved.error());
    return block;
}

} // namespace mostrador::storage
