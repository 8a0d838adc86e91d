// SPDX-License-Identifier: MIT
#include "storage/migrations.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::storage;

TEST(Database, NewDatabaseIsMigratedToTheLatestSchema) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    EXPECT_EQ(t.db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_GE(Database::latestSchemaVersion(), 2);
}

TEST(Database, PragmasAreSet) {
    test::TempDatabase t;
    auto fk = run(t.db->connection(), QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(fk && fk->next());
    EXPECT_EQ(fk->value(0).toInt(), 1);
    auto wal = run(t.db->connection(), QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(wal && wal->next());
    EXPECT_EQ(wal->value(0).toString(), QStringLiteral("wal"));
    auto checkpoint = run(t.db->connection(), QStringLiteral("PRAGMA wal_autocheckpoint"));
    ASSERT_TRUE(checkpoint && checkpoint->next());
    EXPECT_EQ(checkpoint->value(0).toInt(), 10000);
    auto limit = run(t.db->connection(), QStringLiteral("PRAGMA journal_size_limit"));
    ASSERT_TRUE(limit && limit->next());
    EXPECT_EQ(limit->value(0).toLongLong(), 64 * 1024 * 1024);
}

namespace {

// Writes a database as an older release left it: the migrations up to `version`, then
// the `rows` statements.
void writeOlderDatabase(const QString& path, int version, const QStringList& rows) {
    const QString name = QStringLiteral("older-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY "
                                          "KEY, applied_at TEXT NOT NULL)")));
        for (const Migration& m : migrations()) {
            if (m.version > version)
                break;
            for (const QString& statement : splitStatements(m.sql))
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
            ASSERT_TRUE(q.exec(
                QStringLiteral("INSERT INTO schema_version VALUES (%1, 'then')").arg(m.version)));
        }
        for (const QString& row : rows)
            ASSERT_TRUE(q.exec(row)) << row.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Writes a database as the first release left it: migration 1 only, with a customer.
void writeSchemaOneDatabase(const QString& path) {
    writeOlderDatabase(path, 1,
                       {QStringLiteral("INSERT INTO customers (code, name, created_at, updated_at) "
                                       "VALUES ('OLD1', 'Cliente Antiguo', 'then', 'then')")});
}

int scalar(Database& db, const QString& sql) {
    auto q = run(db.connection(), sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

TEST(Database, AnOlderDatabaseIsUpgradedOnOpenKeepingItsData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ASSERT_EQ(migrations().first().version, 1);
    writeSchemaOneDatabase(path);
    auto reopened = Database::open(path);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    EXPECT_EQ((*reopened)->schemaVersion(), Database::latestSchemaVersion());
    // Migration 2's search index must also cover the rows that were already there.
    auto found = run((*reopened)->connection(),
                     QStringLiteral("SELECT COUNT(*) FROM customers_fts WHERE customers_fts MATCH "
                                    "'antiguo'"));
    ASSERT_TRUE(found && found->next());
    EXPECT_EQ(found->value(0).toInt(), 1);
}

TEST(Database, ANewerDatabaseIsRefusedWithAClearMessage) {
    test::TempDatabase t;
    const QString path = t.path();
    ASSERT_TRUE(t.db->exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'x')")));
    t.db.reset();
    auto reopened = Database::open(path);
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().code, QStringLiteral("storage.newer_schema"));
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer")));
}

TEST(Database, TransactionRollsBackUnlessCommitted) {
    test::TempDatabase t;
    {
        Transaction tx(*t.db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(t.db->exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v')")));
    }
    auto q = run(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM settings"));
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), 0);
}

TEST(Database, AuditLogIsAppendOnly) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db->exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, "
                                          "entity_key) VALUES ('t', 'u', 'a', 'e', 'k')")));
    EXPECT_FALSE(t.db->exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")));
    EXPECT_FALSE(t.db->exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST(Migrations, TriggerBodiesStayWhole) {
    const auto parts = splitStatements(
        QStringLiteral("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  SELECT "
                       "1;\n  SELECT 2;\nEND;\n-- c\nSELECT 3;"));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_TRUE(parts[1].contains(QStringLiteral("SELECT 2;")));
}

TEST(Database, AFileThatIsNotADatabaseIsRefusedClearly) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, QStringLiteral("storage.not_a_database"));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Mostrador database")));
}

TEST(Database, NowIsStampedAsIsoUtcWithMilliseconds) {
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QString first = nowIso();
    const QString second = nowIso(); // the cached second may be reused
    const QDateTime after = QDateTime::currentDateTimeUtc();
    for (const QString& stamp : {first, second}) {
        ASSERT_EQ(stamp.size(), 24) << stamp.toStdString(); // 2026-11-27T21:35:34.123Z
        const QDateTime parsed = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        ASSERT_TRUE(parsed.isValid()) << stamp.toStdString();
        EXPECT_EQ(parsed.timeSpec(), Qt::UTC);
        EXPECT_GE(parsed, before.addMSecs(-1));
        EXPECT_LE(parsed, after.addMSecs(1));
    }
    EXPECT_LE(first, second);
}

TEST(Database, TransactionsCommitAndRollBackWithPooledStatements) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    ASSERT_TRUE(t.db->exec(QStringLiteral("CREATE TABLE n (x INTEGER)")));
    for (int i = 0; i < 3; ++i) {
        Transaction tx(*t.db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(run(t.db->connection(), QStringLiteral("INSERT INTO n VALUES (?)"), {i}));
        if (i != 1) {
            ASSERT_TRUE(tx.commit());
        }
    } // the second is rolled back by the destructor
    auto q = run(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM n"), {});
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), 2);
}

