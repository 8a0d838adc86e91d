// SPDX-License-Identifier: MIT
// The payments list and the allocation a payment entry proposes (read only).
#include "storage/payment_list.h"

#include "services/payment_impl.h"

namespace mostrador::services {

using domain::Actor;
using domain::Money;
using domain::Permission;

namespace {

storage::PaymentPageQuery pageQuery(const PaymentListQuery& q) {
    storage::PaymentPageQuery out;
    static_cast<storage::ListQuery&>(out) = q;
    out.customerCode = q.customerCode;
    out.method = q.method;
    out.kind = q.kind;
    out.from = q.from;
    out.to = q.to;
    return out;
}

} // namespace

Result<QList<domain::Payment>> PaymentService::page(const Actor& actor,
                                                    const PaymentListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return storage::PaymentList(d->ctx.db, d->ctx.currency).page(pageQuery(query));
}

Result<qint64> PaymentService::countPayments(const Actor& actor, const PaymentListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return storage::PaymentList(d->ctx.db, d->ctx.currency).count(pageQuery(query));
}

Result<AllocationProposal>
PaymentService::proposeAllocation(const Actor& actor, const QString& customerCode, Money amount) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto customer = d->customer(customerCode);
    if (!customer)
        return fail(customer.error());
    // The same targets and credit add() reads when no invoice is named.
    auto targets = d->targets(customer->id, {});
    if (!targets)
        return fail(targets.error());
    auto credit = d->repo().openCredit(customer->id);
    if (!credit)
        return fail(credit.error());
    AllocationProposal out;
    out.customerCode = customer->code;
    out.credit = d->money(0);
    for (const domain::Payment& p : *credit)
        out.credit += p.unallocated;
    for (const domain::AllocationTarget& t : *targets) {
        auto dues = d->repo().invoice(t.invoice.id);
        if (!dues)
            return fail(dues.error());
        out.invoices.append({t.invoice, dues->date, dues->total});
    }
    const Money available = d->money(std::max<qint64>(amount.minor(), 0)) + out.credit;
    auto plan = domain::planAllocation(available, *targets);
    if (!plan)
        return fail(plan.error());
    out.plan = std::move(*plan);
    return out;
}

} // namespace mostrador::services
