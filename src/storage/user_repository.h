// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QList>
#include <optional>

namespace mostrador::storage {

class Database;

// A user with the stored password hash; the hash never leaves storage and services.
struct StoredUser {
    domain::User user;
    QString passwordHash;
};

// Maps users to rows and back. The hash is an opaque libsodium string.
class UserRepository {
public:
    explicit UserRepository(Database& db)
        : m_db(db) {}

    Result<qint64> insert(const domain::User& user, const QString& passwordHash);
    Result<std::optional<StoredUser>> findByName(const QString& name);
    Status setPasswordHash(qint64 id, const QString& passwordHash);
    Status setRole(qint64 id, domain::Role role);
    Status setActive(qint64 id, bool active);
    // Ordered by name.
    Result<QList<domain::User>> list();
    Result<qint64> countActive(domain::Role role);
    Result<bool> any();

private:
    Status update(const QString& sql, const QVariantList& values);

    Database& m_db;
};

} // namespace mostrador::storage
