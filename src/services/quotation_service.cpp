// SPDX-License-Identifier: MIT
#include "services/quotation_service.h"

#include "domain/numbering.h"
#include "domain/workflow.h"
#include "services/document_json.h"
#include "services/sales_document_builder.h"
#include "services/settings_service.h"
#include "storage/number_series_repository.h"
#include "storage/sales_order_repository.h"

#include <QJsonDocument>

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::Quotation;
using domain::SalesOrder;
namespace qs = domain::quotation_state;

namespace {

const QString kEntity = QStringLiteral("quotation");

Error notFound(const QString& number) {
    return Error::notFound(QStringLiteral("quotation.not_found"),
                           trMsg("There is no quotation %1").arg(number));
}

} // namespace

struct QuotationService::Impl {
    Impl(ServiceContext& ctx, SettingsService& settings)
        : ctx(ctx)
        , settings(settings)
        , builder(ctx, settings)
        , quotations(ctx.db)
        , orders(ctx.db)
        , series(ctx.db) {}

    ServiceContext& ctx;
    SettingsService& settings;
    SalesDocumentBuilder builder;
    storage::QuotationRepository quotations;
    storage::SalesOrderRepository orders;
    storage::NumberSeriesRepository series;

    Result<Quotation> assemble(const Actor& actor, const QuotationInput& input);
    // With its effective state ("expired" when past valid-until) unless `effective` is false.
    Result<Quotation> load(const QString& number, bool effective = true);
    Result<Quotation> transition(const Actor& actor, const QString& number, const QString& action,
                                 const QString& to, const QString& reason = {});
    Result<SalesOrder> makeOrder(const Actor& actor, const Quotation& q);
    Result<QDate> defaultValidUntil(const QDate& date);
};

QuotationService::QuotationService(ServiceContext& ctx, SettingsService& settings)
    : d(std::make_unique<Impl>(ctx, settings)) {}

QuotationService::~QuotationService() = default;

Result<QDate> QuotationService::Impl::defaultValidUntil(const QDate& date) {
    auto days = settings.value(QString::fromUtf16(domain::setting::kQuoteValidityDays));
    if (!days)
        return fail(days.error());
    return date.addDays(days->toInt());
}

// The quotation `input` describes, priced and totalled, not yet stored.
Result<Quotation> QuotationService::Impl::assemble(const Actor& actor,
                                                   const QuotationInput& input) {
    Quotation q;
    q.date = input.date.isValid() ? input.date : QDate::currentDate();
    q.validUntil = input.validUntil;
    if (!q.validUntil.isValid()) {
        auto validUntil = defaultValidUntil(q.date);
        if (!validUntil)
            return fail(validUntil.error());
        q.validUntil = *validUntil;
    }
    if (q.validUntil < q.date)
        return fail(Error::invalid(QStringLiteral("quotation.valid_until"),
                                   trMsg("A quotation cannot be valid until before its date"),
                                   QStringLiteral("valid_until")));
    auto party = builder.party(input.customerCode);
    if (!party)
        return fail(party.error());
    q.party = *party;
    auto lines = builder.lines(actor, q.party, input.lines, q.date);
    if (!lines)
        return fail(lines.error());
    q.lines = *lines;
    auto totals = builder.total(q.lines);
    if (!totals)
        return fail(totals.error());
    q.currency = ctx.currency;
    q.untaxed = totals->untaxed;
    q.tax = totals->tax;
    q.total = totals->total;
    q.taxGroups = totals->groups;
    q.notes = input.notes.trimmed();
    q.salesperson = actor.name;
    return q;
}

// The stored quotation with its effective state and tax groups.
Result<Quotation> QuotationService::Impl::load(const QString& number, bool effective) {
    auto found = quotations.findByNumber(number.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notFound(number));
    Quotation q = std::move(**found);
    if (effective)
        q.status = domain::effectiveQuotationState(q.status, q.validUntil, QDate::currentDate());
    auto totals = builder.total(q.lines);
    if (!totals)
        return fail(totals.error());
    q.taxGroups = totals->groups;
    return q;
}

