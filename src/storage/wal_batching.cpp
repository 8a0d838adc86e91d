// SPDX-License-Identifier: MIT
#include "storage/wal_batching.h"

#include <cstddef>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace mostrador::storage {
namespace {

// The WAL format (sqlite.org/fileformat2.html#walformat): each frame is a 24-byte header,
// whose bytes 4-7 hold the database size in pages on a transaction's last frame and zero
// on the others, followed by the page. Pages are at least 512 bytes, so a 24-byte write
// is always a frame header.
constexpr int kFrameHeaderSize = 24;

// SQLite's unix VFS writes at most this much per call (it masks the length with it), so a
// transaction larger than that is written in pieces of up to 31 frames of 4 KiB pages.
constexpr std::size_t kMaxWrite = 0x1ffff;

sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;

// SQLite allocates vfs.szOsFile bytes per open file: ours, then the base VFS's file.
struct WalFile {
    sqlite3_file file;
    sqlite3_file* base;
    std::vector<char> pending;
    sqlite3_int64 pendingOffset = 0;
    bool commitFrameOpen = false;
};

constexpr int kWalFileSlot = (sizeof(WalFile) + 7) & ~7;

WalFile& wal(sqlite3_file* file) {
    return *reinterpret_cast<WalFile*>(file);
}

const sqlite3_io_methods& baseMethods(WalFile& f) {
    return *f.base->pMethods;
}

int flush(WalFile& f) {
    f.commitFrameOpen = false;
    if (f.pending.empty())
        return SQLITE_OK;
    const int rc =
        baseMethods(f).xWrite(f.base, f.pending.data(), int(f.pending.size()), f.pendingOffset);
    f.pending.clear();
    return rc;
}

int walWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
    WalFile& f = wal(file);
    const sqlite3_int64 pendingEnd = f.pendingOffset + sqlite3_int64(f.pending.size());
    const bool full = f.pending.size() + std::size_t(amount) > kMaxWrite;
    if (!f.pending.empty() && (offset != pendingEnd || full)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (f.pending.empty())
        f.pendingOffset = offset;
    const char* bytes = static_cast<const char*>(data);
    f.pending.insert(f.pending.end(), bytes, bytes + amount);
    if (amount == kFrameHeaderSize) {
        f.commitFrameOpen = (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
        return SQLITE_OK;
    }
    // The commit frame's page is in: write the transaction before SQLite publishes it.
    if (f.commitFrameOpen)
        return flush(f);
    return SQLITE_OK;
}

// Everything but a write sees the file as SQLite left it: pending frames go first.
template <class Call> int afterFlush(sqlite3_file* file, Call call) {
    WalFile& f = wal(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return call(*f.base);
}

int walClose(sqlite3_file* file) {
    WalFile& f = wal(file);
    const int flushed = flush(f);
    const int closed = baseMethods(f).xClose(f.base);
    f.~WalFile();
    return flushed != SQLITE_OK ? flushed : closed;
}

int walRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset) {
    return afterFlush(file,
                      [&](sqlite3_file& b) { return b.pMethods->xRead(&b, data, amount, offset); });
}

int walTruncate(sqlite3_file* file, sqlite3_int64 size) {
    return afterFlush(file, [&](sqlite3_file& b) { return b.pMethods->xTruncate(&b, size); });
}

int walSync(sqlite3_file* file, int flags) {
    return afterFlush(file, [&](sqlite3_file& b) { return b.pMethods->xSync(&b, flags); });
}

int walFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return afterFlush(file, [&](sqlite3_file& b) { return b.pMethods->xFileSize(&b, size); });
}

int walLock(sqlite3_file* file, int level) {
    return baseMethods(wal(file)).xLock(wal(file).base, level);
}

int walUnlock(sqlite3_file* file, int level) {
    return baseMethods(wal(file)).xUnlock(wal(file).base, level);
}

int walCheckReservedLock(sqlite3_file* file, int* out) {
    return baseMethods(wal(file)).xCheckReservedLock(wal(file).base, out);
}

int walFileControl(sqlite3_file* file, int op, void* arg) {
    return afterFlush(file, [&](sqlite3_file& b) { return b.pMethods->xFileControl(&b, op, arg); });
}

int walSectorSize(sqlite3_file* file) {
    return baseMethods(wal(file)).xSectorSize(wal(file).base);
}

int walDeviceCharacteristics(sqlite3_file* file) {
    return baseMethods(wal(file)).xDeviceCharacteristics(wal(file).base);
}

// A WAL file has no shared memory and is never memory-mapped; these only keep the
// method table complete.
int walShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    return baseMethods(wal(file)).xShmMap(wal(file).base, region, size, extend, out);
}

int walShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return baseMethods(wal(file)).xShmLock(wal(file).base, offset, n, flags);
}

void walShmBarrier(sqlite3_file* file) {
    baseMethods(wal(file)).xShmBarrier(wal(file).base);
}

int walShmUnmap(sqlite3_file* file, int deleteFlag) {
    return baseMethods(wal(file)).xShmUnmap(wal(file).base, deleteFlag);
}

int walFetch(sqlite3_file* file, sqlite3_int64, int, void** out) {
    *out = nullptr; // "not mapped": SQLite reads instead
    return afterFlush(file, [](sqlite3_file&) { return SQLITE_OK; });
}

int walUnfetch(sqlite3_file*, sqlite3_int64, void*) {
    return SQLITE_OK;
}

const sqlite3_io_methods kWalMethods = {
    3,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    walShmMap,
    walShmLock,
    walShmBarrier,
    walShmUnmap,
    walFetch,
    walUnfetch,
};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    if (!(flags & SQLITE_OPEN_WAL))
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    auto* f = new (file) WalFile;
    f->file.pMethods = nullptr;
    f->base = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kWalFileSlot);
    f->base->pMethods = nullptr;
    const int rc = g_base->xOpen(g_base, name, f->base, flags, outFlags);
    if (rc != SQLITE_OK) {
        // A failed xOpen leaves pMethods null (SQLite asserts it), so nothing is closed.
        f->~WalFile();
        return rc;
    }
    f->file.pMethods = &kWalMethods;
    return SQLITE_OK;
}

// The rest of the VFS is the base one's, called with the base as its VFS.
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_base->xDelete(g_base, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_base->xAccess(g_base, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_base->xFullPathname(g_base, name, n, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name) {
    return g_base->xDlOpen(g_base, name);
}
void vfsDlError(sqlite3_vfs*, int n, char* out) {
    g_base->xDlError(g_base, n, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* lib, const char* symbol))(void) {
    return g_base->xDlSym(g_base, lib, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* lib) {
    g_base->xDlClose(g_base, lib);
}
int vfsRandomness(sqlite3_vfs*, int n, char* out) {
    return g_base->xRandomness(g_base, n, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds) {
    return g_base->xSleep(g_base, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out) {
    return g_base->xCurrentTime(g_base, out);
}
int vfsGetLastError(sqlite3_vfs*, int n, char* out) {
    return g_base->xGetLastError(g_base, n, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_base->xCurrentTimeInt64(g_base, out);
}

bool install() {
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2)
        return false;
    g_vfs = sqlite3_vfs{.iVersion = 2,
                        .szOsFile = kWalFileSlot + g_base->szOsFile,
                        .mxPathname = g_base->mxPathname,
                        .zName = "mostrador-wal-batching",
                        .xOpen = vfsOpen,
                        .xDelete = vfsDelete,
                        .xAccess = vfsAccess,
                        .xFullPathname = vfsFullPathname,
                        .xDlOpen = vfsDlOpen,
                        .xDlError = vfsDlError,
                        .xDlSym = vfsDlSym,
                        .xDlClose = vfsDlClose,
                        .xRandomness = vfsRandomness,
                        .xSleep = vfsSleep,
                        .xCurrentTime = vfsCurrentTime,
                        .xGetLastError = vfsGetLastError,
                        .xCurrentTimeInt64 = vfsCurrentTimeInt64};
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool installWalBatching() {
    static const bool installed = install();
    return installed;
}

} // namespace mostrador::storage
