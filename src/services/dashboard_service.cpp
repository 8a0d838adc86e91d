// SPDX-License-Identifier: MIT
#include "services/dashboard_service.h"

#include "domain/fixed_decimal.h"
#include "domain/sales_document.h"
#include "services/service_context.h"
#include "storage/dashboard_queries.h"
#include "storage/report_queries.h"

#include <algorithm>

namespace mostrador::services {

using domain::Money;
using domain::Permission;
using storage::RankedTotals;

namespace {

constexpr int kTopCount = 10;

QString monthKey(QDate date) {
    return QStringLiteral("%1-%2")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'));
}

// The states an order can still leave, in the order of its life.
QStringList openStates() {
    namespace s = domain::order_state;
    QStringList out;
    for (const char16_t* key : {s::kDraft, s::kAwaitingApproval, s::kCreditHold, s::kConfirmed,
                                s::kPartiallyShipped, s::kShipped})
        out.append(QString::fromUtf16(key));
    return out;
}

// The first ten of `rows` by `value`, largest first; ties by id, so the order is stable.
template <class Value> QList<RankedTotals> topTen(QList<RankedTotals> rows, Value value) {
    const auto before = [&](const RankedTotals& a, const RankedTotals& b) {
        return value(a) != value(b) ? value(a) > value(b) : a.id < b.id;
    };
    const qsizetype n = std::min<qsizetype>(kTopCount, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + n, rows.end(), before);
    rows.resize(n);
    return rows;
}

struct Reader {
    storage::Database& db;
    domain::Currency currency;
    QString salesperson;
    storage::DashboardQueries queries{db, currency};

    Money money(qint64 minor) const { return Money::fromMinor(minor, currency); }

    Status sales(DashboardFigures& f);
    Status orders(DashboardFigures& f);
    Status receivables(DashboardFigures& f);
    Status ranks(DashboardFigures& f, const QString& first, const QString& last);
    QList<RankedFigures> figures(const QList<RankedTotals>& rows) const;
};

Status Reader::sales(DashboardFigures& f) {
    const QDate month(f.today.year(), f.today.month(), 1);
    auto rows = queries.months(monthKey(month.addYears(-1)), monthKey(month), salesperson);
    if (!rows)
        return fail(rows.error());
    QHash<QString, storage::MonthTotals> byMonth;
    for (const storage::MonthTotals& m : *rows)
        byMonth.insert(m.month, m);
    for (int back = 11; back >= 0; --back) {
        const auto m = byMonth.value(monthKey(month.addMonths(-back)));
        f.last12Months.append(
            {monthKey(month.addMonths(-back)), money(m.sales), money(m.sales - m.cost)});
    }
    f.salesThisMonth = money(byMonth.value(monthKey(month)).sales);
    f.salesLastMonth = money(byMonth.value(monthKey(month.addMonths(-1))).sales);
    f.salesSameMonthLastYear = money(byMonth.value(monthKey(month.addYears(-1))).sales);
    return ranks(f, monthKey(month.addMonths(-11)), monthKey(month));
}

Status Reader::ranks(DashboardFigures& f, const QString& first, const QString& last) {
    const auto bySales = [](const RankedTotals& r) { return r.sales; };
    const auto byMargin = [](const RankedTotals& r) { return r.sales - r.cost; };
    auto customers = queries.customers(first, last, salesperson);
    if (!customers)
        return fail(customers.error());
    auto topCustomers = topTen(*customers, bySales);
    auto marginCustomers = topTen(*customers, byMargin);
    if (auto ok = queries.nameCustomers(topCustomers); !ok)
        return ok;
    if (auto ok = queries.nameCustomers(marginCustomers); !ok)
        return ok;
    auto products = queries.products(first, last, salesperson);
    if (!products)
        return fail(products.error());
    auto topProducts = topTen(*products, bySales);
    auto marginProducts = topTen(*products, byMargin);
    if (auto ok = queries.nameProducts(topProducts); !ok)
        return ok;
    if (auto ok = queries.nameProducts(marginProducts); !ok)
        return ok;
    f.topCustomersBySales = figures(topCustomers);
    f.topCustomersByMargin = figures(marginCustomers);
    f.topProductsBySales = figures(topProducts);
    f.topProductsByMargin = figures(marginProducts);
    return {};
}

QList<RankedFigures> Reader::figures(const QList<RankedTotals>& rows) const {
    QList<RankedFigures> out;
    for (const RankedTotals& r : rows)
        out.append({r.key, r.name, money(r.sales), money(r.sales - r.cost)});
    return out;
}

Status Reader::orders(DashboardFigures& f) {
    const QStringList states = openStates();
    auto rows = queries.orderStates(states, salesperson);
    if (!rows)
        return fail(rows.error());
    for (const QString& state : states) {
        StateFigures s{state, 0, money(0)};
        for (const storage::StateTotals& t : *rows)
            if (t.status == state)
                s = {state, int(t.orders), money(t.total)};
        f.ordersByState.append(s);
        if (state == domain::order_state::kCreditHold)
            f.creditHolds = s.orders;
        else if (state == domain::order_state::kAwaitingApproval)
            f.awaitingApproval = s.orders;
    }
    auto lines = queries.backlog(salesperson);
    if (!lines)
        return fail(lines.error());
    // The open share of each line's untaxed net, as the backlog report values it.
    f.backlogValue = money(0);
    for (const storage::BacklogLine& l : *lines)
        if (l.qty > 0)
            f.backlogValue +=
                money(domain::fixed::divideRounded(domain::Int128(l.net) * l.open, l.qty));
    return {};
}

// Every open invoice aged by the rule of the aging report (domain::ageInvoice); the
// company's figures also count the unallocated credit in Current, as that report does, so
// they sum to the AR balance. A salesperson's are their own invoices' (credit belongs to
// no salesperson).
Status Reader::receivables(DashboardFigures& f) {
    f.aging = domain::AgingAmounts(currency);
    auto ok = queries.openInvoices(salesperson, [&](const storage::OpenSchedule& open) {
        domain::ageInvoice(f.aging, open.installments, open.covered, f.today);
    });
    if (!ok)
        return ok;
    if (salesperson.isEmpty()) {
        auto credit = queries.unallocatedCredit();
        if (!credit)
            return fail(credit.error());
        f.aging[domain::AgingBucket::Current] -= money(*credit);
    }
    f.overdue = f.aging.total() - f.aging[domain::AgingBucket::Current];
    return {};
}

} // namespace

Result<DashboardFigures> DashboardService::figures(const domain::Actor& actor, QDate today) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    DashboardFigures f;
    f.today = today.isValid() ? today : QDate::currentDate();
    if (!actor.require(Permission::ViewReports))
        f.salesperson = actor.name;
    try {
        storage::ReadSnapshot snapshot(m_ctx.db);
        if (!snapshot.begun())
            return fail(snapshot.begun().error());
        Reader reader{m_ctx.db, m_ctx.currency, f.salesperson};
        for (auto step : {&Reader::sales, &Reader::orders, &Reader::receivables})
            if (auto ok = (reader.*step)(f); !ok)
                return fail(ok.error());
    } catch (const domain::OverflowError&) {
        return fail(Error::invalid(QStringLiteral("number.overflow"),
                                   trMsg("An amount is too large to be computed exactly")));
    }
    return f;
}

} // namespace mostrador::services
