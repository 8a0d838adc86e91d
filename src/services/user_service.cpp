// SPDX-License-Identifier: MIT
// STUB: placeholder until implemented.
#include "services/user_service.h"
namespace mostrador::services {
struct UserService::Impl {};
UserService::UserService(ServiceContext&) {}
UserService::~UserService() = default;
Result<domain::Actor> UserService::login(const QString&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::User> UserService::add(const domain::Actor&, const QString&, domain::Role, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status UserService::setPassword(const domain::Actor&, const QString&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status UserService::setRole(const domain::Actor&, const QString&, domain::Role) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status UserService::setActive(const domain::Actor&, const QString&, bool) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<domain::User>> UserService::list(const domain::Actor&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<bool> UserService::anyUsers() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
}
