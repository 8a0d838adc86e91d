// SPDX-License-Identifier: MIT
#pragma once

namespace mostrador::storage {

// Makes SQLite write each transaction's WAL frames with one system call instead of two
// per page. SQLite writes a frame's 24-byte header and its page separately, so an order's
// four commits cost about 145 writes; on these machines a system call costs as much as
// the page it writes. The frames are kept in memory until the frame that commits, and
// written before anything else touches the file (a read, a sync, a size, a truncation,
// a close), so SQLite publishes a commit to other connections only after it is in the
// file, as before. A transaction that dies before its commit frame leaves the file as a
// crash at that point would. Only WAL files go through it; every other file is SQLite's
// own. Installs, once per process, a VFS wrapping SQLite's default one and makes it the
// default; returns false if that could not be done (SQLite then writes as it always did).
bool installWalBatching();

} // namespace mostrador::storage
