// SPDX-License-Identifier: MIT
#include "storage/sql.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace mostrador::storage {

// The idle prepared statements of one connection, by SQL text. A connection belongs to
// one thread, but the registry of pools is shared, hence the mutexes.
struct StatementPool {
    QMutex mutex;
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> idle;
    bool closed = false;
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

bool isUniqueViolation(const QSqlError& error) {
    return error.nativeErrorCode() == QLatin1String("2067") ||
           error.nativeErrorCode() == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullableInt(bool present, qint64 value) {
    return present ? QVariant(value) : QVariant();
}

} // namespace mostrador::storage
