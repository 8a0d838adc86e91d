// SPDX-License-Identifier: MIT
#include "domain/workflow.h"
#include "services/advance_invoicing.h"
#include "services/document_json.h"
#include "services/sales_order_service.h"
#include "storage/fulfilment_repository.h"
#include "storage/number_series_repository.h"
#include "storage/sales_order_repository.h"

namespace mostrador::services {

using domain::Actor;
using domain::Deposit;
using domain::Permission;
using domain::SalesOrder;
namespace os = domain::order_state;

namespace {

const QString kEntity = QStringLiteral("deposit");
const QString kSeries = QStringLiteral("deposit");

Status validateInput(const DepositInput& in) {
    if (in.amount <= domain::Money::zero(in.amount.currency()))
        return fail(Error::invalid(QStringLiteral("deposit.amount"),
                                   trMsg("A deposit must be greater than zero"),
                                   QStringLiteral("amount")));
    if (!domain::paymentMethods().contains(in.method))
        return fail(
            Error::invalid(QStringLiteral("deposit.method"),
                           trMsg("Unknown payment method “%1”: use one of %2")
                               .arg(in.method, domain::paymentMethods().join(QStringLiteral(", "))),
                           QStringLiteral("method")));
    return {};
}

} // namespace

struct DepositService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , orders(ctx.db)
        , deposits(ctx.db)
        , accounts(ctx.db)
        , series(ctx.db)
        , advances(ctx) {}

    Result<SalesOrder> order(const QString& number);
    // What the order still owes, refusing deposits on orders that no longer take them.
    Status checkOrder(const SalesOrder& o, domain::Money amount);

    ServiceContext& ctx;
    storage::SalesOrderRepository orders;
    storage::DepositRepository deposits;
    storage::CustomerAccountRepository accounts;
    storage::NumberSeriesRepository series;
    AdvanceInvoicing advances;
};

Result<SalesOrder> DepositService::Impl::order(const QString& number) {
    const QString key = number.trimmed().toUpper();
    auto found = orders.findByNumber(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("order.not_found"),
                                    trMsg("There is no sales order %1").arg(key)));
    return std::move(**found);
}

Status DepositService::Impl::checkOrder(const SalesOrder& o, domain::Money amount) {
    if (o.status == QStringView(os::kCancelled) || o.status == QStringView(os::kClosed))
        return fail(Error::rule(QStringLiteral("deposit.order_closed"),
                                trMsg("Sales order %1 is %2: it takes no deposits")
                                    .arg(o.number, domain::stateLabel(o.status))));
    const domain::Money owed = o.total - o.deposits;
    if (amount.minor() > owed.minor()) {
        const QLocale locale;
        return fail(Error::rule(
            QStringLiteral("deposit.too_much"),
            trMsg("A deposit of %1 is more than sales order %2 still owes: %3 (total %4, "
                  "deposits %5)")
                .arg(amount.toString(locale), o.number, owed.toString(locale),
                     o.total.toString(locale), o.deposits.toString(locale)),
            QStringLiteral("amount")));
    }
    return {};
}

DepositService::DepositService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}

DepositService::~DepositService() = default;

Result<Deposit> DepositService::add(const Actor& actor, const DepositInput& input) {
    if (auto ok = actor.require(Permission::RecordDeposits); !ok)
        return fail(ok.error());
    if (auto ok = validateInput(input); !ok)
        return fail(ok.error());
    auto added = inTransaction(d->ctx.db, [&]() -> Result<Deposit> {
        auto before = d->order(input.orderNumber);
        if (!before)
            return fail(before.error());
        const domain::Money amount =
            domain::Money::fromMinor(input.amount.minor(), before->currency);
        if (auto ok = d->checkOrder(*before, amount); !ok)
            return fail(ok.error());
        Deposit dep;
        dep.date = input.date.isValid() ? input.date : QDate::currentDate();
        // VAT on advance payments: the deposit is invoiced at once, so it must not be dated
        // before the latest posted invoice.
        auto advance = d->advances.enabled();
        if (!advance)
            return fail(advance.error());
        if (*advance)
            if (auto ok = d->advances.checkDate(dep.date); !ok)
                return fail(ok.error());
        auto number = d->series.takeNext(kSeries, dep.date.year());
        if (!number)
            return fail(number.error());
        dep.number = *number;
        dep.orderNumber = before->number;
        dep.customerCode = before->party.customerCode;
        dep.amount = amount;
        dep.applied = domain::Money::zero(before->currency);
        dep.method = input.method;
        dep.reference = input.reference.trimmed();
        dep.recordedBy = actor.name;
        auto id = d->deposits.insert(dep, before->id, before->party.customerId);
        if (!id)
            return fail(id.error());
        dep.id = *id;
        SalesOrder after = *before;
        after.deposits = before->deposits + amount;
        if (auto ok = d->orders.writeState(after); !ok)
            return fail(ok.error());
        if (*advance) {
            // Applied to its advance invoice at once: never unapplied, AR unchanged.
            if (auto inv = d->advances.post(actor, *before, dep); !inv)
                return fail(inv.error());
        } else if (auto ok =
                       d->accounts.addUnappliedDeposits(before->party.customerId, amount.minor());
                   !ok) {
            return fail(ok.error());
        }
        if (auto ok = d->ctx.record(actor, QStringLiteral("deposit.add"), kEntity, dep.number, {},
                                    toJson(dep));
            !ok)
            return fail(ok.error());
        return dep;
    });
    if (added) {
        d->ctx.notifier.announce(kEntity, added->number);
        d->ctx.notifier.announce(QStringLiteral("order"), added->orderNumber);
        if (!added->advanceInvoice.isEmpty())
            d->ctx.notifier.announce(QStringLiteral("invoice"), added->advanceInvoice);
    }
    return added;
}

Result<QList<Deposit>> DepositService::forOrder(const Actor& actor, const QString& orderNumber) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto o = d->order(orderNumber);
    if (!o)
        return fail(o.error());
    return d->deposits.forOrder(o->id, o->currency);
}

} // namespace mostrador::services
