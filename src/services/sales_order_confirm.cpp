// SPDX-License-Identifier: MIT
// The decisions on an order (ARCHITECTURE §4–§6): confirm, approve, release, cancel.
// Each decides the new state first, checks it against the workflow, and only then
// writes, so a refusal leaves the order, the stock and the customer's account as they were.
#include "domain/credit_policy.h"
#include "domain/settings.h"
#include "domain/workflow.h"
#include "services/document_json.h"
#include "services/sales_order_impl.h"
#include "services/settings_service.h"
#include "storage/receivables_repository.h"

#include <QHash>

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::Quantity;
using domain::SalesOrder;
namespace os = domain::order_state;

namespace {

const QString kEntity = QStringLiteral("order");

Status requireReason(const QString& reason) {
    if (!reason.trimmed().isEmpty())
        return {};
    return fail(Error::invalid(QStringLiteral("order.reason_required"),
                               trMsg("Give the reason for this decision"),
                               QStringLiteral("reason")));
}

} // namespace

Result<QStringList> SalesOrderService::Impl::creditReasons(const SalesOrder& o) {
    auto customer = customers.findById(o.party.customerId);
    if (!customer)
        return fail(customer.error());
    if (!*customer)
        return fail(Error::notFound(
            QStringLiteral("customer.not_found"),
            trMsg("There is no customer with code “%1”").arg(o.party.customerCode)));
    auto figures = accounts.figures(o.party.customerId);
    if (!figures)
        return fail(figures.error());
    auto blockDays = settings.value(QString::fromUtf16(domain::setting::kBlockOverdueDays));
    if (!blockDays)
        return fail(blockDays.error());
    domain::CreditSituation situation;
    if ((*customer)->creditLimit)
        situation.limit = domain::Money::fromMinor((*customer)->creditLimit->minor(), o.currency);
    situation.exposure = domain::Money::fromMinor(
        figures->arBalance + figures->openOrders - figures->unappliedDeposits, o.currency);
    situation.onHold = (*customer)->onHold;
    auto overdue = storage::ReceivablesRepository(ctx.db, o.currency)
                       .overdue(o.party.customerId, QDate::currentDate(), blockDays->toInt());
    if (!overdue)
        return fail(overdue.error());
    situation.oldestOverdueDays = overdue->oldestDays;
    situation.overdueInvoices = overdue->beyondLimit;
    const QLocale locale;
    QStringList reasons;
    for (const domain::CreditFinding& f :
         domain::checkCredit(situation, o.total, blockDays->toInt()))
        reasons << domain::describe(f, locale);
    return reasons;
}

// What each line can take of the free stock, lines of one product served in order;
// `shortLines` describes the lines that get less than they want.
Result<QList<Quantity>> SalesOrderService::Impl::planReservations(const SalesOrder& o,
                                                                  QStringList& shortLines) {
    const QLocale locale;
    QList<qint64> tracked;
    for (const domain::DocumentLine& line : o.lines)
        if (line.stockTracked && !tracked.contains(line.productId))
            tracked.append(line.productId);
    auto levels = stock.levels(tracked); // one read for the whole order
    if (!levels)
        return fail(levels.error());
    QHash<qint64, Quantity> free; // what is still unreserved of each product
    QList<Quantity> takes(o.lines.size());
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const domain::DocumentLine& line = o.lines[i];
        const Quantity want = line.remaining() - line.reserved;
        if (!line.stockTracked || want <= Quantity())
            continue;
        if (!free.contains(line.productId))
            free.insert(line.productId,
                        std::max(levels->value(line.productId).available(), Quantity()));
        Quantity& left = free[line.productId];
        takes[i] = std::min(want, left);
        left -= takes[i];
        if (takes[i] < want)
            shortLines << trMsg("%1 (%2): %3 wanted, %4 available")
                              .arg(line.sku, line.description, want.toString(locale),
                                   takes[i].toString(locale));
    }
    return takes;
}

