// SPDX-License-Identifier: MIT
#include "storage/audit_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

Status AuditRepository::append(const domain::AuditEntry& e) {
    const QString at = e.at.isValid() ? e.at.toUTC().toString(Qt::ISODateWithMs) : nowIso();
    auto q =
        write(m_db,
              QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {at, e.userName, e.action, e.entity, e.entityKey, e.before, e.after});
    if (!q)
        return fail(q.error());
    return {};
}

Result<QList<domain::AuditEntry>> AuditRepository::list(const QString& entity,
                                                        const QString& entityKey, int limit) {
    auto q =
        run(m_db.connection(),
            QStringLiteral("SELECT id, at, user_name, action, entity, entity_key, before_json, "
                           "after_json FROM audit_log WHERE (? = '' OR entity = ?) "
                           "AND (? = '' OR entity_key = ?) ORDER BY id DESC LIMIT ?"),
            {entity, entity, entityKey, entityKey, limit});
    if (!q)
        return fail(q.error());
    QList<domain::AuditEntry> out;
    while (q->next()) {
        domain::AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.userName = q->value(2).toString();
        e.action = q->value(3).toString();
        e.entity = q->value(4).toString();
        e.entityKey = q->value(5).toString();
        e.before = q->value(6).toString();
        e.after = q->value(7).toString();
        out.append(e);
    }
    return out;
}

} // namespace mostrador::storage
