// SPDX-License-Identifier: MIT
#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources() {
    Q_INIT_RESOURCE(migrations);
}

namespace mostrador::storage {

const QList<Migration>& migrations() {
    static const QList<Migration> all = [] {
        initMigrationResources();
        QList<Migration> out;
        const QDir dir(QStringLiteral(":/sql"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            out.append({file.section(u'_', 0, 0).toInt(), file, QString::fromUtf8(f.readAll())});
        }
        return out;
    }();
    return all;
}

QStringList splitStatements(const QString& sql) {
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : sql.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + u'\n';
        if (line.endsWith(QLatin1String("BEGIN")))
            inTrigger = true;
        const bool ends = inTrigger ? line == QLatin1String("END;") : line.endsWith(u';');
        if (ends) {
            out.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

int currentSchemaVersion(const QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

namespace {

// A migration that rebuilds a table (SQLite's way of changing its constraints: new table,
// copy, drop, rename) says so on a line of its own. Dropping the old table with foreign
// keys on would delete or refuse its children, so it runs with them off and proves them
// intact before it commits. The pragma only takes effect outside a transaction.
bool rebuildsTables(const Migration& m) {
    return m.sql.contains(QLatin1String("\n-- foreign_keys: off\n")) ||
           m.sql.startsWith(QLatin1String("-- foreign_keys: off\n"));
}

Status foreignKeysIntact(Database& db, const Migration& m) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(sqlError(q.lastError(), m.name));
    if (q.next())
        return fail(Error::storage(QStringLiteral("storage.migration_failed"),
                                   trMsg("Migration %1 failed: a row of %2 lost its parent")
                                       .arg(m.name, q.value(0).toString())));
    return {};
}

Status applyStatements(Database& db, const Migration& m) {
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const QString& statement : splitStatements(m.sql)) {
        QSqlQuery q(db.connection());
        if (!q.exec(statement))
            return fail(
                Error::storage(QStringLiteral("storage.migration_failed"),
                               trMsg("Migration %1 failed: %2").arg(m.name, q.lastError().text())));
    }
    auto recorded =
        run(db.connection(),
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
            {m.version, nowIso()});
    if (!recorded)
        return fail(recorded.error());
    if (rebuildsTables(m))
        if (auto intact = foreignKeysIntact(db, m); !intact)
            return intact;
    return tx.commit();
}

Status applyOne(Database& db, const Migration& m) {
    if (!rebuildsTables(m))
        return applyStatements(db, m);
    if (auto off = db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off;
    const Status applied = applyStatements(db, m);
    if (auto on = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !on)
        return on;
    return applied;
}

} // namespace

Status applyMigrations(Database& db) {
    if (auto ok =
            db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                   "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
        !ok)
        return ok;
    const int current = currentSchemaVersion(db.connection());
    const int latest = Database::latestSchemaVersion();
    if (current > latest)
        return fail(Error::storage(
            QStringLiteral("storage.newer_schema"),
            trMsg(
                "This database (schema %1) was written by a newer Mostrador; this one knows up to "
                "schema %2. Update Mostrador to open it.")
                .arg(current)
                .arg(latest)));
    for (const Migration& m : migrations()) {
        if (m.version <= current)
            continue;
        if (auto ok = applyOne(db, m); !ok)
            return ok;
    }
    return {};
}

} // namespace mostrador::storage
