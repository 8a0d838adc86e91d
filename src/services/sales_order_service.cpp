// SPDX-License-Identifier: MIT
#include "services/sales_order_service.h"

#include "domain/numbering.h"
#include "domain/workflow.h"
#include "services/document_json.h"
#include "services/sales_order_impl.h"

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::SalesOrder;
namespace os = domain::order_state;

namespace {

const QString kEntity = QStringLiteral("order");

Error notFound(const QString& number) {
    return Error::notFound(QStringLiteral("order.not_found"),
                           trMsg("There is no sales order %1").arg(number));
}

// A delivery cannot be wanted before the order is placed, for the order or any line.
Status checkRequestedDates(const SalesOrder& o) {
    if (o.requestedDate.isValid() && o.requestedDate < o.date)
        return fail(Error::invalid(QStringLiteral("order.requested_date"),
                                   trMsg("The requested date cannot be before the order's date"),
                                   QStringLiteral("requested_date")));
    for (qsizetype i = 0; i < o.lines.size(); ++i)
        if (o.lines[i].requestedDate.isValid() && o.lines[i].requestedDate < o.date)
            return fail(Error::invalid(
                QStringLiteral("line.requested_date"),
                trMsg("Line %1: the requested date cannot be before the order's date").arg(i + 1),
                QStringLiteral("lines[%1].requested_date").arg(i)));
    return {};
}

} // namespace

bool countsInExposure(QStringView status) {
    return status == QStringView(os::kConfirmed) || status == QStringView(os::kPartiallyShipped) ||
           status == QStringView(os::kShipped);
}

SalesOrderService::Impl::Impl(ServiceContext& ctx, SettingsService& settings)
    : ctx(ctx)
    , settings(settings)
    , builder(ctx, settings)
    , orders(ctx.db)
    , series(ctx.db)
    , customers(ctx.db, ctx.currency)
    , products(ctx.db)
    , stock(ctx.db)
    , accounts(ctx.db) {}

Result<SalesOrder> SalesOrderService::Impl::assemble(const Actor& actor, const OrderInput& input) {
    SalesOrder o;
    o.date = input.date.isValid() ? input.date : QDate::currentDate();
    o.requestedDate = input.requestedDate;
    auto party = builder.party(input.customerCode);
    if (!party)
        return fail(party.error());
    o.party = *party;
    auto lines = builder.lines(actor, o.party, input.lines, o.date);
    if (!lines)
        return fail(lines.error());
    o.lines = *lines;
    if (auto ok = checkRequestedDates(o); !ok)
        return fail(ok.error());
    auto totals = builder.total(o.lines);
    if (!totals)
        return fail(totals.error());
    o.currency = ctx.currency;
    o.untaxed = totals->untaxed;
    o.tax = totals->tax;
    o.total = totals->total;
    o.taxGroups = totals->groups;
    o.deposits = domain::Money::zero(o.currency);
    o.openValue = domain::Money::zero(o.currency);
    o.notes = input.notes.trimmed();
    o.salesperson = actor.name;
    return o;
}

Result<SalesOrder> SalesOrderService::Impl::load(const QString& number, bool groups) {
    auto found = orders.findByNumber(number.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notFound(number.trimmed()));
    SalesOrder o = std::move(**found);
    if (groups) {
        // Recomputed from the stored lines: the same figures, grouped by rate.
        QList<domain::DocumentLine> lines = o.lines;
        auto totals = builder.total(lines);
        if (!totals)
            return fail(totals.error());
        o.taxGroups = totals->groups;
    }
    return o;
}

SalesOrderService::SalesOrderService(ServiceContext& ctx, SettingsService& settings)
    : d(std::make_unique<Impl>(ctx, settings)) {}

SalesOrderService::~SalesOrderService() = default;

