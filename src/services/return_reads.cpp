// SPDX-License-Identifier: MIT
// The read side of ReturnService: one return or credit note by number, and lazy pages.
#include "services/return_impl.h"

namespace mostrador::services {

using domain::Actor;
using domain::Permission;

namespace {

storage::ReturnFilter filterOf(const ReturnListQuery& q) {
    return {q.customerCode, q.from, q.to, q.search, q.limit, q.offset};
}

} // namespace

Result<domain::Return> ReturnService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    const QString key = number.trimmed().toUpper();
    auto found = d->returns.findReturn(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("return.not_found"),
                                    trMsg("There is no return %1").arg(key)));
    return std::move(**found);
}

Result<QList<domain::Return>> ReturnService::list(const Actor& actor,
                                                  const ReturnListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->returns.listReturns(filterOf(query));
}

Result<qint64> ReturnService::count(const Actor& actor, const ReturnListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->returns.countReturns(filterOf(query));
}

Result<domain::CreditNote> ReturnService::creditNote(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->creditNote(number);
}

Result<QList<domain::CreditNote>> ReturnService::creditNotes(const Actor& actor,
                                                             const ReturnListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->returns.listCreditNotes(filterOf(query));
}

Result<qint64> ReturnService::countCreditNotes(const Actor& actor, const ReturnListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->returns.countCreditNotes(filterOf(query));
}

} // namespace mostrador::services
