// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "storage/list_query.h"

#include <QList>
#include <QString>
#include <optional>

namespace mostrador::storage {

class Database;
class Rows;

// What a customer list shows: one row per customer, no contacts.
struct CustomerRow {
    qint64 id = 0;
    QString code;
    QString name;
    QString taxId;
    QString email;
    QString phone;
    std::optional<qint64> creditLimitMinor;
    bool onHold = false;
    bool active = true;
};

// Maps customers and their contacts to rows and back. No rules here: the service
// validates; this reports what the database says (exists, duplicate, stale version).
class CustomerRepository {
public:
    // `currency` is the company currency, read at each use (it may change at setup).
    CustomerRepository(Database& db, const domain::Currency& currency)
        : m_db(db)
        , m_currency(currency) {}

    Result<qint64> insert(const domain::Customer& customer);
    // Many customers without contacts, a hundred rows per INSERT: one statement per row
    // is three times slower, as the full-text index flushes at the end of each statement.
    Status insertBatch(const QList<domain::Customer>& customers);
    static constexpr int kBatchRows = 100;
    // Writes `customer` if its version is still current; answers false when stale.
    Result<bool> update(const domain::Customer& customer);
    Result<std::optional<domain::Customer>> findByCode(const QString& code);
    Result<std::optional<domain::Customer>> findById(qint64 id);
    // The code of the customer holding this tax id, if any (excluding `exceptId`).
    Result<std::optional<QString>> codeWithTaxId(const QString& taxId, qint64 exceptId = 0);
    Result<bool> codeExists(const QString& code);

    // Sort keys: code, name, tax_id, email, phone, credit_limit.
    Result<QList<CustomerRow>> list(const ListQuery& query);
    Result<qint64> count(const ListQuery& query);
    // Whole records of one page, without contacts (exports).
    Result<QList<domain::Customer>> listRecords(const ListQuery& query);

private:
    Status writeContacts(qint64 customerId, const QList<domain::Contact>& contacts);
    Status insertContacts(qint64 customerId, const QList<domain::Contact>& contacts);
    Result<QList<domain::Contact>> readContacts(qint64 customerId);
    domain::Customer customerFrom(const Rows& row) const;
    Result<std::optional<domain::Customer>> findWhere(const QString& column, const QVariant& value);

    Database& m_db;
    const domain::Currency& m_currency;
};

} // namespace mostrador::storage