Result<SalesOrder> SalesOrderService::create(const Actor& actor, const OrderInput& input) {
    if (auto ok = actor.require(Permission::EditOrders); !ok)
        return fail(ok.error());
    auto created = inTransaction(d->ctx.db, [&]() -> Result<SalesOrder> {
        auto o = d->assemble(actor, input);
        if (!o)
            return o;
        auto number =
            d->series.takeNext(QString::fromUtf16(domain::series::kOrder), o->date.year());
        if (!number)
            return fail(number.error());
        o->number = *number;
        auto id = d->orders.insert(*o);
        if (!id)
            return fail(id.error());
        if (auto ok = d->ctx.recordText(actor, QStringLiteral("order.create"), kEntity, o->number,
                                        QString(), toCreatedJsonText(*o));
            !ok)
            return fail(ok.error());
        return o;
    });
    if (created)
        d->ctx.notifier.announce(kEntity, created->number);
    return created;
}

Result<SalesOrder> SalesOrderService::update(const Actor& actor, const QString& number, int version,
                                             const OrderInput& input) {
    if (auto ok = actor.require(Permission::EditOrders); !ok)
        return fail(ok.error());
    auto updated = inTransaction(d->ctx.db, [&]() -> Result<SalesOrder> {
        auto before = d->load(number);
        if (!before)
            return before;
        if (auto ok = domain::salesOrderWorkflow().require(before->status, u"edit", u"draft",
                                                           before->number);
            !ok)
            return fail(ok.error());
        auto o = d->assemble(actor, input);
        if (!o)
            return o;
        o->id = before->id;
        o->number = before->number;
        o->quotationNumber = before->quotationNumber;
        o->salesperson = before->salesperson;
        o->version = version;
        auto written = d->orders.update(*o);
        if (!written)
            return fail(written.error());
        if (!*written)
            return fail(Error::rule(
                QStringLiteral("order.stale"),
                trMsg("Sales order %1 was changed by someone else; reopen it").arg(o->number)));
        if (auto ok = d->ctx.record(actor, QStringLiteral("order.update"), kEntity, o->number,
                                    toJson(*before), toJson(*o));
            !ok)
            return fail(ok.error());
        return d->load(o->number, true);
    });
    if (updated)
        d->ctx.notifier.announce(kEntity, updated->number);
    return updated;
}

Result<SalesOrder> SalesOrderService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->load(number, true);
}

Result<QList<OrderRow>> SalesOrderService::list(const Actor& actor, const OrderListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->orders.list(query);
}

Result<qint64> SalesOrderService::count(const Actor& actor, const OrderListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->orders.count(query);
}

Result<CreditPosition> SalesOrderService::credit(const Actor& actor, const QString& customerCode) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    const QString code = customerCode.trimmed().toUpper();
    auto customer = d->customers.findByCode(code);
    if (!customer)
        return fail(customer.error());
    if (!*customer)
        return fail(Error::notFound(QStringLiteral("customer.not_found"),
                                    trMsg("There is no customer with code “%1”").arg(code)));
    auto figures = d->accounts.figures((*customer)->id);
    if (!figures)
        return fail(figures.error());
    const domain::Currency c = d->ctx.currency;
    CreditPosition p;
    p.arBalance = domain::Money::fromMinor(figures->arBalance, c);
    p.openOrders = domain::Money::fromMinor(figures->openOrders, c);
    p.unappliedDeposits = domain::Money::fromMinor(figures->unappliedDeposits, c);
    p.exposure = p.arBalance + p.openOrders - p.unappliedDeposits;
    p.limit = (*customer)->creditLimit;
    p.onHold = (*customer)->onHold;
    return p;
}

Result<Availability> SalesOrderService::availability(const Actor& actor, const QString& sku) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    const QString code = sku.trimmed().toUpper();
    auto product = d->products.findBySku(code);
    if (!product)
        return fail(product.error());
    if (!*product)
        return fail(Error::notFound(QStringLiteral("product.not_found"),
                                    trMsg("There is no product with SKU “%1”").arg(code)));
    auto level = d->stock.level((*product)->id);
    if (!level)
        return fail(level.error());
    auto backlog = d->orders.backlog((*product)->id);
    if (!backlog)
        return fail(backlog.error());
    return Availability{level->onHand, level->reserved, level->available(), *backlog};
}

} // namespace mostrador::services
