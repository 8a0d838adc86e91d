// SPDX-License-Identifier: MIT
#include "services/statement_service.h"

#include "domain/document_totals.h"
#include "services/payment_service.h"
#include "storage/customer_repository.h"
#include "storage/fulfilment_repository.h"
#include "storage/statement_repository.h"

namespace mostrador::services {

using domain::Actor;
using domain::Money;
using domain::Permission;

struct StatementService::Impl {
    Impl(ServiceContext& ctx, PaymentService& payments)
        : ctx(ctx)
        , payments(payments)
        , customers(ctx.db, ctx.currency)
        , accounts(ctx.db) {}

    // Made per use: the company currency may be set after the services open.
    storage::StatementRepository repo() { return {ctx.db, ctx.currency}; }
    Result<domain::Customer> customer(const QString& code);

    ServiceContext& ctx;
    PaymentService& payments;
    storage::CustomerRepository customers;
    storage::CustomerAccountRepository accounts;
};

namespace {

domain::StatementCustomer statementCustomer(const domain::Customer& c) {
    return {c.code, c.name, c.taxId, c.billingAddress};
}

} // namespace

Result<domain::Customer> StatementService::Impl::customer(const QString& code) {
    const QString key = code.trimmed().toUpper();
    auto found = customers.findByCode(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("customer.not_found"),
                                    trMsg("There is no customer with code “%1”").arg(key)));
    return std::move(**found);
}

StatementService::StatementService(ServiceContext& ctx, PaymentService& payments)
    : d(std::make_unique<Impl>(ctx, payments)) {}

StatementService::~StatementService() = default;

Result<domain::AccountStatement>
StatementService::statement(const Actor& actor, const QString& customerCode,
                            const domain::StatementPeriod& period) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    if (period.from.isValid() && period.to.isValid() && period.from > period.to)
        return fail(Error::invalid(QStringLiteral("statement.period"),
                                   trMsg("The period starts after it ends"),
                                   QStringLiteral("from")));
    auto c = d->customer(customerCode);
    if (!c)
        return fail(c.error());
    auto before = d->repo().sumsBefore(c->id, period.from);
    if (!before)
        return fail(before.error());
    auto documents = d->repo().documents(c->id, period);
    if (!documents)
        return fail(documents.error());
    domain::AccountStatement s =
        domain::accountStatement(statementCustomer(*c), period, *before, *documents);
    s.asOf = period.to.isValid() ? period.to : QDate::currentDate();
    auto aging = d->payments.aging(actor, s.asOf, c->code);
    if (!aging)
        return fail(aging.error());
    s.aging = aging->totals;
    return s;
}

Result<AccountHeader> StatementService::header(const Actor& actor, const QString& customerCode) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto c = d->customer(customerCode);
    if (!c)
        return fail(c.error());
    auto position = d->payments.position(actor, c->code);
    if (!position)
        return fail(position.error());
    auto figures = d->accounts.figures(c->id);
    if (!figures)
        return fail(figures.error());
    AccountHeader h;
    h.customer = statementCustomer(*c);
    h.creditLimit = c->creditLimit;
    h.arBalance = position->arBalance;
    h.unappliedDeposits = Money::fromMinor(figures->unappliedDeposits, d->ctx.currency);
    h.credit = position->credit;
    h.overdueInvoices = position->overdueInvoices;
    h.oldestOverdueDays = position->oldestOverdueDays;
    return h;
}

} // namespace mostrador::services
