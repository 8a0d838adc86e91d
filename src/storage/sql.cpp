// SPDX-License-Identifier: MIT
#include "storage/sql.h"

#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <optional>
#include <sqlite3.h>
#include <unordered_map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace mostrador::storage {

// Statements are looked up by their SQL text on every call. Hashing the whole text cost
// more than some of the statements; its length and last 64 characters (where the WHERE
// clauses differ) spread them as well, and equality still compares the whole text.
struct SqlTextHash {
    size_t operator()(const QString& sql) const noexcept {
        const QStringView tail = sql.size() > 64 ? QStringView(sql).last(64) : QStringView(sql);
        return qHash(tail) ^ size_t(sql.size());
    }
};

// The idle prepared statements of one connection, by SQL text. A connection belongs to
// one thread, but the registry of pools is shared, hence the mutexes.
struct StatementPool {
    QMutex mutex;
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>, SqlTextHash> idle;
    std::unordered_map<QString, sqlite3_stmt*, SqlTextHash> raw; // write(): compiled once
    std::unordered_map<QString, std::vector<sqlite3_stmt*>, SqlTextHash> idleReads; // read()
    bool closed = false;

    void finalizeRaw() {
        for (auto& [sql, stmt] : raw)
            sqlite3_finalize(stmt);
        raw.clear();
        for (auto& [sql, stmts] : idleReads)
            for (sqlite3_stmt* stmt : stmts)
                sqlite3_finalize(stmt);
        idleReads.clear();
    }
};

namespace {

QMutex registryMutex;
QHash<QString, std::shared_ptr<StatementPool>>& registry() {
    static QHash<QString, std::shared_ptr<StatementPool>> pools;
    return pools;
}

std::shared_ptr<StatementPool> poolFor(const QString& connectionName) {
    QMutexLocker lock(&registryMutex);
    auto& pool = registry()[connectionName];
    if (!pool)
        pool = std::make_shared<StatementPool>();
    return pool;
}

std::unique_ptr<QSqlQuery> borrow(StatementPool& pool, const QString& sql) {
    QMutexLocker lock(&pool.mutex);
    auto it = pool.idle.find(sql);
    if (it == pool.idle.end() || it->second.empty())
        return nullptr;
    std::unique_ptr<QSqlQuery> q = std::move(it->second.back());
    it->second.pop_back();
    return q;
}

Result<std::unique_ptr<QSqlQuery>> prepared(const QSqlDatabase& db, StatementPool& pool,
                                            const QString& sql) {
    if (auto q = borrow(pool, sql))
        return q;
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return fail(sqlError(q->lastError(), sql.left(60)));
    return q;
}

} // namespace

Statement::Statement(std::shared_ptr<StatementPool> pool, QString sql,
                     std::unique_ptr<QSqlQuery> query)
    : m_pool(std::move(pool))
    , m_sql(std::move(sql))
    , m_query(std::move(query)) {}

Statement::~Statement() {
    if (!m_query || !m_pool)
        return;
    m_query->finish(); // resets the statement and releases its read lock
    QMutexLocker lock(&m_pool->mutex);
    if (!m_pool->closed)
        m_pool->idle[m_sql].push_back(std::move(m_query));
}

void releaseStatements(const QString& connectionName) {
    std::shared_ptr<StatementPool> pool;
    {
        QMutexLocker lock(&registryMutex);
        pool = registry().take(connectionName);
    }
    if (!pool)
        return;
    QMutexLocker lock(&pool->mutex);
    pool->closed = true;
    pool->idle.clear();
    pool->finalizeRaw();
}

Error sqlError(const QSqlError& error, const QString& what) {
    return Error::storage(QStringLiteral("storage.failed"),
                          trMsg("Database error while %1: %2").arg(what, error.text()));
}

Result<Statement> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    std::shared_ptr<StatementPool> pool = poolFor(db.connectionName());
    auto q = prepared(db, *pool, sql);
    if (!q)
        return fail(q.error());
    QSqlQuery& query = **q;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(QString(u""_s)) : v);
    }
    Statement statement(pool, sql, std::move(*q));
    if (!query.exec())
        return fail(sqlError(query.lastError(), sql.left(60)));
    return statement;
}

Result<Statement> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values) {
    return run(db, sql, QVariantList(values));
}

sqlite3* nativeHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

std::shared_ptr<StatementPool> statementPool(const QString& connectionName) {
    return poolFor(connectionName);
}

