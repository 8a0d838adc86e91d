// SPDX-License-Identifier: MIT
#include "services/service_context.h"

#include <QJsonDocument>

namespace mostrador::services {
namespace {
QString compact(const QJsonObject& o) {
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Status ServiceContext::record(const domain::Actor& actor, const QString& action,
                              const QString& entity, const QString& key, const QJsonObject& before,
                              const QJsonObject& after) {
    return recordText(actor, action, entity, key, compact(before), compact(after));
}

Status ServiceContext::recordText(const domain::Actor& actor, const QString& action,
                                  const QString& entity, const QString& key,
                                  const QString& beforeJson, const QString& afterJson) {
    domain::AuditEntry e;
    e.userName = actor.name;
    e.action = action;
    e.entity = entity;
    e.entityKey = key;
    e.before = beforeJson;
    e.after = afterJson;
    return audit.append(e);
}

} // namespace mostrador::services
