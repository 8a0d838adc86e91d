// SPDX-License-Identifier: MIT
#include "services/user_service.h"

#include "storage/user_repository.h"

#include <QJsonObject>
#include <functional>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <utility>

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::Role;
using domain::User;

namespace {

const QString kEntity = QStringLiteral("user");

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error authFailed() {
    return Error::rule(QStringLiteral("auth.failed"), trMsg("Wrong user name or password"));
}

Error notFound(const QString& name) {
    return Error::notFound(QStringLiteral("user.not_found"),
                           trMsg("There is no user “%1”").arg(name));
}

Error lastAdmin(const QString& name) {
    return Error::rule(QStringLiteral("user.last_admin"),
                       trMsg("%1 is the last active administrator; make another user an "
                             "administrator first")
                           .arg(name));
}

// What the audit log keeps of a user: never the password or its hash.
QJsonObject toJson(const User& u) {
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("role"), domain::roleKey(u.role)},
            {QStringLiteral("active"), u.active}};
}

} // namespace

struct UserService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , users(ctx.db) {}

    Result<storage::StoredUser> find(const QString& name);
    // Refuses a change that would leave no active administrator.
    Status keepAnAdmin(const User& user, Role newRole, bool newActive);
    Status change(const Actor& actor, const QString& name, const QString& action,
                  const std::function<Status(User&)>& apply);
    Result<std::pair<User, QString>> prepare(const QString& name, Role role,
                                             const QString& password);
    Result<User> insert(const Actor& actor, User user, const QString& hash);

    ServiceContext& ctx;
    storage::UserRepository users;
};

Result<storage::StoredUser> UserService::Impl::find(const QString& name) {
    auto found = users.findByName(name.trimmed());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notFound(name));
    return **found;
}

Status UserService::Impl::keepAnAdmin(const User& user, Role newRole, bool newActive) {
    const bool wasAdmin = user.active && user.role == Role::Admin;
    const bool staysAdmin = newActive && newRole == Role::Admin;
    if (!wasAdmin || staysAdmin)
        return {};
    auto admins = users.countActive(Role::Admin);
    if (!admins)
        return fail(admins.error());
    return *admins > 1 ? Status{} : fail(lastAdmin(user.name));
}

// Reads the user, lets `apply` change and write it, audits before and after, in one
// transaction.
Status UserService::Impl::change(const Actor& actor, const QString& name, const QString& action,
                                 const std::function<Status(User&)>& apply) {
    QString key;
    auto done = inTransaction(ctx.db, [&]() -> Status {
        auto stored = find(name);
        if (!stored)
            return fail(stored.error());
        User user = stored->user;
        key = user.name;
        if (auto ok = apply(user); !ok)
            return ok;
        return ctx.record(actor, action, kEntity, user.name, toJson(stored->user), toJson(user));
    });
    if (done)
        ctx.notifier.announce(kEntity, key);
    return done;
}

UserService::UserService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}
UserService::~UserService() = default;

Result<QString> UserService::hashPassword(const QString& password) {
    if (!sodiumReady())
        return fail(Error::storage(QStringLiteral("auth.sodium"),
                                   trMsg("The password library could not be started")));
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int rc =
        crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return fail(Error::storage(QStringLiteral("auth.hash_failed"),
                                   trMsg("Not enough memory to hash the password")));
    return QString::fromLatin1(hash);
}