Status SalesOrderService::Impl::reserveAndOpen(SalesOrder& o) {
    auto allow = settings.value(QString::fromUtf16(domain::setting::kAllowBackorders));
    if (!allow)
        return fail(allow.error());
    QStringList shortLines;
    auto takes = planReservations(o, shortLines);
    if (!takes)
        return fail(takes.error());
    if (!shortLines.isEmpty() && *allow != u"true")
        return fail(Error::rule(QStringLiteral("order.short_stock"),
                                trMsg("Not enough stock to confirm %1: %2")
                                    .arg(o.number, shortLines.join(QStringLiteral("; ")))));
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        if (takes->at(i) <= Quantity())
            continue;
        domain::DocumentLine& line = o.lines[i];
        if (auto ok = stock.addReserved(line.productId, takes->at(i)); !ok)
            return ok;
        line.reserved += takes->at(i);
        if (auto ok = orders.writeFulfilment(line); !ok)
            return ok;
    }
    return setOpenValue(o, domain::openValue(o.lines, o.currency));
}

Status SalesOrderService::Impl::setOpenValue(SalesOrder& o, domain::Money open) {
    if (auto ok = accounts.addOpenOrders(o.party.customerId, (open - o.openValue).minor()); !ok)
        return ok;
    o.openValue = open;
    return {};
}

Status SalesOrderService::Impl::cancelRemaining(SalesOrder& o) {
    for (domain::DocumentLine& line : o.lines) {
        if (line.reserved.isZero() && line.remaining() <= Quantity())
            continue;
        if (!line.reserved.isZero())
            if (auto ok = stock.addReserved(line.productId, -line.reserved); !ok)
                return ok;
        line.reserved = Quantity();
        line.cancelled += std::max(line.remaining(), Quantity());
        if (auto ok = orders.writeFulfilment(line); !ok)
            return ok;
    }
    return {};
}

Status SalesOrderService::Impl::book(const Actor& actor, const QString& action,
                                     const SalesOrder& before, const SalesOrder& after) {
    if (auto ok = orders.writeState(after); !ok)
        return ok;
    return ctx.recordText(actor, QStringLiteral("order.") + action, kEntity, after.number,
                          stateJsonText(before), stateJsonText(after));
}

Status SalesOrderService::Impl::settle(const SalesOrder& before, SalesOrder& o,
                                       const QString& action, const QString& to) {
    if (auto ok = domain::salesOrderWorkflow().require(before.status, action, to, before.number);
        !ok)
        return ok;
    if (to == QStringView(os::kConfirmed))
        if (auto ok = reserveAndOpen(o); !ok)
            return ok;
    o.status = to;
    o.version = before.version + 1;
    return {};
}

Result<SalesOrder> SalesOrderService::confirm(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::EditOrders); !ok)
        return fail(ok.error());
    auto confirmed = inTransaction(d->ctx.db, [&]() -> Result<SalesOrder> {
        auto before = d->load(number);
        if (!before)
            return before;
        if (before->lines.isEmpty())
            return fail(
                Error::rule(QStringLiteral("order.empty"),
                            trMsg("Sales order %1 has no lines to confirm").arg(before->number)));
        SalesOrder after = *before;
        QString to = QString::fromUtf16(os::kConfirmed);
        // A held order was past its approvals already: checking again is the credit check.
        if (before->status == QStringView(os::kDraft)) {
            const QLocale locale;
            after.approvalReasons.clear();
            for (const auto& f : domain::approvalFindings(before->lines, actor.discountLimit()))
                after.approvalReasons << domain::describe(f, locale);
            if (!after.approvalReasons.isEmpty())
                to = QString::fromUtf16(os::kAwaitingApproval);
        }
        if (to == QStringView(os::kConfirmed)) {
            auto reasons = d->creditReasons(after);
            if (!reasons)
                return fail(reasons.error());
            after.holdReasons = *reasons;
            if (!reasons->isEmpty())
                to = QString::fromUtf16(os::kCreditHold);
        }
        if (auto ok = d->settle(*before, after, QStringLiteral("confirm"), to); !ok)
            return fail(ok.error());
        if (auto ok = d->book(actor, QStringLiteral("confirm"), *before, after); !ok)
            return fail(ok.error());
        return after;
    });
    if (confirmed)
        d->ctx.notifier.announce(kEntity, confirmed->number);
    return confirmed;
}