Result<domain::DocumentLine> QuotationService::proposeLine(const Actor& actor,
                                                           const QString& customerCode,
                                                           const LineInput& line,
                                                           const QDate& date) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto party = d->builder.party(customerCode);
    if (!party)
        return fail(party.error());
    auto lines =
        d->builder.lines(actor, *party, {line}, date.isValid() ? date : QDate::currentDate());
    if (!lines)
        return fail(lines.error());
    return lines->first();
}

Result<Quotation> QuotationService::create(const Actor& actor, const QuotationInput& input) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    auto created = inTransaction(d->ctx.db, [&]() -> Result<Quotation> {
        auto q = d->assemble(actor, input);
        if (!q)
            return q;
        auto number =
            d->series.takeNext(QString::fromUtf16(domain::series::kQuotation), q->date.year());
        if (!number)
            return fail(number.error());
        q->number = *number;
        auto id = d->quotations.insert(*q);
        if (!id)
            return fail(id.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("quotation.create"), kEntity, q->number,
                                    {}, toJson(*q));
            !ok)
            return fail(ok.error());
        return d->load(q->number); // with the ids of its lines
    });
    if (created)
        d->ctx.notifier.announce(kEntity, created->number);
    return created;
}

Result<Quotation> QuotationService::update(const Actor& actor, const QString& number, int version,
                                           const QuotationInput& input) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    auto updated = inTransaction(d->ctx.db, [&]() -> Result<Quotation> {
        // The stored state decides: an expired draft may still be edited, and a new
        // valid-until revives it.
        auto before = d->load(number, false);
        if (!before)
            return before;
        if (auto ok = domain::quotationWorkflow().require(before->status, u"edit", u"draft",
                                                          before->number);
            !ok)
            return fail(ok.error());
        auto q = d->assemble(actor, input);
        if (!q)
            return q;
        q->id = before->id;
        q->number = before->number;
        q->revision = before->revision;
        q->version = version;
        auto written = d->quotations.update(*q);
        if (!written)
            return fail(written.error());
        if (!*written)
            return fail(Error::rule(
                QStringLiteral("quotation.stale"),
                trMsg("Quotation %1 was changed by someone else; reopen it").arg(q->number)));
        if (auto ok = d->ctx.record(actor, QStringLiteral("quotation.update"), kEntity, q->number,
                                    toJson(*before), toJson(*q));
            !ok)
            return fail(ok.error());
        return d->load(q->number);
    });
    if (updated)
        d->ctx.notifier.announce(kEntity, updated->number);
    return updated;
}

// Moves a quotation along its workflow from its effective state; the reason is kept
// for rejections.
Result<Quotation> QuotationService::Impl::transition(const Actor& actor, const QString& number,
                                                     const QString& action, const QString& to,
                                                     const QString& reason) {
    auto before = load(number);
    if (!before)
        return before;
    if (auto ok = domain::quotationWorkflow().require(before->status, action, to, before->number);
        !ok)
        return fail(ok.error());
    if (action == u"send" && before->lines.isEmpty())
        return fail(Error::rule(QStringLiteral("quotation.empty"),
                                trMsg("Quotation %1 has no lines to send").arg(before->number)));
    if (auto ok = quotations.setStatus(before->id, to, reason); !ok)
        return fail(ok.error());
    Quotation after = *before;
    after.status = to;
    after.rejectReason = reason;
    ++after.version;
    if (auto ok = ctx.record(actor, QStringLiteral("quotation.") + action, kEntity, after.number,
                             toJson(*before), toJson(after));
        !ok)
        return fail(ok.error());
    return after;
}

Result<Quotation> QuotationService::send(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    auto sent = inTransaction(d->ctx.db, [&] {
        return d->transition(actor, number, QStringLiteral("send"), QString::fromUtf16(qs::kSent));
    });
    if (sent)
        d->ctx.notifier.announce(kEntity, sent->number);
    return sent;
}

Result<Quotation> QuotationService::reject(const Actor& actor, const QString& number,
                                           const QString& reason) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    if (reason.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("quotation.reason_required"),
                                   trMsg("Say why the quotation is rejected"),
                                   QStringLiteral("reason")));
    auto rejected = inTransaction(d->ctx.db, [&] {
        return d->transition(actor, number, QStringLiteral("reject"),
                             QString::fromUtf16(qs::kRejected), reason.trimmed());
    });
    if (rejected)
        d->ctx.notifier.announce(kEntity, rejected->number);
    return rejected;
}

