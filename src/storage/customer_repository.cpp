// SPDX-License-Identifier: MIT
#include "storage/customer_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Contact;
using domain::Customer;
using domain::Money;

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, tax_id, email, phone, billing_address, shipping_address, payment_terms, "
    "credit_limit, price_list, on_hold, notes, active, version");

constexpr int kInsertColumns = 15;

// "INSERT … VALUES (?, …), (?, …)" for `rows` customers, in the order of rowValues().
QString insertSql(int rows) {
    QStringList marks(kInsertColumns, QStringLiteral("?"));
    const QString row = u'(' + marks.join(QStringLiteral(", ")) + u')';
    return QStringLiteral("INSERT INTO customers (code, name, tax_id, email, phone, "
                          "billing_address, shipping_address, payment_terms, credit_limit, "
                          "price_list, on_hold, notes, active, created_at, updated_at) VALUES ") +
           QStringList(rows, row).join(QStringLiteral(", "));
}

QVariantList valuesOf(const Customer& c) {
    return {c.code,
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
            c.active};
}

QVariantList rowValues(const Customer& c, const QString& now) {
    QVariantList values = valuesOf(c);
    values << now << now;
    return values;
}

// Maps a sort key to its column; anything else sorts by name.
QString orderColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("name"), QStringLiteral("name COLLATE NOCASE")},
        {QStringLiteral("tax_id"), QStringLiteral("tax_id")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("credit_limit"), QStringLiteral("credit_limit")},
    };
    return columns.value(key, QStringLiteral("name COLLATE NOCASE"));
}

// The WHERE clause and its values for a list query.
QString whereOf(const ListQuery& query, QVariantList& values) {
    QStringList parts;
    if (!query.includeInactive)
        parts.append(QStringLiteral("active = 1"));
    const QString fts = ftsPrefixQuery(query.search);
    if (!fts.isEmpty()) {
        parts.append(
            QStringLiteral("id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?)"));
        values.append(fts);
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> CustomerRepository::insert(const Customer& c) {
    auto q = run(m_db.connection(), insertSql(1), rowValues(c, nowIso()));
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto ok = insertContacts(id, c.contacts); !ok)
        return fail(ok.error());
    return id;
}

Status CustomerRepository::insertBatch(const QList<Customer>& customers) {
    const QString now = nowIso();
    for (qsizetype start = 0; start < customers.size(); start += kBatchRows) {
        const qsizetype rows = std::min<qsizetype>(kBatchRows, customers.size() - start);
        QVariantList values;
        values.reserve(rows * kInsertColumns);
        for (qsizetype i = start; i < start + rows; ++i) {
            if (!customers[i].contacts.isEmpty())
                return fail(
                    Error::invalid(QStringLiteral("storage.batch_contacts"),
                                   trMsg("Customers with contacts cannot be written in a batch")));
            values += rowValues(customers[i], now);
        }
        auto q = run(m_db.connection(), insertSql(int(rows)), values);
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<bool> CustomerRepository::update(const Customer& c) {
    QVariantList values = valuesOf(c);
    values << nowIso() << c.id << c.version;
    auto q = run(m_db.connection(),
                 QStringLiteral("UPDATE customers SET code = ?, name = ?, tax_id = ?, email = ?, "
                                "phone = ?, billing_address = ?, shipping_address = ?, "
                                "payment_terms = ?, credit_limit = ?, price_list = ?, on_hold = ?, "
                                "notes = ?, active = ?, updated_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"),
                 values);
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() == 0)
        return false;
    if (auto ok = writeContacts(c.id, c.contacts); !ok)
        return fail(ok.error());
    return true;
}

Status CustomerRepository::writeContacts(qint64 customerId, const QList<Contact>& contacts) {
    auto cleared = run(m_db.connection(),
                       QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"), {customerId});
    if (!cleared)
        return fail(cleared.error());
    return insertContacts(customerId, contacts);
}

Status CustomerRepository::insertContacts(qint64 customerId, const QList<Contact>& contacts) {
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& k = contacts[i];
        auto q = run(m_db.connection(),
                     QStringLiteral("INSERT INTO contacts (customer_id, position, name, role, "
                                    "email, phone) VALUES (?, ?, ?, ?, ?, ?)"),
                     {customerId, qint64(i), k.name, k.role, k.email, k.phone});
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<QList<Contact>> CustomerRepository::readContacts(qint64 customerId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT id, name, role, email, phone FROM contacts "
                                 "WHERE customer_id = ? ORDER BY position"),
                  {customerId});
    if (!q)
        return fail(q.error());
    QList<Contact> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString()});
    return out;
}