TEST(Sql, ReadAnswersTypedColumnsAndNulls) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    ASSERT_TRUE(t.db->exec(QStringLiteral("CREATE TABLE r (i INTEGER, s TEXT, b BLOB)")));
    ASSERT_TRUE(write(*t.db, QStringLiteral("INSERT INTO r VALUES (?, ?, ?)"),
                      {qint64(9007199254740993), QStringLiteral("Ñandú €"), QVariant()}));
    ASSERT_TRUE(write(*t.db, QStringLiteral("INSERT INTO r VALUES (?, ?, ?)"),
                      {QVariant(), QString(), QVariant()}));
    auto rows = read(*t.db, QStringLiteral("SELECT i, s, b FROM r ORDER BY rowid"));
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->integer(0), qint64(9007199254740993)); // no detour through double
    EXPECT_EQ(rows->text(1), QStringLiteral("Ñandú €"));
    EXPECT_TRUE(rows->isNull(2));
    EXPECT_EQ(rows->value(0).toLongLong(), qint64(9007199254740993));
    ASSERT_TRUE(rows->next());
    EXPECT_TRUE(rows->isNull(0));
    EXPECT_FALSE(rows->value(0).isValid());
    EXPECT_FALSE(rows->isNull(1)); // a null QString is stored as an empty text, as run() does
    EXPECT_TRUE(rows->text(1).isEmpty());
    EXPECT_FALSE(rows->next());
    EXPECT_FALSE(rows->next());
}

TEST(Sql, ReadBindsValuesAndReusesItsStatement) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    ASSERT_TRUE(t.db->exec(QStringLiteral("CREATE TABLE r (i INTEGER)")));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(write(*t.db, QStringLiteral("INSERT INTO r VALUES (?)"), {i}));
    const QString sql = QStringLiteral("SELECT i FROM r WHERE i >= ? ORDER BY i");
    for (int from = 0; from < 6; ++from) { // each pass borrows the statement the last returned
        auto rows = read(*t.db, sql, {from});
        ASSERT_TRUE(rows);
        int count = 0;
        while (rows->next())
            EXPECT_EQ(rows->integer(0), from + count++);
        EXPECT_EQ(count, 5 - from);
    }
    // The same SQL read twice at once gets two statements.
    auto outer = read(*t.db, sql, {3});
    auto inner = read(*t.db, sql, {4});
    ASSERT_TRUE(outer && inner && outer->next() && inner->next());
    EXPECT_EQ(outer->integer(0), 3);
    EXPECT_EQ(inner->integer(0), 4);
}

TEST(Sql, AFailingReadNamesTheError) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    auto rows = read(*t.db, QStringLiteral("SELECT nothing FROM nowhere"));
    ASSERT_FALSE(rows);
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("nowhere")));
}

