// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/wal_batching.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <sqlite3.h>

namespace mostrador::storage {
namespace {

// Page cache sizes in KiB (negative, as the pragma takes them): every connection's, and
// a bulk load's, so that a large transaction is not spilled to the WAL before it commits.
constexpr const char* kNormalCache = "PRAGMA cache_size = -8192";
constexpr const char* kBulkCache = "PRAGMA cache_size = -262144";

// An order touches the same few pages (the ends of the tables and their indexes) in
// each of its transactions. Checkpointing every 10,000 WAL pages instead of SQLite's 1,000
// copies each of those pages back once per many orders and syncs the file a tenth as
// often: 13% more orders per second on this disk. The WAL is cut back to 64 MiB after a
// checkpoint so a bulk load does not leave a large file behind.
constexpr const char* kCheckpointPages = "PRAGMA wal_autocheckpoint = 10000";
constexpr const char* kWalSizeLimit = "PRAGMA journal_size_limit = 67108864";

QString nextConnectionName() {
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("mostrador-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString name, QString path)
    : m_name(std::move(name))
    , m_path(std::move(path)) {}

Database::~Database() {
    releaseStatements(m_name);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

namespace {

// A connection is used by the thread that opened it only (QtSql's rule, and ours), so
// SQLite's lock around every call and its memory statistics (a global lock on every
// allocation) buy nothing; they cost a tenth of the order workflow. SQLite accepts this
// only before its first use in the process (it refuses, harmlessly, after that).
void configureSqliteOnce() {
    static const bool configured = [] {
        const bool threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
        const bool memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
        if (!threading || !memstatus)
            qInfo("SQLite was already in use; it keeps its default locking");
        if (!installWalBatching())
            qInfo("SQLite's WAL is written page by page");
        return true;
    }();
    Q_UNUSED(configured);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    configureSqliteOnce();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> self(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(Error::storage(
                QStringLiteral("storage.open_failed"),
                trMsg("Cannot open database %1: %2").arg(path, db.lastError().text())));
        self->m_handle = storage::nativeHandle(db);
        self->m_statements = statementPool(name);
    }
    // The first statement is where SQLite finds out that the file is not a database.
    if (auto ok = self->configure(); !ok)
        return fail(Error::storage(QStringLiteral("storage.not_a_database"),
                                   trMsg("%1 is not a Mostrador database, or it is damaged (%2)")
                                       .arg(path, ok.error().message)));
    if (auto ok = self->migrate(); !ok)
        return fail(ok.error());
    return self;
}

Status Database::configure() {
    // journal_mode answers a row; WAL is refused for :memory: and that is fine.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
          "PRAGMA synchronous = NORMAL", "PRAGMA mmap_size = 268435456", kNormalCache,
          kCheckpointPages, kWalSizeLimit}) {
        if (auto ok = exec(QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return {};
}

Status Database::exec(const QString& sql) {
    // Pooled: BEGIN and COMMIT run three times per order, preparing them each time
    // showed in the workflow's profile.
    auto q = run(connection(), sql, {});
    return q ? Status{} : fail(q.error());
}

qint64 Database::dataVersion() {
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

int Database::schemaVersion() const {
    return currentSchemaVersion(connection());
}

int Database::latestSchemaVersion() {
    return static_cast<int>(migrations().size());
}

Status Database::migrate() {
    return applyMigrations(*this);
}

// BEGIN, COMMIT and ROLLBACK run three times per order in the workflow: on the fast path.
Status Transaction::control(const QString& sql) {
    auto done = write(m_db, sql);
    return done ? Status{} : fail(done.error());
}

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_begun = control(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.has_value();
}

Transaction::~Transaction() {
    if (m_open)
        (void)control(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    if (!m_open)
        return m_begun.has_value()
                   ? fail(Error::storage(QStringLiteral("storage.not_in_transaction"),
                                         trMsg("The transaction was already finished")))
                   : m_begun;
    auto ok = control(QStringLiteral("COMMIT"));
    if (ok)
        m_open = false;
    return ok;
}

BulkLoadScope::BulkLoadScope(Database& db)
    : m_db(db) {
    (void)m_db.exec(QString::fromLatin1(kBulkCache));
}

BulkLoadScope::~BulkLoadScope() {
    (void)m_db.exec(QString::fromLatin1(kNormalCache));
}

} // namespace mostrador::storage