bool UserService::verifyPassword(const QString& hash, const QString& password) {
    if (!sodiumReady())
        return false;
    const QByteArray h = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

Result<Actor> UserService::login(const QString& name, const QString& password) {
    auto found = d->users.findByName(name.trimmed());
    if (!found)
        return fail(found.error());
    if (!*found) {
        // Spend the same time as a real check, so timing does not tell which names exist.
        static const QString dummy =
            hashPassword(QStringLiteral("not a real password")).value_or(QString());
        (void)verifyPassword(dummy, password);
        spdlog::warn("login refused for unknown user {}", name.toStdString());
        return fail(authFailed());
    }
    const storage::StoredUser& u = **found;
    if (!verifyPassword(u.passwordHash, password) || !u.user.active) {
        spdlog::warn("login refused for {}", u.user.name.toStdString());
        return fail(authFailed());
    }
    return Actor{u.user.id, u.user.name, u.user.role, u.user.maxDiscount};
}

// Validates a new user and hashes the password, before any transaction starts.
Result<std::pair<User, QString>> UserService::Impl::prepare(const QString& name, Role role,
                                                            const QString& password) {
    User user;
    user.name = name.trimmed();
    user.role = role;
    if (auto ok = domain::validateUserName(user.name); !ok)
        return fail(ok.error());
    if (auto ok = domain::validatePassword(password); !ok)
        return fail(ok.error());
    auto hash = hashPassword(password);
    if (!hash)
        return fail(hash.error());
    return std::pair{user, *hash};
}

Result<User> UserService::Impl::insert(const Actor& actor, User user, const QString& hash) {
    auto existing = users.findByName(user.name);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(Error::rule(QStringLiteral("user.duplicate"),
                                trMsg("There is already a user “%1”").arg(user.name),
                                QStringLiteral("name")));
    auto id = users.insert(user, hash);
    if (!id)
        return fail(id.error());
    user.id = *id;
    if (auto ok =
            ctx.record(actor, QStringLiteral("user.add"), kEntity, user.name, {}, toJson(user));
        !ok)
        return fail(ok.error());
    return user;
}

Result<User> UserService::addInTransaction(const Actor& actor, const QString& name, Role role,
                                           const QString& password) {
    auto prepared = d->prepare(name, role, password);
    if (!prepared)
        return fail(prepared.error());
    return d->insert(actor, prepared->first, prepared->second);
}

Result<User> UserService::add(const Actor& actor, const QString& name, Role role,
                              const QString& password) {
    if (auto ok = actor.require(Permission::ManageUsers); !ok)
        return fail(ok.error());
    auto prepared = d->prepare(name, role, password);
    if (!prepared)
        return fail(prepared.error());
    auto added = inTransaction(d->ctx.db,
                               [&] { return d->insert(actor, prepared->first, prepared->second); });
    if (added)
        d->ctx.notifier.announce(kEntity, added->name);
    return added;
}

Status UserService::setPassword(const Actor& actor, const QString& name, const QString& password) {
    if (name.trimmed() != actor.name)
        if (auto ok = actor.require(Permission::ManageUsers); !ok)
            return ok;
    if (auto ok = domain::validatePassword(password); !ok)
        return ok;
    auto hash = hashPassword(password);
    if (!hash)
        return fail(hash.error());
    return d->change(actor, name, QStringLiteral("user.password"),
                     [&](User& user) { return d->users.setPasswordHash(user.id, *hash); });
}

Status UserService::setRole(const Actor& actor, const QString& name, Role role) {
    if (auto ok = actor.require(Permission::ManageUsers); !ok)
        return ok;
    return d->change(actor, name, QStringLiteral("user.role"), [&](User& user) -> Status {
        if (auto ok = d->keepAnAdmin(user, role, user.active); !ok)
            return ok;
        user.role = role;
        return d->users.setRole(user.id, role);
    });
}

Status UserService::setActive(const Actor& actor, const QString& name, bool active) {
    if (auto ok = actor.require(Permission::ManageUsers); !ok)
        return ok;
    return d->change(actor, name, QStringLiteral("user.active"), [&](User& user) -> Status {
        if (auto ok = d->keepAnAdmin(user, user.role, active); !ok)
            return ok;
        user.active = active;
        return d->users.setActive(user.id, active);
    });
}

Result<QList<User>> UserService::list(const Actor& actor) {
    if (auto ok = actor.require(Permission::ManageUsers); !ok)
        return fail(ok.error());
    return d->users.list();
}

Result<bool> UserService::anyUsers() {
    return d->users.any();
}

} // namespace mostrador::services
