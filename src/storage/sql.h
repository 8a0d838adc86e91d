// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace mostrador::storage {

class Database;
struct StatementPool;

// A prepared statement borrowed from its connection's pool. It goes back, reset, when
// the handle dies, so each SQL text is compiled once per connection instead of once per
// call: the services run the same few statements thousands of times.
class Statement {
public:
    Statement(std::shared_ptr<StatementPool> pool, QString sql, std::unique_ptr<QSqlQuery> query);
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    ~Statement();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    const QSqlQuery& query() const { return *m_query; }
    operator const QSqlQuery&() const { return *m_query; }

private:
    std::shared_ptr<StatementPool> m_pool;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
};

// A storage Error from a failed query, with the SQL error text for the log.
Error sqlError(const QSqlError& error, const QString& what);

// Takes `sql` prepared from the pool (or prepares it), binds `values` positionally and
// executes it. A null QString binds as an empty text; SQL NULL is an invalid QVariant().
Result<Statement> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values = {});
Result<Statement> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// Runs a statement that answers no rows (INSERT, UPDATE, DELETE, BEGIN, COMMIT) through
// SQLite's own API on the connection's handle, its compiled form kept per connection.
// The order workflow runs dozens of these per order, and QtSql's binding cost more than
// SQLite's work. Values: integers, bools, texts (null QString = empty text) and
// QVariant() for SQL NULL. Answers the last inserted rowid.
Result<qint64> write(Database& db, const QString& sql, const QVariantList& values);
Result<qint64> write(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});

// The rows of a read(). On SQLite it steps SQLite's own statement and converts only the
// columns asked for; the statement goes back to the connection's pool, reset, when the
// Rows die. Columns are read by position, as the SELECT lists them.
class Rows {
public:
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&&) = delete;
    ~Rows();

    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // a NULL column answers a null QString
    QVariant value(int column) const;

private:
    friend Result<Rows> read(Database&, const QString&, const QVariantList&);
    Rows(std::shared_ptr<StatementPool> pool, QString sql, sqlite3_stmt* stmt);
    explicit Rows(Statement portable);

    std::shared_ptr<StatementPool> m_pool;
    QString m_sql;
    sqlite3_stmt* m_stmt = nullptr;
    std::optional<Statement> m_portable; // another driver: through QtSql
    bool m_firstPending = false;         // read() stepped to the first row already
    bool m_done = false;
};

// Runs a SELECT the way write() runs its statements: through SQLite's API on QtSql's
// handle, compiled once per connection. For the reads of the order workflow, where
// QtSql's row cache cost more than the query (see docs/architecture.md, "Workflow speed").
// The first row is fetched here, so a failing query fails the Result.
Result<Rows> read(Database& db, const QString& sql, const QVariantList& values);
Result<Rows> read(Database& db, const QString& sql, std::initializer_list<QVariant> values = {});

// The SQLite handle under a QtSql connection (nullptr on another driver) and the pool of
// compiled statements kept for a connection: Database looks both up once, when it opens.
sqlite3* nativeHandle(const QSqlDatabase& db);
std::shared_ptr<StatementPool> statementPool(const QString& connectionName);

// Finalizes the pooled statements of a connection; Database calls it before closing.
void releaseStatements(const QString& connectionName);

// Whether the error is a UNIQUE constraint violation (the caller names the field).
bool isUniqueViolation(const QSqlError& error);

QString nowIso();
// NULL for "no value", else the integer.
QVariant nullableInt(bool present, qint64 value);

} // namespace mostrador::storage
