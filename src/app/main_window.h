// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/import_dialog.h"
#include "app/global_search.h"
#include "domain/user.h"

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class ListPage;
class DashboardView;
class CustomersView;
class ProductsView;
class StockView;
class QuotationsView;
class OrdersView;
class ShipmentsView;
class InvoicesView;
class PaymentsView;
class ReturnsView;

// The application window: sections on the left (later ones shown, disabled), the
// current list in the middle, the global search in the toolbar, the database and the
// user in the status bar. Geometry and toolbar state are restored from the settings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Sections in navigation order; those up to kLastBuilt are built, the later ones are
    // shown disabled.
    enum Section {
        Dashboard,
        Customers,
        Products,
        Stock,
        Quotations,
        Orders,
        Shipments,
        Invoices,
        Payments,
        Returns
    };
    static constexpr Section kLastBuilt = Returns;

    MainWindow(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    QListWidget* navigation() const { return m_nav; }
    GlobalSearch* globalSearch() const { return m_search; }
    DashboardView* dashboardView() const { return m_dashboard; }
    CustomersView* customersView() const { return m_customers; }
    ProductsView* productsView() const { return m_products; }
    StockView* stockView() const { return m_stock; }
    QuotationsView* quotationsView() const { return m_quotations; }
    OrdersView* ordersView() const { return m_orders; }
    ShipmentsView* shipmentsView() const { return m_shipments; }
    InvoicesView* invoicesView() const { return m_invoices; }
    PaymentsView* paymentsView() const { return m_payments; }
    ReturnsView* returnsView() const { return m_returns; }
    // Reports → Aging… (Ctrl+Shift+G): the aging report, one window kept open.
    void showAging();
    // Reports → Sales… (Ctrl+Shift+S), Backlog… (Ctrl+Shift+B), Production demand…
    // (Ctrl+Shift+D), Stock valuation… (Ctrl+Shift+V): one window each, kept open.
    void showSalesReport();
    void showBacklog();
    void showDemand();
    void showStockValuation();
    // The list of the current section; null on the dashboard, which is not a list.
    ListPage* currentPage() const;
    void showSection(Section section);
    // The Products section searched for `sku`, with it selected.
    void showProduct(const QString& sku);
    // Help › About: what the application covers, its version.
    static QString aboutText();
    // The Invoices section with only the customer's filter on (the dashboard's top
    // customers and the aging report both open it so).
    void showCustomerInvoices(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildNavigation();
    void buildPages();
    void buildMenus();
    void buildReportActions(QMenu* reports);
    template <class View> View* showReport();
    void buildToolBar();
    void buildStatusBar();
    void openFound(GlobalSearch::Kind kind, const QString& key);
    void importData(ImportDialog::Kind kind);
    void about();
    void watchOtherWriters();
    void connectDashboard();

    services::Services& m_services;
    domain::Actor m_actor;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    GlobalSearch* m_search = nullptr;
    DashboardView* m_dashboard = nullptr;
    CustomersView* m_customers = nullptr;
    ProductsView* m_products = nullptr;
    StockView* m_stock = nullptr;
    QuotationsView* m_quotations = nullptr;
    OrdersView* m_orders = nullptr;
    ShipmentsView* m_shipments = nullptr;
    InvoicesView* m_invoices = nullptr;
    PaymentsView* m_payments = nullptr;
    ReturnsView* m_returns = nullptr;
};

} // namespace mostrador::app
