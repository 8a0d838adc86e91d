// SPDX-License-Identifier: MIT
// The planners' reports of ReportService: the order backlog, production demand by week
// and the stock valuation at standard cost. Each reads in one snapshot.
#include "domain/demand_plan.h"
#include "services/report_service.h"
#include "services/service_context.h"
#include "storage/customer_repository.h"
#include "storage/product_repository.h"
#include "storage/report_queries.h"

namespace mostrador::services {

using domain::Money;
using domain::Permission;

namespace {

// Runs `body`, turning an overflow of the fixed-point arithmetic into an error.
template <class F> auto exactly(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const domain::OverflowError&) {
        return fail(Error::invalid(QStringLiteral("number.overflow"),
                                   trMsg("An amount is too large to be computed exactly")));
    }
}

// The filter of a backlog query, its customer and SKU looked up: an unknown one is an
// error, not an empty report.
Result<storage::OpenLineFilter> openLineFilter(ServiceContext& ctx, const BacklogQuery& query) {
    if (query.requestedFrom.isValid() && query.requestedTo.isValid() &&
        query.requestedTo < query.requestedFrom)
        return fail(Error::invalid(QStringLiteral("report.range"),
                                   trMsg("The dates end (%1) before they start (%2)")
                                       .arg(query.requestedTo.toString(Qt::ISODate),
                                            query.requestedFrom.toString(Qt::ISODate)),
                                   QStringLiteral("to")));
    storage::OpenLineFilter filter{query.requestedFrom, query.requestedTo, 0, 0};
    if (const QString code = query.customerCode.trimmed().toUpper(); !code.isEmpty()) {
        auto found = storage::CustomerRepository(ctx.db, ctx.currency).findByCode(code);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Error::notFound(QStringLiteral("customer.not_found"),
                                        trMsg("There is no customer with code “%1”").arg(code)));
        filter.customerId = (*found)->id;
    }
    if (const QString sku = query.sku.trimmed().toUpper(); !sku.isEmpty()) {
        auto found = storage::ProductRepository(ctx.db).findBySku(sku);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Error::notFound(QStringLiteral("product.not_found"),
                                        trMsg("There is no product with SKU “%1”").arg(sku)));
        filter.productId = (*found)->id;
    }
    return filter;
}

BacklogRow backlogRow(const storage::OpenLine& l) {
    return {l.order,
            l.customerCode,
            l.customerName,
            l.sku,
            l.productName,
            l.open,
            domain::openShare(l.net, l.qty, l.open),
            l.wanted};
}

} // namespace

Result<BacklogReport> ReportService::backlog(const domain::Actor& actor,
                                             const BacklogQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    storage::ReadSnapshot snapshot(m_ctx.db);
    if (!snapshot.begun())
        return fail(snapshot.begun().error());
    auto filter = openLineFilter(m_ctx, query);
    if (!filter)
        return fail(filter.error());
    auto lines = storage::ReportQueries(m_ctx.db, m_ctx.currency).openLines(*filter);
    if (!lines)
        return fail(lines.error());
    return exactly([&]() -> Result<BacklogReport> {
        BacklogReport report{{}, Money::zero(m_ctx.currency)};
        report.rows.reserve(lines->size());
        for (const storage::OpenLine& l : *lines) {
            report.rows.append(backlogRow(l));
            report.value += report.rows.last().value;
        }
        return report;
    });
}

Result<QList<DemandRow>> ReportService::demand(const domain::Actor& actor, QDate today) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto lines = storage::ReportQueries(m_ctx.db, m_ctx.currency).openLines({});
    if (!lines)
        return fail(lines.error());
    QList<domain::DemandNeed> needs;
    needs.reserve(lines->size());
    for (const storage::OpenLine& l : *lines)
        needs.append({l.sku, l.productName, l.tracked, l.onHand, l.wanted, l.open});
    return exactly([&]() -> Result<QList<DemandRow>> {
        QList<DemandRow> rows;
        for (const domain::WeekDemand& w :
             domain::planDemand(needs, today.isValid() ? today : QDate::currentDate()))
            rows.append(
                {w.sku, w.productName, w.week, w.demand, w.onHand, w.available, w.shortfall});
        return rows;
    });
}

Result<StockValuation> ReportService::stockValuation(const domain::Actor& actor) {
    if (auto ok = actor.require(Permission::ViewReports); !ok)
        return fail(ok.error());
    auto holdings = storage::ReportQueries(m_ctx.db, m_ctx.currency).stockHoldings();
    if (!holdings)
        return fail(holdings.error());
    return exactly([&]() -> Result<StockValuation> {
        StockValuation report{{}, Money::zero(m_ctx.currency)};
        for (const storage::StockHolding& h : *holdings) {
            const Money value = h.unitCost.amountFor(h.onHand, m_ctx.currency);
            report.rows.append({h.sku, h.productName, h.category, h.onHand, h.unitCost, value});
            report.value += value;
        }
        return report;
    });
}

} // namespace mostrador::services
