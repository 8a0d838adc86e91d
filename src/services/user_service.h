// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/service_context.h"

#include <QList>
#include <memory>

namespace mostrador::services {

// Users and logging in. Passwords are hashed with argon2id (libsodium) and never
// stored, logged or returned.
class UserService {
public:
    explicit UserService(ServiceContext& ctx);
    ~UserService();

    // The actor for a name and password; a wrong password or an inactive user gives the
    // same "wrong user name or password" refusal.
    Result<domain::Actor> login(const QString& name, const QString& password);
    Result<domain::User> add(const domain::Actor& actor, const QString& name, domain::Role role,
                             const QString& password);
    Status setPassword(const domain::Actor& actor, const QString& name, const QString& password);
    Status setRole(const domain::Actor& actor, const QString& name, domain::Role role);
    Status setActive(const domain::Actor& actor, const QString& name, bool active);
    Result<QList<domain::User>> list(const domain::Actor& actor);
    Result<bool> anyUsers();

    // add() without its own transaction or permission check, for first-run setup. The
    // password is hashed here, so callers should keep their transaction short otherwise.
    Result<domain::User> addInTransaction(const domain::Actor& actor, const QString& name,
                                          domain::Role role, const QString& password);

    // An argon2id hash string of `password` (libsodium's crypto_pwhash_str format).
    static Result<QString> hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
