// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace mostrador::storage {
class Database;
}

namespace mostrador::services {

class ChangeNotifier;

// Notices commits by other processes or workstations (SQLite's PRAGMA data_version
// changes when another connection commits) and announces them as a change of "*",
// so open lists and documents read themselves again (ARCHITECTURE §9: within 2 s).
class ExternalChangeWatcher : public QObject {
    Q_OBJECT
public:
    ExternalChangeWatcher(storage::Database& db, ChangeNotifier& notifier, int intervalMs,
                          QObject* parent = nullptr);

    // Checks once; answers whether another connection committed since the last check.
    bool poll();

private:
    storage::Database& m_db;
    ChangeNotifier& m_notifier;
    QTimer m_timer;
    qint64 m_version = 0;
};

} // namespace mostrador::services
