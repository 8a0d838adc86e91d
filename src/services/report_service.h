// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"
#include "domain/user.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::services {

struct ServiceContext;

// The managers' and planners' reports (issue 6, ARCHITECTURE §10 "report …"). Every
// report is read in one read transaction, so its rows and its totals agree.

// Sales by a key, with margin. sales = untaxed net of posted invoices' goods lines less
// credit notes' lines dated in [from, to]; cost = Σ round(qty × unit cost) of the same
// lines; margin = sales − cost. Advance invoices and their deductions are not sales.
enum class SalesGrouping { Customer, Product, Salesperson, Month };

struct SalesReportQuery {
    QDate from; // invalid: from the first sale
    QDate to;   // invalid: to the last
    SalesGrouping by = SalesGrouping::Customer;
    QString salesperson; // empty: everyone's
};

struct SalesReportRow {
    QString key;  // customer code, SKU, salesperson name or "YYYY-MM"
    QString name; // customer or product name; empty for salesperson and month
    domain::Quantity qty; // by product only (net of returns); zero otherwise
    domain::Money sales;
    domain::Money cost;
    domain::Money margin;
};

// Rows by sales, largest first (by month: in month order); totals over all rows.
struct SalesReport {
    SalesReportQuery query;
    QList<SalesReportRow> rows;
    domain::Money sales;
    domain::Money cost;
    domain::Money margin;
};

// Order backlog: one row per order line with a confirmed quantity not yet shipped
// (orders confirmed or partially shipped), qty = ordered − shipped − cancelled,
// value = that share of the line's untaxed net; by requested date (the line's, else the
// order's, else the order date), then order number and line position.
struct BacklogQuery {
    QDate requestedFrom; // invalid: no limit
    QDate requestedTo;
    QString customerCode; // empty: all
    QString sku;          // empty: all
};
struct BacklogRow {
    QString order;
    QString customerCode;
    QString customerName;
    QString sku;
    QString productName;
    domain::Quantity qty;
    domain::Money value;
    QDate requestedDate;
};
struct BacklogReport {
    QList<BacklogRow> rows;
    domain::Money value; // Σ rows
};

// Production demand: the backlog's quantities by tracked product and by week (Monday of
// the requested date's ISO week; dates before this week count in this week), against
// stock. For each product, weeks in order: available = on hand − cumulative demand to that
// week inclusive; shortfall = the part of that week's demand that stock does not cover,
// max(0, demand − max(0, available of the week before)). So Σ shortfall of a product =
// max(0, Σ demand − on hand).
struct DemandRow {
    QString sku;
    QString productName;
    QDate week;
    domain::Quantity demand;
    domain::Quantity onHand;
    domain::Quantity available;
    domain::Quantity shortfall;
};

// Stock valuation at standard cost: every tracked product with stock on hand ≠ 0,
// value = round(on hand × standard cost); by category, then SKU.
struct StockValuationRow {
    QString sku;
    QString productName;
    QString category;
    domain::Quantity onHand;
    domain::UnitPrice unitCost;
    domain::Money value;
};
struct StockValuation {
    QList<StockValuationRow> rows;
    domain::Money value; // Σ rows
};

class ReportService {
public:
    explicit ReportService(ServiceContext& ctx)
        : m_ctx(ctx) {}

    // Needs ViewReports, or ViewSales with query.salesperson = the actor's own name (a
    // salesperson sees their own sales). Whole months are read from the monthly summary
    // tables; other ranges from the documents (both give the same figures).
    Result<SalesReport> sales(const domain::Actor& actor, const SalesReportQuery& query);
    // ViewSales.
    Result<BacklogReport> backlog(const domain::Actor& actor, const BacklogQuery& query);
    // ViewSales. `today` fixes "this week".
    Result<QList<DemandRow>> demand(const domain::Actor& actor, QDate today);
    // ViewReports.
    Result<StockValuation> stockValuation(const domain::Actor& actor);

private:
    ServiceContext& m_ctx;
};

} // namespace mostrador::services