namespace {

Error sqliteError(sqlite3* handle, const QString& sql) {
    const int code = sqlite3_extended_errcode(handle);
    QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    // The same words QtSql gives, so callers recognise constraint failures alike.
    Error e = Error::storage(QStringLiteral("storage.failed"),
                             trMsg("Database error while %1: %2").arg(sql.left(60), text));
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
        e.code = QStringLiteral("storage.unique");
    return e;
}

int bind(sqlite3_stmt* stmt, int index, const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(stmt, index);
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::QString: {
        // UTF-8 is the database's encoding: Qt converts faster than SQLite would.
        const QByteArray text = static_cast<const QString*>(v.constData())->toUtf8();
        return sqlite3_bind_text64(stmt, index, text.isNull() ? "" : text.constData(),
                                   sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    default:
        if (v.isNull())
            return sqlite3_bind_null(stmt, index);
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, text.isNull() ? "" : text.constData(),
                                   sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
}

Result<qint64> writeNative(sqlite3* handle, StatementPool& pool, const QString& sql,
                           const QVariantList& values) {
    QMutexLocker lock(&pool.mutex);
    sqlite3_stmt*& stmt = pool.raw[sql];
    if (!stmt) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            Error e = sqliteError(handle, sql);
            pool.raw.erase(sql);
            return fail(e);
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        if (bind(stmt, int(i) + 1, values[i]) != SQLITE_OK) {
            Error e = sqliteError(handle, sql);
            sqlite3_clear_bindings(stmt);
            return fail(e);
        }
    const int rc = sqlite3_step(stmt);
    std::optional<Error> failed;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        failed = sqliteError(handle, sql);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (failed)
        return fail(*failed);
    return qint64(sqlite3_last_insert_rowid(handle));
}

} // namespace

Result<qint64> write(Database& db, const QString& sql, const QVariantList& values) {
    if (!db.nativeHandle()) // another driver: the portable path
        return mapResult(run(db.connection(), sql, values),
                         [](const Statement& s) { return s.lastInsertId().toLongLong(); });
    return writeNative(db.nativeHandle(), *db.statements(), sql, values);
}

Result<qint64> write(Database& db, const QString& sql, std::initializer_list<QVariant> values) {
    return write(db, sql, QVariantList(values));
}

namespace {

sqlite3_stmt* borrowRead(StatementPool& pool, const QString& sql) {
    QMutexLocker lock(&pool.mutex);
    auto it = pool.idleReads.find(sql);
    if (it == pool.idleReads.end() || it->second.empty())
        return nullptr;
    sqlite3_stmt* stmt = it->second.back();
    it->second.pop_back();
    return stmt;
}

} // namespace

Rows::Rows(std::shared_ptr<StatementPool> pool, QString sql, sqlite3_stmt* stmt)
    : m_pool(std::move(pool))
    , m_sql(std::move(sql))
    , m_stmt(stmt) {}

Rows::Rows(Statement portable)
    : m_portable(std::move(portable)) {}

Rows::Rows(Rows&& other) noexcept
    : m_pool(std::move(other.m_pool))
    , m_sql(std::move(other.m_sql))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_portable(std::move(other.m_portable))
    , m_firstPending(other.m_firstPending)
    , m_done(other.m_done) {}

Rows::~Rows() {
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    QMutexLocker lock(&m_pool->mutex);
    if (m_pool->closed)
        sqlite3_finalize(m_stmt);
    else
        m_pool->idleReads[m_sql].push_back(m_stmt);
}

bool Rows::next() {
    if (m_portable)
        return m_portable->next();
    if (m_firstPending) {
        m_firstPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        qWarning("read() stopped: %s", sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

bool Rows::isNull(int column) const {
    if (m_portable)
        return m_portable->value(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Rows::integer(int column) const {
    if (m_portable)
        return m_portable->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QString Rows::text(int column) const {
    if (m_portable)
        return m_portable->value(column).toString();
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Rows::value(int column) const {
    if (m_portable)
        return m_portable->value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default:
        return text(column);
    }
}

Result<Rows> read(Database& db, const QString& sql, const QVariantList& values) {
    sqlite3* handle = db.nativeHandle();
    if (!handle) {
        auto statement = run(db.connection(), sql, values);
        if (!statement)
            return fail(statement.error());
        return Rows(std::move(*statement));
    }
    const std::shared_ptr<StatementPool>& pool = db.statements();
    sqlite3_stmt* stmt = borrowRead(*pool, sql);
    if (!stmt) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
            return fail(sqliteError(handle, sql));
    }
    Rows rows(pool, sql, stmt); // from here on, the statement goes back to the pool
    for (qsizetype i = 0; i < values.size(); ++i)
        if (bind(stmt, int(i) + 1, values[i]) != SQLITE_OK)
            return fail(sqliteError(handle, sql));
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        rows.m_firstPending = true;
    else if (rc == SQLITE_DONE)
        rows.m_done = true;
    else
        return fail(sqliteError(handle, sql));
    return rows;
}

Result<Rows> read(Database& db, const QString& sql, std::initializer_list<QVariant> values) {
    return read(db, sql, QVariantList(values));
}

bool isUniqueViolation(const QSqlError& error) {
    return error.nativeErrorCode() == QLatin1String("2067") ||
           error.nativeErrorCode() == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

QString nowIso() {
    // Formatting a QDateTime costs more than the INSERT it stamps; the text up to the
    // second is kept and only the milliseconds are written each time.
    thread_local qint64 cachedSecond = -1;
    thread_local QString cachedPrefix; // "2026-11-27T21:35:34."
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate);
        cachedPrefix.chop(1); // the 'Z'
        cachedPrefix += u'.';
    }
    const int millis = int(ms % 1000);
    QString text = cachedPrefix;
    text += QChar(u'0' + millis / 100);
    text += QChar(u'0' + millis / 10 % 10);
    text += QChar(u'0' + millis % 10);
    text += u'Z';
    return text;
}

QVariant nullableInt(bool present, qint64 value) {
    return present ? QVariant(value) : QVariant();
}

} // namespace mostrador::storage
