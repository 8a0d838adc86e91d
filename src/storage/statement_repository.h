// SPDX-License-Identifier: MIT
#pragma once

#include "domain/account_statement.h"

#include <optional>

namespace mostrador::storage {

class Database;

// The read side of a customer's account (issue 5): the documents that move what the
// customer owes, read from their own tables through the (customer_id, date, id) index
// each has (invoices_customer, deposits_customer, payments_customer,
// chargebacks_customer, credit_notes_customer), so a period of a customer with
// thousands of documents reads only that period; and a credit note with its lines, as
// printing it needs. Money in `currency`.
class StatementRepository {
public:
    StatementRepository(Database& db, domain::Currency currency)
        : m_db(db)
        , m_currency(currency) {}

    // The customer's posted invoices, deposits, payments and refunds, chargebacks and
    // credit notes dated in the period (both ends inclusive, an invalid end open), in no
    // particular order. Drafts never appear.
    Result<QList<domain::AccountDocument>> documents(qint64 customerId,
                                                     const domain::StatementPeriod& period);
    // The sum of each kind of document dated before `from`: one aggregate per table.
    Result<domain::AccountSums> sumsBefore(qint64 customerId, const QDate& from);

private:
    Result<QHash<qint64, QStringList>> invoiceOrders(qint64 customerId, const QString& from,
                                                     const QString& to);

    Database& m_db;
    domain::Currency m_currency;
};

} // namespace mostrador::storage
