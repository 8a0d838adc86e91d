// SPDX-License-Identifier: MIT
#include "storage/customer_batch_writer.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Customer;

namespace {

constexpr int kColumns = 15;

QString insertSql(int rows) {
    QString one = QStringLiteral("(?");
    for (int c = 1; c < kColumns; ++c)
        one += QStringLiteral(", ?");
    one += u')';
    QStringList values(rows, one);
    return QStringLiteral("INSERT INTO customers (code, name, tax_id, email, phone, "
                          "billing_address, shipping_address, payment_terms, credit_limit, "
                          "price_list, on_hold, notes, active, created_at, updated_at) VALUES ") +
           values.join(QStringLiteral(", "));
}

// A null QString is bound as an empty text, as run() does; NULL comes from QVariant().
QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

void bindCustomer(QSqlQuery& q, int row, const Customer& c, const QString& now) {
    const QVariant values[kColumns] = {
        text(c.code),
        text(c.name),
        text(c.taxId),
        text(c.email),
        text(c.phone),
        text(c.billingAddress),
        text(c.shippingAddress),
        c.paymentTermsCode.isEmpty() ? QVariant() : QVariant(c.paymentTermsCode),
        nullableInt(c.creditLimit.has_value(), c.creditLimit ? c.creditLimit->minor() : 0),
        text(c.priceListCode),
        c.onHold,
        text(c.notes),
        c.active,
        now,
        now};
    for (int i = 0; i < kColumns; ++i)
        q.bindValue(row * kColumns + i, values[i]);
}

} // namespace

CustomerBatchWriter::CustomerBatchWriter(Database& db)
    : m_db(db)
    , m_now(nowIso()) {
    m_pending.reserve(kBatchSize);
}

Status CustomerBatchWriter::add(const Customer& customer) {
    if (!customer.contacts.isEmpty())
        return fail(Error::invalid(QStringLiteral("storage.batch_contacts"),
                                   trMsg("Customers with contacts cannot be written in a batch")));
    m_pending.append(customer);
    if (m_pending.size() < kBatchSize)
        return {};
    if (!m_fullBatch) {
        m_fullBatch.emplace(m_db.connection());
        if (!m_fullBatch->prepare(insertSql(kBatchSize)))
            return fail(sqlError(m_fullBatch->lastError(), QStringLiteral("preparing customers")));
    }
    auto written = write(*m_fullBatch, m_pending);
    m_pending.clear();
    return written;
}

Status CustomerBatchWriter::flush() {
    if (m_pending.isEmpty())
        return {};
    QSqlQuery rest(m_db.connection());
    if (!rest.prepare(insertSql(int(m_pending.size()))))
        return fail(sqlError(rest.lastError(), QStringLiteral("preparing customers")));
    auto written = write(rest, m_pending);
    m_pending.clear();
    return written;
}

Status CustomerBatchWriter::write(QSqlQuery& query, const QList<Customer>& batch) {
    for (int row = 0; row < batch.size(); ++row)
        bindCustomer(query, row, batch[row], m_now);
    if (query.exec())
        return {};
    if (isUniqueViolation(query.lastError()))
        return fail(Error::rule(
            QStringLiteral("customer.duplicate"),
            trMsg("A code or tax id of the customers %1 to %2 was taken meanwhile "
                  "(%3); check the file and import it again")
                .arg(batch.first().code, batch.last().code, query.lastError().databaseText())));
    return fail(sqlError(query.lastError(), QStringLiteral("inserting customers")));
}

} // namespace mostrador::storage
