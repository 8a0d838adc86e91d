// SPDX-License-Identifier: MIT
#include "storage/user_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Percent;
using domain::Role;
using domain::User;

namespace {

// Columns: id, name, role, active, max_discount_bp.
User userFrom(const QSqlQuery& q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = domain::roleFromKey(q.value(2).toString()).value_or(Role::Sales);
    u.active = q.value(3).toBool();
    u.maxDiscount = Percent::fromBasisPoints(q.value(4).toLongLong());
    return u;
}

} // namespace

Result<qint64> UserRepository::insert(const User& u, const QString& passwordHash) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO users (name, password_hash, role, active, "
                                "max_discount_bp, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {u.name, passwordHash, domain::roleKey(u.role), u.active,
                  u.maxDiscount.basisPoints(), nowIso()});
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<std::optional<StoredUser>> UserRepository::findByName(const QString& name) {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT id, name, role, active, max_discount_bp, password_hash "
                                "FROM users WHERE name = ?"),
                 {name});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<StoredUser>();
    return std::optional<StoredUser>(StoredUser{userFrom(*q), q->value(5).toString()});
}

Status UserRepository::update(const QString& sql, const QVariantList& values) {
    auto q = run(m_db.connection(), sql, values);
    return q ? Status{} : fail(q.error());
}

Status UserRepository::setPasswordHash(qint64 id, const QString& passwordHash) {
    return update(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                  {passwordHash, id});
}

Status UserRepository::setRole(qint64 id, Role role) {
    return update(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                  {domain::roleKey(role), id});
}

Status UserRepository::setActive(qint64 id, bool active) {
    return update(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active, id});
}

Result<QList<User>> UserRepository::list() {
    auto q = run(m_db.connection(), QStringLiteral("SELECT id, name, role, active, max_discount_bp "
                                                   "FROM users ORDER BY name"));
    if (!q)
        return fail(q.error());
    QList<User> out;
    while (q->next())
        out.append(userFrom(*q));
    return out;
}

Result<qint64> UserRepository::countActive(Role role) {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"),
                 {domain::roleKey(role)});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<bool> UserRepository::any() {
    auto q = run(m_db.connection(), QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    if (!q)
        return fail(q.error());
    return q->next();
}

} // namespace mostrador::storage
