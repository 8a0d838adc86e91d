// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/receivables.h"
#include "domain/user.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::services {

struct ServiceContext;

// The manager's dashboard (issue 6). Every figure is read from a summary table or
// behind an index over open documents only, so it stays under half a second on a
// database of a million orders. Sales and margins are those of ReportService::sales
// (posted invoices' goods lines less credit notes, untaxed).

struct MonthFigures {
    QString month; // "YYYY-MM"
    domain::Money sales;
    domain::Money margin;
};

// Orders in one state that is not final (draft, awaiting_approval, credit_hold,
// confirmed, partially_shipped, shipped): how many and their total incl. tax.
struct StateFigures {
    QString status; // persisted key
    int orders = 0;
    domain::Money value;
};

struct RankedFigures {
    QString key;  // customer code or SKU
    QString name; // customer or product name
    domain::Money sales;
    domain::Money margin;
};

struct DashboardFigures {
    QDate today;
    // Empty: the company's figures. Otherwise the figures of this salesperson alone: a
    // user without ViewReports sees only their own (orders, sales and customers).
    QString salesperson;

    domain::Money salesThisMonth; // month to date
    domain::Money salesLastMonth; // the whole previous month
    domain::Money salesSameMonthLastYear;
    QList<MonthFigures> last12Months; // oldest first, ending with this month; 12 entries

    QList<StateFigures> ordersByState; // in life-cycle order, every open state (0 included)
    domain::Money backlogValue;        // untaxed value of confirmed, unshipped quantities
    int creditHolds = 0;
    int awaitingApproval = 0;

    domain::AgingAmounts aging{domain::Currency{}}; // as of today, over posted invoices
    domain::Money overdue;                          // Σ past-due buckets

    // Last 12 months (those of last12Months), ten at most each, largest first.
    QList<RankedFigures> topCustomersBySales;
    QList<RankedFigures> topCustomersByMargin;
    QList<RankedFigures> topProductsBySales;
    QList<RankedFigures> topProductsByMargin;
};

class DashboardService {
public:
    explicit DashboardService(ServiceContext& ctx)
        : m_ctx(ctx) {}

    // Needs ViewSales; the company's figures need ViewReports, anyone else gets their own.
    Result<DashboardFigures> figures(const domain::Actor& actor, QDate today);

private:
    ServiceContext& m_ctx;
};

} // namespace mostrador::services
