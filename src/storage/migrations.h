// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace mostrador::storage {

class Database;

struct Migration {
    int version;
    QString name;
    QString sql;
};

// The numbered migrations shipped in resources/sql, in order.
const QList<Migration>& migrations();
// Splits a migration into statements; trigger bodies (BEGIN … END;) stay whole.
QStringList splitStatements(const QString& sql);
int currentSchemaVersion(const QSqlDatabase& db);
// Applies each missing migration in its own transaction; refuses a newer database.
Status applyMigrations(Database& db);

} // namespace mostrador::storage
