// SPDX-License-Identifier: MIT
#pragma once

#include "domain/audit.h"
#include "domain/error.h"

#include <QList>

namespace mostrador::storage {

class Database;

// Appends to and reads the audit log; the schema refuses updates and deletes.
class AuditRepository {
public:
    explicit AuditRepository(Database& db)
        : m_db(db) {}

    Status append(const domain::AuditEntry& entry);
    // Newest first; an empty entity lists everything.
    Result<QList<domain::AuditEntry>> list(const QString& entity, const QString& entityKey,
                                           int limit = 200);

private:
    Database& m_db;
};

} // namespace mostrador::storage
