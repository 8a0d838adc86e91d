// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/dashboard_service.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class BarChartView;
class DashboardTile;

// The Dashboard section (Ctrl+0), first in the sidebar and where managers start: tiles
// for this month's sales against last month and the same month last year, the order
// backlog, what is overdue and what waits for a manager; charts of the last 12 months'
// sales and margin, the open orders by state and the receivables by age; the top ten
// customers and products by sales or by margin (the switch is kept across refreshes).
// A sales user sees "My figures": the same, of their own orders and sales.
//
// Every figure opens the list behind it through the signals below (MainWindow switches
// section and sets the list's filter). The tiles are buttons, the charts take arrow keys
// and Enter, the tables Enter, so all of it works from the keyboard. It reads again,
// debounced, when anything changes, here or in another process; while hidden it only
// notes that it must, and reads when shown.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshDelayMs = 300;
    enum RankColumn { Key, Name, Sales, Margin };

    // A whole currency amount as an axis label, millions and thousands shortened.
    static QString compactAmount(qint64 whole);

    DashboardView(services::Services& services, const domain::Actor& actor,
                  QWidget* parent = nullptr);

    // Reads the figures now (what a change does after kRefreshDelayMs).
    void reload();
    const services::DashboardFigures& figures() const { return m_figures; }
    bool byMargin() const;

    QLabel* heading() const { return m_heading; }
    QLabel* errorLabel() const { return m_error; }
    DashboardTile* salesTile() const { return m_salesTile; }
    DashboardTile* backlogTile() const { return m_backlogTile; }
    DashboardTile* overdueTile() const { return m_overdueTile; }
    DashboardTile* waitingTile() const { return m_waitingTile; }
    BarChartView* monthsChart() const { return m_months; }
    BarChartView* statesChart() const { return m_states; }
    BarChartView* agingChart() const { return m_aging; }
    QTableView* customersTable() const { return m_customers; }
    QTableView* productsTable() const { return m_products; }
    QAbstractButton* bySalesButton() const { return m_bySales; }
    QAbstractButton* byMarginButton() const { return m_byMargin; }

Q_SIGNALS:
    void periodChosen(QDate from, QDate to); // the invoices dated in it
    void orderStateChosen(const QString& status);
    void queueChosen(); // credit holds and approvals
    void overdueChosen();
    void agingChosen();
    void customerChosen(const QString& code);
    void productChosen(const QString& sku);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QLayout* buildHeader();
    QLayout* buildTiles();
    QWidget* buildRanks();
    void connectNavigation();
    void fillTiles();
    void fillCharts();
    void fillRanks();
    void monthChosen(int index);
    void agingBucketChosen(int index);
    QString money(const domain::Money& amount) const;

    services::Services& m_services;
    domain::Actor m_actor;
    services::DashboardFigures m_figures;
    bool m_stale = true;
    QTimer* m_refresh = nullptr;

    QLabel* m_heading = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_error = nullptr;
    DashboardTile* m_salesTile = nullptr;
    DashboardTile* m_backlogTile = nullptr;
    DashboardTile* m_overdueTile = nullptr;
    DashboardTile* m_waitingTile = nullptr;
    BarChartView* m_months = nullptr;
    BarChartView* m_states = nullptr;
    BarChartView* m_aging = nullptr;
    QTableView* m_customers = nullptr;
    QTableView* m_products = nullptr;
    QStandardItemModel* m_customerModel = nullptr;
    QStandardItemModel* m_productModel = nullptr;
    QAbstractButton* m_bySales = nullptr;
    QAbstractButton* m_byMargin = nullptr;
};

} // namespace mostrador::app