Customer CustomerRepository::customerFrom(const Rows& q) const {
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.taxId = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.billingAddress = q.value(6).toString();
    c.shippingAddress = q.value(7).toString();
    c.paymentTermsCode = q.value(8).toString();
    if (!q.value(9).isNull())
        c.creditLimit = Money::fromMinor(q.value(9).toLongLong(), m_currency);
    c.priceListCode = q.value(10).toString();
    c.onHold = q.value(11).toBool();
    c.notes = q.value(12).toString();
    c.active = q.value(13).toBool();
    c.version = q.value(14).toInt();
    return c;
}

Result<std::optional<Customer>> CustomerRepository::findWhere(const QString& column,
                                                              const QVariant& value) {
    // `column` is one of two fixed identifiers chosen by the callers below.
    const QString sql = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM customers WHERE ") + column + QStringLiteral(" = ?");
    auto q = read(m_db, sql, {value});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Customer>();
    Customer c = customerFrom(*q);
    auto contacts = readContacts(c.id);
    if (!contacts)
        return fail(contacts.error());
    c.contacts = *contacts;
    return std::optional<Customer>(std::move(c));
}

Result<std::optional<Customer>> CustomerRepository::findByCode(const QString& code) {
    return findWhere(QStringLiteral("code"), code);
}

Result<std::optional<Customer>> CustomerRepository::findById(qint64 id) {
    return findWhere(QStringLiteral("id"), id);
}

Result<std::optional<QString>> CustomerRepository::codeWithTaxId(const QString& taxId,
                                                                 qint64 exceptId) {
    // "tax_id <> ''" repeats the partial index's condition so SQLite can use it.
    auto q = read(
        m_db,
        QStringLiteral("SELECT code FROM customers WHERE tax_id = ? AND tax_id <> '' AND id <> ?"),
        {taxId, exceptId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<bool> CustomerRepository::codeExists(const QString& code) {
    auto q = read(m_db, QStringLiteral("SELECT 1 FROM customers WHERE code = ?"), {code});
    if (!q)
        return fail(q.error());
    return q->next();
}

Result<QList<CustomerRow>> CustomerRepository::list(const ListQuery& query) {
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, code, name, tax_id, email, phone, credit_limit, "
                                 "on_hold, active FROM customers") +
                  whereOf(query, values);
    sql += pageClause(query, orderColumn(query.sortKey), QStringLiteral("id"), values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<CustomerRow> rows;
    while (q->next()) {
        CustomerRow r;
        r.id = q->value(0).toLongLong();
        r.code = q->value(1).toString();
        r.name = q->value(2).toString();
        r.taxId = q->value(3).toString();
        r.email = q->value(4).toString();
        r.phone = q->value(5).toString();
        if (!q->value(6).isNull())
            r.creditLimitMinor = q->value(6).toLongLong();
        r.onHold = q->value(7).toBool();
        r.active = q->value(8).toBool();
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<Customer>> CustomerRepository::listRecords(const ListQuery& query) {
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers") +
                  whereOf(query, values);
    sql += pageClause(query, orderColumn(query.sortKey), QStringLiteral("id"), values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<Customer> out;
    while (q->next())
        out.append(customerFrom(*q));
    return out;
}

Result<qint64> CustomerRepository::count(const ListQuery& query) {
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM customers") + whereOf(query, values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace mostrador::storage
