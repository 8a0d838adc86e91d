// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace mostrador::storage {

struct StatementPool;

// One connection to a Mostrador database: opens it with WAL, foreign keys and a busy
// timeout, and brings its schema up to date with the numbered migrations. A database
// written by a newer Mostrador is refused rather than guessed at.
class Database {
public:
    // `path` may be ":memory:" for tests.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    // SQLite's handle under the connection (nullptr on another driver) and the
    // connection's compiled statements, for read() and write() in storage/sql.h.
    sqlite3* nativeHandle() const { return m_handle; }
    const std::shared_ptr<StatementPool>& statements() const { return m_statements; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs one statement without parameters (pragmas, transaction control).
    Status exec(const QString& sql);
    // PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion();

private:
    Database(QString name, QString path);
    Status configure();
    Status migrate();

    QString m_name;
    QString m_path;
    sqlite3* m_handle = nullptr;
    std::shared_ptr<StatementPool> m_statements;
};

// A write transaction (BEGIN IMMEDIATE, so writers queue instead of failing late);
// it rolls back when it goes out of scope without commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; a failed begin is a storage error for the caller.
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Status control(const QString& sql);

    Database& m_db;
    Status m_begun;
    bool m_open = false;
};

// Enlarges the connection's page cache for a bulk load (imports, sample data), so that a
// large transaction is not spilled to the WAL page by page before it commits; the
// connection's usual size comes back when the scope ends.
class BulkLoadScope {
public:
    explicit BulkLoadScope(Database& db);
    ~BulkLoadScope();
    BulkLoadScope(const BulkLoadScope&) = delete;
    BulkLoadScope& operator=(const BulkLoadScope&) = delete;

private:
    Database& m_db;
};

} // namespace mostrador::storage
