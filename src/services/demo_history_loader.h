// SPDX-License-Identifier: MIT
#pragma once

#include "services/demo_history.h"
#include "services/demo_history_plan.h"
#include "services/service_context.h"
#include "storage/fulfilment_repository.h"
#include "storage/number_series_repository.h"
#include "storage/stock_repository.h"

#include <vector>

namespace mostrador::services::history {

// Writes the planned history month by month, each month one transaction: first the
// month's orders are planned (which schedules their shipments, invoices and payments on
// later days), then the month's numbers are taken from the series in one block per kind,
// then every day is written in order, new orders before the day's events, so each
// series runs in date order without gaps. Customer figures, reservations and the
// supplier receipts that restock what was shipped are added at the end of the month.
class Loader {
public:
    Loader(ServiceContext& ctx, const Catalogue& catalogue, int orders);

    Status run(const domain::Actor& actor);
    const DemoHistorySummary& summary() const { return m_summary; }

private:
    struct Series {
        QString format;
        int year = 0;
        qint64 next = 1;
    };

    Status month(QDate first, QDate last);
    void planDay(QDate day);
    Status takeNumbers(QDate first, QDate last);
    QString next(const QString& kind);
    Status writeDay(QDate day);
    Status writeOrder(OrderPlan& plan);
    Status writeEvent(const Event& event);
    Status writeShipment(OrderPlan& plan, int part);
    Status writeInvoice(OrderPlan& plan);
    Status writePayment(OrderPlan& plan, int part);
    Status closeMonth(QDate last);
    QList<Event>& bucket(QDate day) { return m_buckets[size_t(m_catalogue.start.daysTo(day))]; }

    ServiceContext& m_ctx;
    const Catalogue& m_catalogue;
    Planner m_planner;
    storage::BulkHistory m_bulk;
    storage::NumberSeriesRepository m_series;
    storage::DepositRepository m_deposits;
    storage::StockRepository m_stock;
    storage::CustomerAccountRepository m_accounts;
    qint64 m_orders = 0;
    qint64 m_days = 0;
    std::vector<QList<Event>> m_buckets;                          // by day of the history
    QHash<qint64, QList<std::shared_ptr<OrderPlan>>> m_newOrders; // this month's, by day
    QHash<QString, Series> m_numbers;                             // this month's blocks
    QHash<qint64, storage::AccountFigures> m_accountDeltas;       // this month's
    QHash<qint64, domain::Quantity> m_shipped;                    // this month's
    QHash<qint64, domain::Quantity> m_reserved;                   // this month's
    DemoHistorySummary m_summary;
};

} // namespace mostrador::services::history
