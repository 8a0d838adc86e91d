// SPDX-License-Identifier: MIT
#include "services/external_change_watcher.h"

#include "services/change_notifier.h"
#include "storage/database.h"

namespace mostrador::services {

ExternalChangeWatcher::ExternalChangeWatcher(storage::Database& db, ChangeNotifier& notifier,
                                             int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_version(db.dataVersion()) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_timer.start();
}

bool ExternalChangeWatcher::poll() {
    const qint64 version = m_db.dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    m_notifier.announce(QStringLiteral("*"), QString());
    return true;
}

} // namespace mostrador::services
