// SPDX-License-Identifier: MIT
#include "app/main_window.h"

#include "app/aging_view.h"
#include "app/app_settings.h"
#include "app/backlog_view.h"
#include "app/dashboard_view.h"
#include "app/demand_view.h"
#include "app/dialogs/customer_editor.h"
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/price_lists_dialog.h"
#include "app/dialogs/product_editor.h"
#include "app/dialogs/settings_dialog.h"
#include "app/dialogs/users_dialog.h"
#include "app/invoices_view.h"
#include "app/labels.h"
#include "app/lookup_edit.h"
#include "app/orders_view.h"
#include "app/payments_view.h"
#include "app/quotations_view.h"
#include "app/record_views.h"
#include "app/returns_view.h"
#include "app/sales_report_view.h"
#include "app/shipments_view.h"
#include "app/stock_valuation_view.h"
#include "app/stock_view.h"
#include "services/external_change_watcher.h"
#include "services/services.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace mostrador::app {

using domain::Permission;

namespace {

bool allowed(const domain::Actor& actor, Permission permission) {
    return actor.require(permission).has_value();
}

// The first time, nine tenths of the screen: the dashboard and the lists want room,
// and a fixed size either wastes a large screen or overflows a small one.
QSize firstRunSize() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return {1200, 750};
    return screen->availableSize() * 9 / 10;
}

} // namespace

MainWindow::MainWindow(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(QStringLiteral("mainWindow"));
    QString company;
    if (auto profile = services.settings().company())
        company = profile->name;
    setWindowTitle(company.isEmpty() ? tr("Mostrador") : tr("%1 — Mostrador").arg(company));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mostrador.svg")));

    buildPages();
    buildNavigation();
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildToolBar();
    buildMenus();
    buildStatusBar();
    watchOtherWriters();

    AppSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("main/geometry")).toByteArray()))
        resize(firstRunSize());
    restoreState(settings.value(QStringLiteral("main/state")).toByteArray());
    connectDashboard();
    // Managers start with the figures; everyone else with the customers.
    showSection(allowed(m_actor, Permission::ViewReports) ? Dashboard : Customers);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages() {
    m_dashboard = new DashboardView(m_services, m_actor, this);
    m_customers = new CustomersView(m_services, m_actor, this);
    m_products = new ProductsView(m_services, m_actor, this);
    m_stock = new StockView(m_services, m_actor, this);
    m_quotations = new QuotationsView(m_services, m_actor, this);
    m_orders = new OrdersView(m_services, m_actor, this);
    m_shipments = new ShipmentsView(m_services, m_actor, this);
    m_invoices = new InvoicesView(m_services, m_actor, this);
    m_payments = new PaymentsView(m_services, m_actor, this);
    m_returns = new ReturnsView(m_services, m_actor, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_products);
    m_stack->addWidget(m_stock);
    m_stack->addWidget(m_quotations);
    m_stack->addWidget(m_orders);
    m_stack->addWidget(m_shipments);
    m_stack->addWidget(m_invoices);
    m_stack->addWidget(m_payments);
    m_stack->addWidget(m_returns);
}

void MainWindow::buildNavigation() {
    struct Entry {
        const char* icon;
        QString label;
    };
    // The sections after kLastBuilt come in later versions: shown, but not selectable.
    const QList<Entry> entries = {
        {"dashboard", tr("Dashboard")},   {"customers", tr("Customers")},
        {"products", tr("Products")},     {"stock", tr("Stock")},
        {"quotations", tr("Quotations")}, {"orders", tr("Orders")},
        {"shipments", tr("Shipments")},   {"invoices", tr("Invoices")},
        {"payments", tr("Payments")},     {"returns", tr("Returns")},
    };
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    for (int i = 0; i < entries.size(); ++i) {
        const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entries[i].icon)));
        auto* item = new QListWidgetItem(icon, entries[i].label, m_nav);
        if (i <= kLastBuilt) {
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(entries[i].label).arg(i));
        } else {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(tr("Arrives in a later version"));
        }
    }
    m_nav->installEventFilter(this);
    int widest = 0;
    for (const Entry& entry : entries)
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(entry.label));
    m_nav->setFixedWidth(widest + m_nav->iconSize().width() + 48);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count())
            m_stack->setCurrentIndex(row);
    });
    // Ctrl+0 the dashboard, Ctrl+1…9 the lists.
    for (int i = 0; i <= kLastBuilt; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            showSection(Section(i));
            if (ListPage* page = currentPage())
                page->setFocus(Qt::ShortcutFocusReason);
            else
                m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
    }
}

void MainWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    m_search = new GlobalSearch(m_services, m_actor, bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setMinimumWidth(380);
    m_search->setMaximumWidth(520);
    bar->addWidget(m_search);
    connect(m_search, &GlobalSearch::chosen, this, &MainWindow::openFound);
    auto* focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    const QIcon importIcon(QStringLiteral(":/icons/import.svg"));
    QAction* importCustomers = file->addAction(importIcon, tr("Import &customers…"), this, [this] {
        importData(ImportDialog::Kind::Customers);
    });
    QAction* importProducts = file->addAction(importIcon, tr("Import &products…"), this,
                                              [this] { importData(ImportDialog::Kind::Products); });
    QAction* importPrices = file->addAction(importIcon, tr("Import price &rules…"), this,
                                            [this] { importData(ImportDialog::Kind::Prices); });
    importPrices->setObjectName(QStringLiteral("importPricesAction"));
    importCustomers->setEnabled(allowed(m_actor, Permission::ImportData));
    importProducts->setEnabled(allowed(m_actor, Permission::ImportData));
    importPrices->setEnabled(allowed(m_actor, Permission::ImportData) &&
                             allowed(m_actor, Permission::ManagePrices));
    QAction* exportList = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")),
                                          tr("&Export the list…"), this, [this] {
                                              if (ListPage* page = currentPage())
                                                  page->exportList();
                                          });
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportList->setEnabled(allowed(m_actor, Permission::ExportData));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    QAction* aging = reports->addAction(tr("&Aging…"), this, &MainWindow::showAging);
    aging->setObjectName(QStringLiteral("agingAction"));
    aging->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    buildReportActions(reports);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings = tools->addAction(QIcon(QStringLiteral(":/icons/settings.svg")),
                                         tr("&Settings…"), this, [this] {
                                             SettingsDialog dialog(m_services, m_actor, this);
                                             dialog.exec();
                                         });
    settings->setEnabled(allowed(m_actor, Permission::ManageSettings));
    QAction* users =
        tools->addAction(QIcon(QStringLiteral(":/icons/users.svg")), tr("&Users…"), this, [this] {
            UsersDialog dialog(m_services, m_actor, this);
            dialog.exec();
        });
    users->setEnabled(allowed(m_actor, Permission::ManageUsers));
    // Everyone who sees products may look at the prices; only ManagePrices changes them.
    QAction* prices = tools->addAction(tr("&Price lists…"), this, [this] {
        PriceListsDialog dialog(m_services, m_actor, this);
        dialog.exec();
    });
    prices->setObjectName(QStringLiteral("priceListsAction"));
    prices->setEnabled(allowed(m_actor, Permission::ViewProducts));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mostrador"), this, &MainWindow::about)
        ->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildStatusBar() {
    auto* database = new QLabel(
        tr("Database: %1").arg(QDir::toNativeSeparators(m_services.database().path())), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    auto* user = new QLabel(tr("%1 (%2)").arg(m_actor.name, Labels::role(m_actor.role)), this);
    user->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(database, 1);
    statusBar()->addPermanentWidget(user);
}

ListPage* MainWindow::currentPage() const {
    if (m_stack->currentWidget() == m_dashboard)
        return nullptr;
    // The Shipments section holds several lists: its current tab's list acts.
    if (m_stack->currentWidget() == m_shipments)
        return m_shipments->currentList();
    if (m_stack->currentWidget() == m_returns)
        return m_returns->currentList();
    return static_cast<ListPage*>(m_stack->currentWidget());
}

void MainWindow::showSection(Section section) {
    m_nav->setCurrentRow(section);
    m_stack->setCurrentIndex(section);
}

void MainWindow::showProduct(const QString& sku) {
    showSection(Products);
    m_products->searchField()->setText(sku);
    m_products->model()->setFilter(sku); // now, not after the typing delay
    m_products->selectKey(sku);
    m_products->table()->setFocus(Qt::OtherFocusReason);
}

// Every figure of the dashboard opens the list behind it, filtered to it.
void MainWindow::connectDashboard() {
    connect(m_dashboard, &DashboardView::periodChosen, this, [this](QDate from, QDate to) {
        showSection(Invoices);
        m_invoices->showPeriod(from, to);
    });
    connect(m_dashboard, &DashboardView::orderStateChosen, this, [this](const QString& status) {
        showSection(Orders);
        m_orders->showStatus(status);
    });
    connect(m_dashboard, &DashboardView::queueChosen, this, [this] {
        showSection(Orders);
        m_orders->showQueue();
    });
    connect(m_dashboard, &DashboardView::overdueChosen, this, [this] {
        showSection(Invoices);
        m_invoices->showOverdue();
    });
    connect(m_dashboard, &DashboardView::customerChosen, this, &MainWindow::showCustomerInvoices);
    connect(m_dashboard, &DashboardView::agingChosen, this, &MainWindow::showAging);
    connect(m_dashboard, &DashboardView::productChosen, this, &MainWindow::showProduct);
}

void MainWindow::showCustomerInvoices(const QString& code) {
    showSection(Invoices);
    m_invoices->showCustomer(code);
    activateWindow(); // from the aging report's window, the list comes to the front
}

void MainWindow::showAging() {
    auto* view = findChild<AgingView*>();
    if (!view) {
        view = new AgingView(m_services, m_actor, this);
        connect(view, &AgingView::customerChosen, this, &MainWindow::showCustomerInvoices);
    } else {
        view->reload();
    }
    view->show();
    view->raise();
    view->activateWindow();
}

void MainWindow::buildReportActions(QMenu* reports) {
    struct Entry {
        const char* name;
        QString text;
        Qt::Key key;
        Permission needs;
        void (MainWindow::*show)();
    };
    const Entry entries[] = {
        {"salesReportAction", tr("&Sales…"), Qt::Key_S, Permission::ViewReports,
         &MainWindow::showSalesReport},
        {"backlogAction", tr("&Backlog…"), Qt::Key_B, Permission::ViewSales,
         &MainWindow::showBacklog},
        {"demandAction", tr("Production &demand…"), Qt::Key_D, Permission::ViewSales,
         &MainWindow::showDemand},
        {"stockValuationAction", tr("Stock &valuation…"), Qt::Key_V, Permission::ViewReports,
         &MainWindow::showStockValuation},
    };
    for (const Entry& e : entries) {
        QAction* action = reports->addAction(e.text, this, e.show);
        action->setObjectName(QLatin1String(e.name));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | e.key));
        action->setEnabled(allowed(m_actor, e.needs));
    }
}

