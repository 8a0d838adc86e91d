// SPDX-License-Identifier: MIT
// Its own executable: the batching VFS must be installed over a counting one before any
// database of the process is opened.
#include "storage/wal_batching.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

using mostrador::storage::installWalBatching;

namespace {

// Under the batching VFS: SQLite's own, with the WAL files' writes counted.
sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_counting;
sqlite3_io_methods g_countingMethods;
const sqlite3_io_methods* g_baseMethods = nullptr;
std::atomic<int> g_walWrites = 0;

int countingWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    ++g_walWrites;
    return g_baseMethods->xWrite(file, data, amount, offset);
}

int countingOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags,
                 int* outFlags) {
    const int rc = g_base->xOpen(g_base, name, file, flags, outFlags);
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_WAL)) {
        if (!g_baseMethods) {
            g_baseMethods = file->pMethods;
            g_countingMethods = *file->pMethods;
            g_countingMethods.xWrite = countingWrite;
        }
        file->pMethods = &g_countingMethods;
    }
    return rc;
}

class WalBatching : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!g_base) {
            g_base = sqlite3_vfs_find(nullptr);
            g_counting = *g_base;
            g_counting.zName = "counting";
            g_counting.xOpen = countingOpen;
            sqlite3_vfs_register(&g_counting, 1);
        }
        ASSERT_TRUE(installWalBatching());
    }

    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("wal.db")).toUtf8();
        writer = open();
        exec(writer,
             "PRAGMA journal_mode = WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, body BLOB)");
    }

    void TearDown() override {
        sqlite3_close(writer);
        sqlite3_close(reader);
    }

    sqlite3* open() const {
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open(path.constData(), &db), SQLITE_OK);
        // As the application runs: a commit does not sync the WAL (that would write it).
        exec(db, "PRAGMA synchronous = NORMAL");
        return db;
    }

    static void exec(sqlite3* db, const char* sql) {
        char* error = nullptr;
        ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << error;
    }

    static qint64 scalar(sqlite3* db, const char* sql) {
        sqlite3_stmt* st = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
        const qint64 value = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
        sqlite3_finalize(st);
        return value;
    }

    static QByteArray text(sqlite3* db, const char* sql) {
        sqlite3_stmt* st = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
        QByteArray value;
        if (sqlite3_step(st) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return value;
    }

    // `rows` rows of `bytes` bytes each, in one transaction.
    static void insert(sqlite3* db, int rows, int bytes) {
        sqlite3_stmt* st = nullptr;
        ASSERT_EQ(
            sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (randomblob(?))", -1, &st, nullptr),
            SQLITE_OK);
        for (int i = 0; i < rows; ++i) {
            sqlite3_bind_int(st, 1, bytes);
            ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }

    qint64 rowsSeenByAnotherConnection() {
        if (!reader)
            reader = open();
        return scalar(reader, "SELECT count(*) FROM t");
    }

    QTemporaryDir dir;
    QByteArray path;
    sqlite3* writer = nullptr;
    sqlite3* reader = nullptr;
};

TEST_F(WalBatching, IsSQLitesDefaultVfs) {
    EXPECT_STREQ(sqlite3_vfs_find(nullptr)->zName, "mostrador-wal-batching");
}

TEST_F(WalBatching, ASmallCommitIsOneWriteAndAnotherConnectionReadsIt) {
    g_walWrites = 0;
    exec(writer, "BEGIN");
    insert(writer, 40, 200); // a few pages: SQLite alone writes two calls per page
    exec(writer, "COMMIT");
    EXPECT_EQ(g_walWrites, 1);
    EXPECT_EQ(rowsSeenByAnotherConnection(), 40);
}

TEST_F(WalBatching, ALargeCommitIsWrittenInPiecesTheUnixVfsAccepts) {
    g_walWrites = 0;
    exec(writer, "BEGIN");
    insert(writer, 500, 2000); // about 300 pages
    exec(writer, "COMMIT");
    const qint64 frames = scalar(writer, "PRAGMA page_count");
    EXPECT_GT(g_walWrites, 1);
    EXPECT_LE(g_walWrites, frames / 31 + 2);
    EXPECT_EQ(rowsSeenByAnotherConnection(), 500);
    EXPECT_EQ(text(reader, "PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatching, EveryCommitIsSeenWhileTheWalIsCheckpointedAndRestarted) {
    exec(writer, "PRAGMA wal_autocheckpoint = 20");
    reader = open();
    for (int i = 1; i <= 60; ++i) {
        exec(writer, "BEGIN");
        insert(writer, 7, 900);
        exec(writer, "COMMIT");
        ASSERT_EQ(rowsSeenByAnotherConnection(), 7 * i) << "after commit " << i;
    }
    EXPECT_EQ(text(reader, "PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatching, ARolledBackSpillLeavesNothingAndTheNextCommitIsWhole) {
    exec(writer, "PRAGMA cache_size = 10"); // a larger transaction spills frames to the WAL
    exec(writer, "BEGIN");
    insert(writer, 300, 1500);
    exec(writer, "ROLLBACK");
    EXPECT_EQ(rowsSeenByAnotherConnection(), 0);
    exec(writer, "BEGIN");
    insert(writer, 300, 1500);
    exec(writer, "UPDATE t SET body = randomblob(1500) WHERE id % 3 = 0"); // rewrites frames
    exec(writer, "COMMIT");
    EXPECT_EQ(rowsSeenByAnotherConnection(), 300);
    EXPECT_EQ(text(reader, "PRAGMA integrity_check"), "ok");
}

// Runs `work` in a forked child that ends without closing its connection.
template <class Work> void inAChildThatDies(Work work) {
    EXPECT_EXIT(
        {
            work();
            _exit(0);
        },
        ::testing::ExitedWithCode(0), "");
}

TEST_F(WalBatching, ACommitIsInTheFileWhenTheProcessEndsWithoutClosing) {
    // The child is forked: no connection to the file may be open across the fork.
    sqlite3_close(writer);
    writer = nullptr;
    inAChildThatDies([&] {
        sqlite3* db = open();
        // Twice: SQLite looks at the file's size after the first commit of a WAL.
        for (int i = 0; i < 2; ++i) {
            exec(db, "BEGIN");
            insert(db, 25, 300);
            exec(db, "COMMIT");
        }
    });
    EXPECT_EQ(rowsSeenByAnotherConnection(), 50);
    EXPECT_EQ(text(reader, "PRAGMA integrity_check"), "ok");
}

TEST_F(WalBatching, AnUncommittedSpillIsNotSeenWhenTheProcessEnds) {
    sqlite3_close(writer);
    writer = nullptr;
    inAChildThatDies([&] {
        sqlite3* db = open();
        exec(db, "PRAGMA cache_size = 10");
        exec(db, "BEGIN");
        insert(db, 25, 300);
        exec(db, "COMMIT");
        exec(db, "BEGIN");
        insert(db, 400, 1500); // spilled frames, some written, no commit frame
    });
    EXPECT_EQ(rowsSeenByAnotherConnection(), 25);
    EXPECT_EQ(text(reader, "PRAGMA integrity_check"), "ok");
}

} // namespace
