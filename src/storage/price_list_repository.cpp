// SPDX-License-Identifier: MIT
#include "storage/price_list_repository.h"

#include "domain/iso_date.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::PriceList;
using domain::PriceRule;

namespace {

const QString kRuleColumns =
    QStringLiteral("id, price_list, sku, category, customer, min_qty, price, discount_bp, "
                   "valid_from, valid_to");

QVariant dateValue(const std::optional<QDate>& date) {
    return date ? QVariant(domain::isoDate(*date)) : QVariant();
}

std::optional<QDate> dateFrom(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return domain::parseIsoDate(v.toString());
}

PriceRule ruleFrom(const Rows& q) {
    PriceRule r;
    r.id = q.value(0).toLongLong();
    r.priceListCode = q.value(1).toString();
    r.sku = q.value(2).toString();
    r.category = q.value(3).toString();
    r.customerCode = q.value(4).toString();
    r.minQty = domain::Quantity::fromThousandths(q.value(5).toLongLong());
    if (!q.value(6).isNull())
        r.fixedPrice = domain::UnitPrice::fromTenThousandths(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        r.discount = domain::Percent::fromBasisPoints(q.value(7).toLongLong());
    r.validFrom = dateFrom(q.value(8));
    r.validTo = dateFrom(q.value(9));
    return r;
}

// The rules of one list matching a search: `search` is the start of the SKU, category or
// customer code, with LIKE's wildcards escaped.
QString listFilter(const QString& priceListCode, const ListQuery& query, QVariantList& values) {
    values << priceListCode;
    const QString search = query.search.trimmed();
    if (search.isEmpty())
        return QStringLiteral("price_list = ?");
    QString pattern = search;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern += u'%';
    values << pattern << pattern << pattern;
    return QStringLiteral("price_list = ? AND (sku LIKE ? ESCAPE '\\' OR category LIKE ? "
                          "ESCAPE '\\' OR customer LIKE ? ESCAPE '\\')");
}

// The SQL expression a sort key stands for; a fixed whitelist.
QString ruleOrder(const QString& sortKey) {
    static const QHash<QString, QString> orders = {
        {QStringLiteral("target"), QStringLiteral("sku || category")},
        {QStringLiteral("customer"), QStringLiteral("customer")},
        {QStringLiteral("min_qty"), QStringLiteral("min_qty")},
        {QStringLiteral("price"), QStringLiteral("price")},
        {QStringLiteral("discount"), QStringLiteral("discount_bp")},
        {QStringLiteral("from"), QStringLiteral("valid_from")},
        {QStringLiteral("to"), QStringLiteral("valid_to")},
    };
    return orders.value(sortKey, QStringLiteral("id"));
}

} // namespace

Status PriceListRepository::insertList(const PriceList& list) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO price_lists (code, name, currency) VALUES (?, ?, ?)"),
                 {list.code, list.name, list.currency.code()});
    if (!q)
        return fail(q.error());
    return {};
}

Result<std::optional<PriceList>> PriceListRepository::findList(const QString& code) {
    auto q =
        read(m_db, QStringLiteral("SELECT code, name, currency FROM price_lists WHERE code = ?"),
             {code});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<PriceList>();
    return PriceList{q->value(0).toString(), q->value(1).toString(),
                     domain::Currency::fromCode(q->value(2).toString())};
}

Result<QList<PriceList>> PriceListRepository::lists() {
    auto q =
        read(m_db, QStringLiteral("SELECT code, name, currency FROM price_lists ORDER BY code"));
    if (!q)
        return fail(q.error());
    QList<PriceList> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(),
                    domain::Currency::fromCode(q->value(2).toString())});
    return out;
}

