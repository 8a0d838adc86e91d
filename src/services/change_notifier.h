// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace mostrador::services {

// Announces committed changes so open views can refresh. Services emit after commit,
// never inside a transaction; other processes are seen through ExternalChangeWatcher.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void announce(const QString& entity, const QString& key) { Q_EMIT changed(entity, key); }

Q_SIGNALS:
    // entity: "customer", "product", "stock", "settings", "user", or "*" for anything.
    void changed(const QString& entity, const QString& key);
};

} // namespace mostrador::services