Result<Quotation> QuotationService::revise(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    auto revised = inTransaction(d->ctx.db, [&]() -> Result<Quotation> {
        auto before = d->load(number);
        if (!before)
            return before;
        if (auto ok = domain::quotationWorkflow().require(before->status, u"revise", u"draft",
                                                          before->number);
            !ok)
            return fail(ok.error());
        const QByteArray document = QJsonDocument(toJson(*before)).toJson(QJsonDocument::Compact);
        if (auto ok = d->quotations.keepRevision(*before, QString::fromUtf8(document)); !ok)
            return fail(ok.error());
        // The new revision is dated today and valid for the usual period again.
        Quotation q = *before;
        q.revision = before->revision + 1;
        q.status = QString::fromUtf16(qs::kDraft);
        q.date = QDate::currentDate();
        auto validUntil = d->defaultValidUntil(q.date);
        if (!validUntil)
            return fail(validUntil.error());
        q.validUntil = *validUntil;
        if (auto ok = d->quotations.setStatus(q.id, q.status); !ok)
            return fail(ok.error());
        q.version = before->version + 1;
        auto written = d->quotations.update(q);
        if (!written)
            return fail(written.error());
        ++q.version;
        if (auto ok = d->ctx.record(actor, QStringLiteral("quotation.revise"), kEntity, q.number,
                                    toJson(*before), toJson(q));
            !ok)
            return fail(ok.error());
        return q;
    });
    if (revised)
        d->ctx.notifier.announce(kEntity, revised->number);
    return revised;
}

// The draft sales order an accepted quotation becomes: its lines at its prices.
Result<SalesOrder> QuotationService::Impl::makeOrder(const Actor& actor, const Quotation& q) {
    SalesOrder o;
    o.date = QDate::currentDate();
    auto number = series.takeNext(QString::fromUtf16(domain::series::kOrder), o.date.year());
    if (!number)
        return fail(number.error());
    o.number = *number;
    o.party = q.party;
    o.salesperson = q.salesperson;
    o.notes = q.notes;
    o.quotationNumber = q.number;
    o.currency = q.currency;
    o.lines = q.lines;
    for (domain::DocumentLine& line : o.lines)
        line.id = 0;
    o.untaxed = q.untaxed;
    o.tax = q.tax;
    o.total = q.total;
    o.taxGroups = q.taxGroups;
    auto id = orders.insert(o, q.id);
    if (!id)
        return fail(id.error());
    o.id = *id;
    o.version = 1;
    if (auto ok = ctx.record(actor, QStringLiteral("order.create"), QStringLiteral("order"),
                             o.number, {}, toJson(o));
        !ok)
        return fail(ok.error());
    return o;
}

Result<SalesOrder> QuotationService::accept(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::EditQuotations); !ok)
        return fail(ok.error());
    auto order = inTransaction(d->ctx.db, [&]() -> Result<SalesOrder> {
        auto q = d->transition(actor, number, QStringLiteral("accept"),
                               QString::fromUtf16(qs::kAccepted));
        if (!q)
            return fail(q.error());
        if (q->lines.isEmpty())
            return fail(Error::rule(QStringLiteral("quotation.empty"),
                                    trMsg("Quotation %1 has no lines to order").arg(q->number)));
        auto o = d->makeOrder(actor, *q);
        if (!o)
            return o;
        if (auto ok = d->quotations.linkOrder(q->id, o->number); !ok)
            return fail(ok.error());
        return o;
    });
    if (order) {
        d->ctx.notifier.announce(kEntity, order->quotationNumber);
        d->ctx.notifier.announce(QStringLiteral("order"), order->number);
    }
    return order;
}

Result<Quotation> QuotationService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->load(number);
}

Result<QList<domain::QuotationRevision>> QuotationService::revisions(const Actor& actor,
                                                                     const QString& number) {
    auto q = get(actor, number);
    if (!q)
        return fail(q.error());
    return d->quotations.revisions(q->id);
}

Result<QList<QuotationRow>> QuotationService::list(const Actor& actor,
                                                   const QuotationListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->quotations.list(query);
}

Result<qint64> QuotationService::count(const Actor& actor, const QuotationListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->quotations.count(query);
}

} // namespace mostrador::services
