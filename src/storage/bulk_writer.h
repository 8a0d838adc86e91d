// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/product.h"

#include <QSqlQuery>

namespace mostrador::storage {

class Database;

// Fast inserts for generated sample data (100,000 customers in seconds): each
// statement is prepared once and re-bound per row, inside the caller's transaction.
// It checks nothing; the caller hands it rows that already passed domain validation.
class BulkWriter {
public:
    explicit BulkWriter(Database& db);
    // Gives the connection its usual page cache back.
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // Prepares the statements and enlarges the page cache, so that a large load is
    // not spilled to the WAL page by page before it commits; call once before the inserts.
    Status prepare();
    // A customer with its contacts; answers its id.
    Result<qint64> insertCustomer(const domain::Customer& customer);
    Result<qint64> insertProduct(const domain::Product& product);
    // Books an opening stock movement and sets the product's level to it.
    Status insertOpeningStock(qint64 productId, domain::Quantity qty, const QString& reason,
                              const QString& userName);

    // Takes `count` consecutive counters of the series `kind` for a document dated in
    // `year` (restarting the counter when the format shows the year); answers the first.
    struct SeriesBlock {
        QString format;
        qint64 first = 1;
    };
    Result<SeriesBlock> reserveSeries(const QString& kind, int year, qint64 count);

private:
    Status exec(QSqlQuery& query, const QVariantList& values, const char* what);

    Database& m_db;
    QString m_now;
    QVariant m_cacheSize; // the connection's cache_size before prepare()
    QSqlQuery m_customer;
    QSqlQuery m_contact;
    QSqlQuery m_product;
    QSqlQuery m_movement;
    QSqlQuery m_level;
};

} // namespace mostrador::storage
