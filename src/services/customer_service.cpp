// SPDX-License-Identifier: MIT
#include "services/customer_service.h"

#include "domain/numbering.h"
#include "services/json.h"

#include <QDate>

namespace mostrador::services {

using domain::Actor;
using domain::Customer;
using domain::Permission;

namespace {

const QString kEntity = QStringLiteral("customer");

Error notFound(const QString& code) {
    return Error::notFound(QStringLiteral("customer.not_found"),
                           trMsg("There is no customer with code “%1”").arg(code));
}

} // namespace

CustomerService::CustomerService(ServiceContext& ctx)
    : m_ctx(ctx)
    , m_customers(ctx.db, ctx.currency)
    , m_series(ctx.db)
    , m_settings(ctx.db)
    , m_priceLists(ctx.db) {}

Result<Customer> CustomerService::normalizeAndCheck(Customer c) {
    c.code = c.code.trimmed().toUpper();
    c.name = c.name.trimmed();
    c.taxId = c.taxId.trimmed().toUpper();
    c.email = c.email.trimmed();
    c.paymentTermsCode = c.paymentTermsCode.trimmed().toUpper();
    c.priceListCode = c.priceListCode.trimmed().toUpper();
    if (c.creditLimit)
        c.creditLimit = domain::Money::fromMinor(c.creditLimit->minor(), m_ctx.currency);
    if (auto ok = domain::validateCustomer(c); !ok)
        return fail(ok.error());
    if (!c.paymentTermsCode.isEmpty()) {
        auto terms = m_settings.terms(c.paymentTermsCode);
        if (!terms)
            return fail(terms.error());
        if (!*terms)
            return fail(
                Error::invalid(QStringLiteral("customer.terms_unknown"),
                               trMsg("There are no payment terms “%1”").arg(c.paymentTermsCode),
                               QStringLiteral("payment_terms")));
    }
    if (!c.priceListCode.isEmpty()) {
        auto list = m_priceLists.findList(c.priceListCode);
        if (!list)
            return fail(list.error());
        if (!*list)
            return fail(Error::invalid(QStringLiteral("customer.price_list_unknown"),
                                       trMsg("There is no price list “%1”").arg(c.priceListCode),
                                       QStringLiteral("price_list")));
    }
    return c;
}

Status CustomerService::checkUnique(const Customer& c) {
    if (!c.taxId.isEmpty()) {
        auto holder = m_customers.codeWithTaxId(c.taxId, c.id);
        if (!holder)
            return fail(holder.error());
        if (*holder)
            return fail(Error::rule(
                QStringLiteral("customer.duplicate_tax_id"),
                trMsg("Tax id %1 already belongs to customer %2").arg(c.taxId, **holder),
                QStringLiteral("tax_id")));
    }
    if (c.id == 0) {
        auto exists = m_customers.codeExists(c.code);
        if (!exists)
            return fail(exists.error());
        if (*exists)
            return fail(Error::rule(QStringLiteral("customer.duplicate_code"),
                                    trMsg("Customer code %1 is already used").arg(c.code),
                                    QStringLiteral("code")));
    }
    return {};
}

Result<Customer> CustomerService::createInTransaction(const Actor& actor, Customer customer) {
    customer.id = 0;
    auto c = normalizeAndCheck(std::move(customer));
    if (!c)
        return c;
    if (c->code.isEmpty()) {
        auto code = m_series.takeNext(QString::fromUtf16(domain::series::kCustomer),
                                      QDate::currentDate().year());
        if (!code)
            return fail(code.error());
        c->code = *code;
    }
    if (auto ok = checkUnique(*c); !ok)
        return fail(ok.error());
    auto id = m_customers.insert(*c);
    if (!id)
        return fail(id.error());
    c->id = *id;
    c->version = 1;
    if (auto ok = m_ctx.record(actor, QStringLiteral("customer.create"), kEntity, c->code, {},
                               toJson(*c));
        !ok)
        return fail(ok.error());
    return c;
}

Result<Customer> CustomerService::create(const Actor& actor, Customer customer) {
    if (auto ok = actor.require(Permission::EditCustomers); !ok)
        return fail(ok.error());
    auto created = inTransaction(m_ctx.db, [&] { return createInTransaction(actor, customer); });
    if (created)
        m_ctx.notifier.announce(kEntity, created->code);
    return created;
}

Result<Customer> CustomerService::update(const Actor& actor, Customer customer) {
    if (auto ok = actor.require(Permission::EditCustomers); !ok)
        return fail(ok.error());
    auto updated = inTransaction(m_ctx.db, [&]() -> Result<Customer> {
        auto before = m_customers.findById(customer.id);
        if (!before)
            return fail(before.error());
        if (!*before)
            return fail(notFound(customer.code));
        auto c = normalizeAndCheck(std::move(customer));
        if (!c)
            return c;
        if (c->code != (*before)->code)
            return fail(Error::rule(QStringLiteral("customer.code_immutable"),
                                    trMsg("A customer's code cannot be changed"),
                                    QStringLiteral("code")));
        if (auto ok = checkUnique(*c); !ok)
            return fail(ok.error());
        auto written = m_customers.update(*c);
        if (!written)
            return fail(written.error());
        if (!*written)
            return fail(
                Error::rule(QStringLiteral("customer.stale"),
                            trMsg("Customer %1 was changed by someone else meanwhile; reopen it "
                                  "and make your change again")
                                .arg(c->code)));
        auto after = m_customers.findById(c->id);
        if (!after)
            return fail(after.error());
        if (auto ok = m_ctx.record(actor, QStringLiteral("customer.update"), kEntity, c->code,
                                   toJson(**before), toJson(**after));
            !ok)
            return fail(ok.error());
        return **after;
    });
    if (updated)
        m_ctx.notifier.announce(kEntity, updated->code);
    return updated;
}

Result<Customer> CustomerService::get(const Actor& actor, const QString& code) {
    if (auto ok = actor.require(Permission::ViewCustomers); !ok)
        return fail(ok.error());
    auto found = m_customers.findByCode(code.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notFound(code));
    return **found;
}

Result<QList<CustomerRow>> CustomerService::list(const Actor& actor, const ListQuery& query) {
    if (auto ok = actor.require(Permission::ViewCustomers); !ok)
        return fail(ok.error());
    return m_customers.list(query);
}

Result<qint64> CustomerService::count(const Actor& actor, const ListQuery& query) {
    if (auto ok = actor.require(Permission::ViewCustomers); !ok)
        return fail(ok.error());
    return m_customers.count(query);
}

Result<QList<Customer>> CustomerService::listRecords(const Actor& actor, const ListQuery& query) {
    if (auto ok = actor.require(Permission::ViewCustomers); !ok)
        return fail(ok.error());
    return m_customers.listRecords(query);
}

} // namespace mostrador::services
