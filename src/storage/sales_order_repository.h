// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"

#include <optional>

namespace mostrador::storage {

class Database;

// Maps sales orders and their lines to rows and back. No rules here.
class SalesOrderRepository {
public:
    explicit SalesOrderRepository(Database& db)
        : m_db(db) {}

    // `quotationId` links an order made from a quotation (0: none).
    Result<qint64> insert(const domain::SalesOrder& order, qint64 quotationId = 0);
    Result<std::optional<domain::SalesOrder>> findByNumber(const QString& number);

private:
    Database& m_db;
};

} // namespace mostrador::storage
