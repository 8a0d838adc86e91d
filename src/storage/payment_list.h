// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "storage/list_query.h"

#include <QDate>

namespace mostrador::storage {

class Database;

// The filters of a page of payments; empty ones do not filter.
struct PaymentPageQuery : ListQuery {
    QString customerCode;
    QString method;
    QString kind;
    QDate from;
    QDate to;
};

// The payments list: a page at a time and how many match, for the Payments section and
// `payment list`. Newest first (date, then number) unless sorted by a known key: date,
// number, customer, amount. The rows carry no allocations.
class PaymentList {
public:
    PaymentList(Database& db, domain::Currency currency)
        : m_db(db)
        , m_currency(currency) {}

    Result<QList<domain::Payment>> page(const PaymentPageQuery& query);
    Result<qint64> count(const PaymentPageQuery& query);

private:
    Database& m_db;
    domain::Currency m_currency;
};

} // namespace mostrador::storage