TEST(Database, RebuildingTablesKeepsRowsChildrenAndConstraints) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seven.db"));
    writeOlderDatabase(
        path, 7,
        {QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at) "
                        "VALUES (1, 'C1', 'Ana', 'then', 'then')"),
         QStringLiteral("INSERT INTO products (id, sku, name, unit, list_price, created_at, "
                        "updated_at) VALUES (1, 'P1', 'Tornillo', 'u', 100, 'then', 'then')"),
         QStringLiteral("INSERT INTO sales_orders (id, number, status, customer_id, "
                        "customer_code, customer_name, date, salesperson, currency, untaxed, tax, "
                        "total, created_at, updated_at, hold_reasons, deposits) VALUES (7, "
                        "'SO-1', 'credit_hold', 1, 'C1', 'Ana', '2026-11-01', 'eva', 'EUR', 1000, "
                        "210, 1210, 'then', 'then', 'Over the limit', 500)"),
         QStringLiteral("INSERT INTO deposits (number, order_id, customer_id, amount, method, "
                        "date, user_name, created_at) VALUES ('DEP-1', 7, 1, 500, 'cash', "
                        "'2026-11-01', 'eva', 'then')"),
         QStringLiteral("INSERT INTO stock_movements (product_id, qty, kind, user_name, at) "
                        "VALUES (1, 5000, 'adjustment', 'eva', 'then')")});
    auto opened = Database::open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    Database& db = **opened;
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    auto order =
        run(db.connection(), QStringLiteral("SELECT number, status, hold_reasons, "
                                            "deposits, total FROM sales_orders WHERE id = 7"));
    ASSERT_TRUE(order && order->next());
    EXPECT_EQ(order->value(0).toString(), QStringLiteral("SO-1"));
    EXPECT_EQ(order->value(1).toString(), QStringLiteral("credit_hold"));
    EXPECT_EQ(order->value(2).toString(), QStringLiteral("Over the limit"));
    EXPECT_EQ(order->value(3).toInt(), 500);
    EXPECT_EQ(order->value(4).toInt(), 1210);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM deposits WHERE order_id = 7")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT SUM(qty) FROM stock_movements")), 5000);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
    // The deposit still holds its order, and the constraints allow what they allowed.
    EXPECT_FALSE(db.exec(QStringLiteral("DELETE FROM sales_orders WHERE id = 7")));
    EXPECT_FALSE(db.exec(QStringLiteral("UPDATE sales_orders SET status = 'lost' WHERE id = 7")));
    EXPECT_FALSE(db.exec(QStringLiteral("UPDATE sales_orders SET invoicing_status = 'some'")));
    EXPECT_FALSE(db.exec(QStringLiteral("UPDATE stock_movements SET kind = 'gift'")));
    for (const char* status : {"draft", "confirmed", "credit_hold", "awaiting_approval",
                               "partially_shipped", "shipped", "closed", "cancelled"})
        EXPECT_TRUE(db.exec(QStringLiteral("UPDATE sales_orders SET status = '%1' WHERE id = 7")
                                .arg(QLatin1String(status))))
            << status;
    EXPECT_TRUE(db.exec(QStringLiteral("UPDATE stock_movements SET kind = 'return'")));
}

TEST(Database, HotWritesBuildNoTemporaryIndexForTheirChecks) {
    test::TempDatabase t;
    ASSERT_TRUE(t.db);
    // An IN list of three or more in a CHECK makes SQLite build an index on every write.
    for (const char* sql :
         {"INSERT INTO stock_movements (product_id, qty, kind, reason, reference, user_name, at) "
          "VALUES (1, 1, 'shipment', '', '', 'eva', 'now')",
          "UPDATE sales_orders SET status = 'shipped', invoicing_status = 'none' WHERE id = 1"}) {
        auto plan = run(t.db->connection(), QStringLiteral("EXPLAIN ") + QLatin1String(sql));
        ASSERT_TRUE(plan);
        int ephemeral = 0;
        while (plan->next())
            ephemeral += plan->value(1).toString() == QLatin1String("OpenEphemeral");
        EXPECT_EQ(ephemeral, 0) << sql;
    }
}
