// SPDX-License-Identifier: MIT
// The sales report of ReportService: sales, cost and margin by customer, product,
// salesperson or month. Whole months come from the monthly summary tables, any other
// range from the documents; both read in one snapshot and give the same figures.
#include "domain/sales_figures.h"
#include "services/report_service.h"
#include "services/service_context.h"
#include "storage/sales_summary_repository.h"

#include <QLocale>

namespace mostrador::services {

using domain::Money;
using domain::Permission;

namespace {

// Everyone's figures need ViewReports; a salesperson sees their own, asked for or not.
Result<SalesReportQuery> allowed(const domain::Actor& actor, SalesReportQuery query) {
    if (actor.require(Permission::ViewReports))
        return query;
    if (query.salesperson.isEmpty())
        query.salesperson = actor.name;
    if (query.salesperson != actor.name)
        return fail(actor.require(Permission::ViewReports).error());
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return query;
}

Status checkRange(const SalesReportQuery& query) {
    if (!query.from.isValid() || !query.to.isValid() || query.from <= query.to)
        return {};
    const QLocale locale;
    return fail(Error::invalid(QStringLiteral("report.range"),
                               trMsg("The report ends (%1) before it starts (%2)")
                                   .arg(locale.toString(query.to, QLocale::ShortFormat),
                                        locale.toString(query.from, QLocale::ShortFormat)),
                               QStringLiteral("to")));
}

// From the first of a month (or the first sale) to the last of a month (or the last sale).
bool wholeMonths(const SalesReportQuery& query) {
    return (!query.from.isValid() || query.from.day() == 1) &&
           (!query.to.isValid() || query.to.day() == query.to.daysInMonth());
}

storage::SalesKey keyOf(SalesGrouping by) {
    switch (by) {
    case SalesGrouping::Customer:
        return storage::SalesKey::Customer;
    case SalesGrouping::Product:
        return storage::SalesKey::Product;
    case SalesGrouping::Salesperson:
        return storage::SalesKey::Salesperson;
    case SalesGrouping::Month:
        break;
    }
    return storage::SalesKey::Month;
}

SalesReport reportOf(const SalesReportQuery& query, const QList<storage::SalesFigureRow>& rows,
                     domain::Currency currency) {
    SalesReport report{
        query, {}, Money::zero(currency), Money::zero(currency), Money::zero(currency)};
    for (const storage::SalesFigureRow& r : rows) {
        const Money sales = Money::fromMinor(r.sales, currency);
        const Money cost = Money::fromMinor(r.cost, currency);
        report.rows.append(
            {r.key, r.name, domain::Quantity::fromThousandths(r.qty), sales, cost, sales - cost});
        report.sales += sales;
        report.cost += cost;
    }
    report.margin = report.sales - report.cost;
    return report;
}

} // namespace

Result<SalesReport> ReportService::sales(const domain::Actor& actor,
                                         const SalesReportQuery& asked) {
    const auto narrowed = allowed(actor, asked);
    if (!narrowed)
        return fail(narrowed.error());
    const SalesReportQuery& query = *narrowed;
    if (auto ok = checkRange(query); !ok)
        return fail(ok.error());
    storage::SalesReadScope snapshot(m_ctx.db);
    if (!snapshot.begun())
        return fail(snapshot.begun().error());
    storage::SalesSummaryRepository repo(m_ctx.db, m_ctx.currency);
    const storage::SalesFigureQuery figures{keyOf(query.by), query.salesperson};
    auto rows =
        wholeMonths(query)
            ? repo.fromSummary(figures,
                               query.from.isValid() ? domain::salesMonth(query.from) : QString(),
                               query.to.isValid() ? domain::salesMonth(query.to) : QString())
            : repo.fromDocuments(figures, query.from, query.to);
    if (!rows)
        return fail(rows.error());
    try {
        return reportOf(query, *rows, m_ctx.currency);
    } catch (const domain::OverflowError&) {
        return fail(Error::invalid(QStringLiteral("number.overflow"),
                                   trMsg("An amount is too large to be computed exactly")));
    }
}

} // namespace mostrador::services
