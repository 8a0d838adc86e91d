// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace mostrador::storage {

// A storage Error from a failed query, with the SQL error text for the log.
Error sqlError(const QSqlError& error, const QString& what);

// Prepares `sql`, binds `values` positionally and executes it.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values = {});
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// Whether the error is a UNIQUE constraint violation (the caller names the field).
bool isUniqueViolation(const QSqlError& error);

QString nowIso();
// NULL for "no value", else the integer.
QVariant nullableInt(bool present, qint64 value);

} // namespace mostrador::storage