// One window per report, kept: asking again brings it up, read afresh.
template <class View> View* MainWindow::showReport() {
    auto* view = findChild<View*>();
    if (!view)
        view = new View(m_services, m_actor, this);
    else
        view->reload();
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

void MainWindow::showSalesReport() {
    showReport<SalesReportView>();
}

void MainWindow::showBacklog() {
    showReport<BacklogView>();
}

void MainWindow::showDemand() {
    showReport<DemandView>();
}

void MainWindow::showStockValuation() {
    showReport<StockValuationView>();
}

void MainWindow::openFound(GlobalSearch::Kind kind, const QString& key) {
    if (kind == GlobalSearch::Kind::Customer) {
        CustomerEditor editor(m_services, m_actor, key, this);
        editor.exec();
    } else {
        ProductEditor editor(m_services, m_actor, key, this);
        editor.exec();
    }
}

void MainWindow::importData(ImportDialog::Kind kind) {
    ImportDialog dialog(m_services, m_actor, kind, this);
    dialog.exec();
}

QString MainWindow::aboutText() {
    // The build's version: the application's own is set only by main(), not in tests.
    return tr("<h3>Mostrador %1</h3><p>Sales management for small companies, from the first "
              "quotation to the money in the bank:</p><ul><li>customers, products, price "
              "lists and stock;</li><li>quotations, sales orders with credit control, "
              "shipments with their papers;</li><li>invoices, payments and chargebacks, "
              "returns with credit notes, each customer's account and statement;</li><li>a "
              "dashboard and reports: aging, sales and margin, backlog, production demand, "
              "stock valuation.</li></ul><p>Qt %2, SQLite. MIT license.</p>")
        .arg(QStringLiteral(MOSTRADOR_VERSION), QString::fromLatin1(qVersion()));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Mostrador"), aboutText());
}

void MainWindow::watchOtherWriters() {
    // Other processes' commits reach every open list within a second.
    new services::ExternalChangeWatcher(m_services.database(), m_services.notifier(), 1000, this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // Home and End would land on a disabled section; keep them among the built ones.
    if (watched == m_nav && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Home || key == Qt::Key_End) {
            showSection(key == Qt::Key_Home ? Dashboard : kLastBuilt);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    AppSettings settings;
    settings.setValue(QStringLiteral("main/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("main/state"), saveState());
    event->accept();
}

} // namespace mostrador::app