Result<bool> PriceListRepository::updateList(const PriceList& list) {
    auto q =
        run(m_db.connection(), QStringLiteral("UPDATE price_lists SET name = ? WHERE code = ?"),
            {list.name, list.code});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<qint64> PriceListRepository::insertRule(const PriceRule& r) {
    auto q = run(
        m_db.connection(),
        QStringLiteral("INSERT INTO price_rules (price_list, sku, category, customer, "
                       "min_qty, price, discount_bp, valid_from, valid_to, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.priceListCode, r.sku, r.category, r.customerCode, r.minQty.thousandths(),
         nullableInt(r.fixedPrice.has_value(), r.fixedPrice ? r.fixedPrice->tenThousandths() : 0),
         nullableInt(r.discount.has_value(), r.discount ? r.discount->basisPoints() : 0),
         dateValue(r.validFrom), dateValue(r.validTo), nowIso()});
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<qint64> PriceListRepository::upsertRule(const PriceRule& r) {
    // "x = ? OR (x IS NULL AND ? IS NULL)" matches absent dates in any SQL dialect.
    const QVariant from = dateValue(r.validFrom);
    const QVariant to = dateValue(r.validTo);
    auto same =
        read(m_db,
             QStringLiteral("SELECT id FROM price_rules WHERE price_list = ? AND sku = ? AND "
                            "category = ? AND customer = ? AND min_qty = ? AND (valid_from = ? OR "
                            "(valid_from IS NULL AND ? IS NULL)) AND (valid_to = ? OR (valid_to IS "
                            "NULL AND ? IS NULL)) ORDER BY id DESC LIMIT 1"),
             {r.priceListCode, r.sku, r.category, r.customerCode, r.minQty.thousandths(), from,
              from, to, to});
    if (!same)
        return fail(same.error());
    if (!same->next())
        return insertRule(r);
    PriceRule existing = r;
    existing.id = same->value(0).toLongLong();
    if (auto updated = updateRule(existing); !updated)
        return fail(updated.error());
    return existing.id;
}

Result<std::optional<PriceRule>> PriceListRepository::findRule(qint64 id) {
    auto found = selectRules(QStringLiteral("id = ?"), {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::optional<PriceRule>() : found->first();
}

Result<bool> PriceListRepository::updateRule(const PriceRule& r) {
    auto q = run(
        m_db.connection(),
        QStringLiteral("UPDATE price_rules SET sku = ?, category = ?, customer = ?, min_qty = ?, "
                       "price = ?, discount_bp = ?, valid_from = ?, valid_to = ? WHERE id = ?"),
        {r.sku, r.category, r.customerCode, r.minQty.thousandths(),
         nullableInt(r.fixedPrice.has_value(), r.fixedPrice ? r.fixedPrice->tenThousandths() : 0),
         nullableInt(r.discount.has_value(), r.discount ? r.discount->basisPoints() : 0),
         dateValue(r.validFrom), dateValue(r.validTo), r.id});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<bool> PriceListRepository::deleteRule(qint64 id) {
    auto q = run(m_db.connection(), QStringLiteral("DELETE FROM price_rules WHERE id = ?"), {id});
    if (!q)
        return fail(q.error());
    return q->numRowsAffected() > 0;
}

Result<QList<PriceRule>> PriceListRepository::selectRules(const QString& where,
                                                          const QVariantList& values,
                                                          const QString& tail) {
    // `where` and `tail` are fixed clauses written by the callers below.
    auto q =
        read(m_db,
             QStringLiteral("SELECT ") + kRuleColumns + QStringLiteral(" FROM price_rules WHERE ") +
                 where + (tail.isEmpty() ? QStringLiteral(" ORDER BY id") : tail),
             values);
    if (!q)
        return fail(q.error());
    QList<PriceRule> out;
    while (q->next())
        out.append(ruleFrom(*q));
    return out;
}

Result<QList<PriceRule>> PriceListRepository::rules(const QString& priceListCode) {
    return selectRules(QStringLiteral("price_list = ?"), {priceListCode});
}

Result<QList<PriceRule>> PriceListRepository::rulePage(const QString& priceListCode,
                                                       const ListQuery& query) {
    QVariantList values;
    const QString where = listFilter(priceListCode, query, values);
    const QString tail = pageClause(query, ruleOrder(query.sortKey), QStringLiteral("id"), values);
    return selectRules(where, values, tail);
}

Result<qint64> PriceListRepository::ruleCount(const QString& priceListCode,
                                              const ListQuery& query) {
    QVariantList values;
    const QString where = listFilter(priceListCode, query, values);
    // `where` is the fixed clause listFilter() wrote.
    auto q = read(m_db, QStringLiteral("SELECT COUNT(*) FROM price_rules WHERE ") + where, values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<PriceRule>> PriceListRepository::candidates(const QString& priceListCode,
                                                         const QString& customerCode,
                                                         const QString& sku,
                                                         const QString& category) {
    // Three indexed branches; the customer's own rules still have to match the product.
    // An empty category must not pick up every product rule ('' is "no category").
    return selectRules(
        QStringLiteral("(price_list = ? AND sku = ?) OR (price_list = ? AND category = ? AND "
                       "category <> '') OR (customer = ? AND customer <> '' AND (sku = ? OR "
                       "(category = ? AND category <> '')))"),
        {priceListCode, sku, priceListCode, category, customerCode, sku, category});
}

namespace {

// "?, ?, ?" for `n` values (at least one, so the SQL stays valid).
QString placeholders(qsizetype n) {
    QString out = QStringLiteral("?");
    for (qsizetype i = 1; i < n; ++i)
        out += QStringLiteral(", ?");
    return out;
}

} // namespace

Result<QList<PriceRule>> PriceListRepository::candidatesForAll(const QString& priceListCode,
                                                               const QString& customerCode,
                                                               const QStringList& skus,
                                                               const QStringList& categories) {
    QVariantList values{priceListCode};
    for (const QString& sku : skus)
        values.append(sku);
    if (skus.isEmpty())
        values.append(QString());
    for (const QString& category : categories)
        values.append(category);
    if (categories.isEmpty())
        values.append(QString());
    values.append(customerCode);
    return selectRules(QStringLiteral("(price_list = ? AND (sku IN (%1) OR (category IN (%2) "
                                      "AND category <> ''))) OR (customer = ? AND customer <> '')")
                           .arg(placeholders(skus.size()), placeholders(categories.size())),
                       values);
}

} // namespace mostrador::storage