// Awaiting approval: approved, then the credit check decides. On credit hold: released
// to confirmed. Either way the manager's reason and name stay on the order.
Result<SalesOrder> SalesOrderService::Impl::decide(const Actor& actor, const QString& number,
                                                   const QString& requested,
                                                   const QString& reason) {
    auto before = load(number);
    if (!before)
        return before;
    QString action = requested;
    if (before->status == QStringView(os::kAwaitingApproval))
        action = QStringLiteral("approve");
    else if (before->status == QStringView(os::kCreditHold))
        action = QStringLiteral("release");
    SalesOrder after = *before;
    after.releaseReason = reason.trimmed();
    after.releasedBy = actor.name;
    QString to = QString::fromUtf16(os::kConfirmed);
    if (action == u"approve" && before->status == QStringView(os::kAwaitingApproval)) {
        auto reasons = creditReasons(after);
        if (!reasons)
            return fail(reasons.error());
        after.holdReasons = *reasons;
        if (!reasons->isEmpty())
            to = QString::fromUtf16(os::kCreditHold);
    }
    if (auto ok = settle(*before, after, action, to); !ok)
        return fail(ok.error());
    if (auto ok = book(actor, action, *before, after); !ok)
        return fail(ok.error());
    return after;
}

Result<SalesOrder> SalesOrderService::approve(const Actor& actor, const QString& number,
                                              const QString& reason) {
    if (auto ok = actor.require(Permission::ApproveOrders); !ok)
        return fail(ok.error());
    if (auto ok = requireReason(reason); !ok)
        return fail(ok.error());
    auto approved = inTransaction(
        d->ctx.db, [&] { return d->decide(actor, number, QStringLiteral("approve"), reason); });
    if (approved)
        d->ctx.notifier.announce(kEntity, approved->number);
    return approved;
}

Result<SalesOrder> SalesOrderService::release(const Actor& actor, const QString& number,
                                              const QString& reason) {
    if (auto ok = actor.require(Permission::ApproveOrders); !ok)
        return fail(ok.error());
    if (auto ok = requireReason(reason); !ok)
        return fail(ok.error());
    auto released = inTransaction(
        d->ctx.db, [&] { return d->decide(actor, number, QStringLiteral("release"), reason); });
    if (released)
        d->ctx.notifier.announce(kEntity, released->number);
    return released;
}

Result<SalesOrder> SalesOrderService::cancel(const Actor& actor, const QString& number,
                                             const QString& reason) {
    if (auto ok = actor.require(Permission::EditOrders); !ok)
        return fail(ok.error());
    auto cancelled = inTransaction(d->ctx.db, [&]() -> Result<SalesOrder> {
        auto before = d->load(number);
        if (!before)
            return before;
        // After a shipment only what remains is cancelled, and the order ends shipped.
        const QString to = before->status == QStringView(os::kPartiallyShipped)
                               ? QString::fromUtf16(os::kShipped)
                               : QString::fromUtf16(os::kCancelled);
        if (auto ok =
                domain::salesOrderWorkflow().require(before->status, u"cancel", to, before->number);
            !ok)
            return fail(ok.error());
        SalesOrder after = *before;
        if (auto ok = d->cancelRemaining(after); !ok)
            return fail(ok.error());
        // A cancelled order leaves the exposure; a shipped one stays until invoiced.
        if (auto ok = d->setOpenValue(after, countsInExposure(to)
                                                 ? domain::openValue(after.lines, after.currency)
                                                 : domain::Money::zero(after.currency));
            !ok)
            return fail(ok.error());
        after.status = to;
        after.cancelReason = reason.trimmed();
        after.version = before->version + 1;
        if (auto ok = d->book(actor, QStringLiteral("cancel"), *before, after); !ok)
            return fail(ok.error());
        return after;
    });
    if (cancelled)
        d->ctx.notifier.announce(kEntity, cancelled->number);
    return cancelled;
}

} // namespace mostrador::services
