// SPDX-License-Identifier: MIT
#pragma once

#include "domain/audit.h"
#include "domain/error.h"
#include "domain/money.h"
#include "domain/user.h"
#include "services/change_notifier.h"
#include "storage/audit_repository.h"
#include "storage/database.h"

#include <QJsonObject>
#include <functional>

namespace mostrador::services {

// What every service shares: the database, the company currency, the audit log and
// the change notifier. Owned by Services; services hold a reference.
class ServiceContext {
public:
    explicit ServiceContext(storage::Database& db)
        : db(db)
        , audit(db) {}

    storage::Database& db;
    storage::AuditRepository audit;
    ChangeNotifier notifier;
    domain::Currency currency;

    // Appends an audit entry for `actor`; before/after are the record as JSON.
    Status record(const domain::Actor& actor, const QString& action, const QString& entity,
                  const QString& key, const QJsonObject& before, const QJsonObject& after);
    // The same with before/after already written as compact JSON text (hot paths).
    Status recordText(const domain::Actor& actor, const QString& action, const QString& entity,
                      const QString& key, const QString& beforeJson, const QString& afterJson);
};

// Runs `body` in one write transaction: commits when it succeeds, rolls back when it
// fails or throws OverflowError, which becomes an Invalid error. The body's Result
// type is the answer.
template <class F> auto inTransaction(storage::Database& db, F&& body) -> decltype(body()) {
    storage::Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    try {
        auto result = body();
        if (!result)
            return result;
        if (auto ok = tx.commit(); !ok)
            return fail(ok.error());
        return result;
    } catch (const domain::OverflowError&) {
        return fail(Error::invalid(QStringLiteral("number.overflow"),
                                   trMsg("An amount is too large to be computed exactly")));
    }
}

} // namespace mostrador::services
