// SPDX-License-Identifier: MIT
// The Dashboard section offscreen, in Spanish, driven with mouse and key events: its tiles
// show the service's figures and every tile, bar and row opens the list behind it.
#include "app/dashboard_charts.h"
#include "app/dashboard_tile.h"
#include "app/dashboard_view.h"
#include "app/document_filters.h"
#include "app/invoices_view.h"
#include "app/main_window.h"
#include "app/orders_view.h"
#include "app/record_views.h"
#include "payment_gui_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <cmath>

using namespace mostrador;
using namespace mostrador::app;

namespace {

class DashboardViewTest : public test::PaymentGuiTest {
protected:
    void SetUp() override {
        test::PaymentGuiTest::SetUp();
        // Sold this month: BETA 4 TOR-M6 (40.00), ALFA 10 TUE-M6 (33.30, the larger margin).
        sell(QStringLiteral("BETA"), QStringLiteral("TOR-M6"), 4);
        sell(QStringLiteral("ALFA"), QStringLiteral("TUE-M6"), 10);
        invoice(QStringLiteral("BETA"), 7000, -45); // overdue, 31–60 days
        confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 2)}); // backlog 20.00
        const domain::SalesOrder held =
            draft(QStringLiteral("GAMA"), {line(QStringLiteral("SERV"), 1)});
        EXPECT_TRUE(s().orders().confirm(admin, held.number)); // GAMA is on hold
    }
    void sell(const QString& customer, const QString& sku, qint64 qty) {
        const domain::SalesOrder o = confirmed(customer, {line(sku, qty)});
        services::ShipmentInput ship;
        ship.orderNumber = o.number;
        EXPECT_TRUE(s().shipments().create(warehouse, ship));
        EXPECT_TRUE(s().invoices().createAndPost(accounting, {o.number}));
    }
    services::DashboardFigures figures(const domain::Actor& actor) {
        auto f = s().dashboard().figures(actor, today());
        EXPECT_TRUE(f);
        return f ? *f : services::DashboardFigures{};
    }
    std::unique_ptr<MainWindow> openWindow(const domain::Actor& actor) {
        auto w = std::make_unique<MainWindow>(s(), actor);
        showActive(*w);
        return w;
    }
    static int stateIndex(const services::DashboardFigures& f, const char16_t* status) {
        for (int i = 0; i < f.ordersByState.size(); ++i)
            if (f.ordersByState[i].status == QStringView(status))
                return i;
        return -1;
    }
    static void clickBar(BarChartView* chart, int index) {
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCenter(index));
    }
};

} // namespace

TEST_F(DashboardViewTest, TilesShowTheServicesFigures) {
    DashboardView view(s(), manager);
    showActive(view);
    const auto f = figures(manager);
    EXPECT_EQ(view.salesTile()->value(), euros(f.salesThisMonth.minor()));
    EXPECT_EQ(f.salesThisMonth.minor(), 4000 + 3330);
    EXPECT_EQ(view.backlogTile()->value(), euros(2000));
    EXPECT_EQ(view.overdueTile()->value(), euros(7000));
    EXPECT_EQ(view.waitingTile()->value(), QStringLiteral("1"));
    EXPECT_TRUE(view.overdueTile()->detail().contains(euros(f.aging.total().minor())));
    EXPECT_EQ(view.monthsChart()->categoryCount(), 12);
    EXPECT_EQ(view.statesChart()->categoryCount(), f.ordersByState.size());
    EXPECT_EQ(view.agingChart()->categoryCount(), 5);
    EXPECT_FALSE(view.errorLabel()->isVisible());
    // Top customers by sales, then by margin after the switch.
    auto* customers = view.customersTable()->model();
    ASSERT_EQ(customers->rowCount(), 2);
    EXPECT_EQ(customers->index(0, DashboardView::Key).data().toString(), QStringLiteral("BETA"));
    QTest::mouseClick(static_cast<QWidget*>(view.byMarginButton()), Qt::LeftButton);
    EXPECT_EQ(customers->index(0, DashboardView::Key).data().toString(), QStringLiteral("ALFA"));
    EXPECT_EQ(customers->index(0, DashboardView::Margin).data().toString(), euros(3330 - 1000));
}

TEST_F(DashboardViewTest, ManagersStartOnItAndCtrl0ComesBack) {
    auto window = openWindow(manager);
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::Dashboard);
    EXPECT_EQ(window->currentPage(), nullptr); // not a list: list actions leave it alone
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), window->customersView());
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::Dashboard);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier); // Export: nothing to export
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::Dashboard);
}

TEST_F(DashboardViewTest, TilesOpenTheOverdueInvoicesTheBacklogAndTheQueue) {
    auto window = openWindow(manager);
    DashboardView* view = window->dashboardView();
    QTest::mouseClick(view->overdueTile(), Qt::LeftButton);
    InvoicesView* invoices = window->invoicesView();
    ASSERT_EQ(window->currentPage(), invoices);
    EXPECT_EQ(invoices->stateFilter()->currentData().toString(), QStringLiteral("overdue"));
    EXPECT_EQ(invoices->model()->rowCount(), 1); // not this month's two, not yet due

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    view->backlogTile()->setFocus();
    QTest::keyClick(view->backlogTile(), Qt::Key_Space); // a tile is a button
    OrdersView* orders = window->ordersView();
    ASSERT_EQ(window->currentPage(), orders);
    EXPECT_EQ(orders->stateFilter()->currentData().toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(orders->model()->rowCount(), 1);

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QTest::mouseClick(view->waitingTile(), Qt::LeftButton);
    EXPECT_TRUE(orders->queueFilter()->isChecked());
    EXPECT_EQ(orders->model()->rowCount(), 1); // GAMA's hold

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QTest::mouseClick(view->salesTile(), Qt::LeftButton);
    ASSERT_EQ(window->currentPage(), invoices);
    EXPECT_EQ(invoices->stateFilter()->currentIndex(), 0); // the overdue filter is off again
    EXPECT_EQ(invoices->model()->rowCount(), 2);           // this month's
}

TEST_F(DashboardViewTest, EnterOnAFocusedTileOpensItsListAsAClickDoes) {
    auto window = openWindow(manager);
    DashboardView* view = window->dashboardView();
    view->overdueTile()->setFocus();
    QTest::keyClick(view->overdueTile(), Qt::Key_Return);
    InvoicesView* invoices = window->invoicesView();
    ASSERT_EQ(window->currentPage(), invoices);
    EXPECT_EQ(invoices->stateFilter()->currentData().toString(), QStringLiteral("overdue"));

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    view->waitingTile()->setFocus();
    QTest::keyClick(view->waitingTile(), Qt::Key_Enter, Qt::KeypadModifier);
    ASSERT_EQ(window->currentPage(), window->ordersView());
    EXPECT_TRUE(window->ordersView()->queueFilter()->isChecked());
}

namespace {

// WCAG's contrast ratio: 4.5 or more reads as normal text.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor painted(const QLabel* label) {
    return label->palette().color(label->foregroundRole());
}

bool isRed(const QColor& c) {
    return c.red() > 150 && c.green() < c.red() - 80 && c.blue() < c.red() - 80;
}

// Whether the label, as drawn, has a red pixel: the colour is the one painted.
bool drawsRed(QLabel* label) {
    const QImage image = label->grab().toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (isRed(image.pixelColor(x, y)))
                return true;
    return false;
}

} // namespace

TEST_F(DashboardViewTest, AlarmingFiguresShowRedAndReadableOnLightAndDarkButtons) {
    DashboardView view(s(), manager);
    showActive(view);
    for (DashboardTile* tile : {view.overdueTile(), view.waitingTile()}) {
        SCOPED_TRACE(tile->objectName().toStdString());
        EXPECT_TRUE(isRed(painted(tile->valueLabel())));
        EXPECT_TRUE(drawsRed(tile->valueLabel()));
        EXPECT_GE(contrast(painted(tile->valueLabel()), tile->palette().color(QPalette::Button)),
                  4.5);
    }
    EXPECT_FALSE(isRed(painted(view.salesTile()->valueLabel())));
    EXPECT_FALSE(drawsRed(view.salesTile()->valueLabel()));

    QPalette dark = view.palette();
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    view.setPalette(dark);
    QLabel* overdue = view.overdueTile()->valueLabel();
    EXPECT_TRUE(isRed(painted(overdue)));
    EXPECT_GE(contrast(painted(overdue), QColor(0x35, 0x35, 0x35)), 4.5);
    EXPECT_EQ(painted(view.salesTile()->valueLabel()), QColor(Qt::white));
}

TEST_F(DashboardViewTest, ABarOpensOrdersInItsStateByMouseAndByKeyboard) {
    auto window = openWindow(manager);
    DashboardView* view = window->dashboardView();
    const auto f = view->figures();
    const int hold = stateIndex(f, domain::order_state::kCreditHold);
    ASSERT_GE(hold, 0);
    clickBar(view->statesChart(), hold);
    OrdersView* orders = window->ordersView();
    ASSERT_EQ(window->currentPage(), orders);
    EXPECT_EQ(orders->stateFilter()->currentData().toString(), QStringLiteral("credit_hold"));
    EXPECT_EQ(orders->model()->rowCount(), 1);

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    const int confirmed = stateIndex(f, domain::order_state::kConfirmed);
    BarChartView* chart = view->statesChart();
    chart->setFocus();
    chart->setCurrent(0);
    for (int i = 0; i < confirmed; ++i)
        QTest::keyClick(chart, Qt::Key_Down); // horizontal bars: Down walks the states
    QTest::keyClick(chart, Qt::Key_Return);
    EXPECT_EQ(orders->stateFilter()->currentData().toString(), QStringLiteral("confirmed"));

    // The aging chart: a past-due bucket opens the overdue invoices.
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    clickBar(view->agingChart(), int(domain::AgingBucket::Days31To60));
    ASSERT_EQ(window->currentPage(), window->invoicesView());
    EXPECT_EQ(window->invoicesView()->stateFilter()->currentData().toString(),
              QStringLiteral("overdue"));
}

TEST_F(DashboardViewTest, AMonthBarOpensThatMonthsInvoices) {
    auto window = openWindow(manager);
    BarChartView* months = window->dashboardView()->monthsChart();
    clickBar(months, 11); // this month
    InvoicesView* invoices = window->invoicesView();
    ASSERT_EQ(window->currentPage(), invoices);
    const QDate first(today().year(), today().month(), 1);
    EXPECT_EQ(dateOf(invoices->fromFilter()), first);
    EXPECT_EQ(dateOf(invoices->toFilter()), first.addMonths(1).addDays(-1));
    EXPECT_EQ(invoices->model()->rowCount(), 2);
}

TEST_F(DashboardViewTest, RowsOpenTheCustomersInvoicesAndTheProduct) {
    auto window = openWindow(manager);
    DashboardView* view = window->dashboardView();
    QTableView* customers = view->customersTable();
    QTest::mouseClick(customers->viewport(), Qt::LeftButton, {},
                      customers->visualRect(customers->model()->index(0, 1)).center());
    InvoicesView* invoices = window->invoicesView();
    ASSERT_EQ(window->currentPage(), invoices);
    EXPECT_EQ(invoices->customerFilter()->text(), QStringLiteral("BETA"));
    EXPECT_EQ(invoices->model()->rowCount(), 2); // this month's and the overdue one

    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    QTableView* products = view->productsTable();
    products->setFocus();
    products->setCurrentIndex(products->model()->index(1, 0));
    const QString sku = products->model()->index(1, 0).data().toString();
    QTest::keyClick(products, Qt::Key_Return);
    ASSERT_EQ(window->currentPage(), window->productsView());
    EXPECT_EQ(window->productsView()->currentKey(), sku);
}

TEST_F(DashboardViewTest, ASalesUserSeesMyFigures) {
    // sergio's own order, held for approval: his only figure.
    auto waiting = s().orders().create(
        sales, orderInput(QStringLiteral("ALFA"), {discounted(QStringLiteral("TOR-M6"), 1, 15)}));
    ASSERT_TRUE(waiting);
    ASSERT_TRUE(s().orders().confirm(sales, waiting->number));
    auto window = openWindow(sales);
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::Customers); // not a manager
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier);
    DashboardView* view = window->dashboardView();
    ASSERT_TRUE(view->isVisible());
    EXPECT_EQ(view->figures().salesperson, sales.name);
    EXPECT_TRUE(view->heading()->text().contains(sales.name));
    DashboardView managers(s(), manager);
    EXPECT_NE(view->heading()->text(), managers.heading()->text());
    EXPECT_EQ(view->salesTile()->value(), euros(0));
    EXPECT_EQ(view->waitingTile()->value(), QStringLiteral("1")); // his, not GAMA's hold
    EXPECT_EQ(view->customersTable()->model()->rowCount(), 0);
}

TEST_F(DashboardViewTest, AChangeRefreshesItOnceKeepingTheMarginChoice) {
    DashboardView view(s(), manager);
    showActive(view);
    QTest::mouseClick(static_cast<QWidget*>(view.byMarginButton()), Qt::LeftButton);
    sell(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 1);
    EXPECT_EQ(view.salesTile()->value(), euros(7330)); // not yet: debounced
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.salesTile()->value() == euros(8330); }, 3000));
    EXPECT_TRUE(view.byMargin());
    auto* customers = view.customersTable()->model();
    EXPECT_EQ(customers->index(0, DashboardView::Key).data().toString(), QStringLiteral("ALFA"));
    EXPECT_EQ(customers->index(0, DashboardView::Margin).data().toString(),
              euros(2330 + 400)); // 23.30 + 4.00 against BETA's 16.00
}

TEST(DashboardChartsTest, AxisTicksAreRoundStepsFromZeroPastTheLargestValue) {
    using Ticks = QList<qint64>;
    EXPECT_EQ(niceTicks(0, 5930, 100), (Ticks{0, 2000, 4000, 6000})); // 59.30 €: 0, 20, 40, 60 €
    EXPECT_EQ(niceTicks(-1000, 3000, 100), (Ticks{-1000, 0, 1000, 2000, 3000}));
    EXPECT_EQ(niceTicks(0, 7, 1), (Ticks{0, 2, 4, 6, 8})); // orders: whole numbers
    EXPECT_EQ(niceTicks(0, 0, 100), (Ticks{0, 100}));      // nothing yet: still an axis
    EXPECT_EQ(niceTicks(0, 123456789, 100).size(), 4);     // 0, 50, 100, 150 million cents
    EXPECT_EQ(niceTicks(0, 7000000, 100, 3), (Ticks{0, 5000000, 10000000})); // at most 3 steps
}

TEST_F(DashboardViewTest, AnotherProcessesChangeReachesItAndAHiddenOneReadsWhenShown) {
    DashboardView view(s(), manager);
    showActive(view);
    // What another process committed comes as "*" (ExternalChangeWatcher).
    ASSERT_TRUE(storage::write(s().database(),
                               QStringLiteral("UPDATE sales_by_month SET sales = sales + 100 "
                                              "WHERE month = ? AND salesperson = 'admin'"),
                               {today().toString(QStringLiteral("yyyy-MM"))}));
    s().notifier().announce(QStringLiteral("*"), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.salesTile()->value() == euros(7430); }, 3000));

    view.hide();
    sell(QStringLiteral("ALFA"), QStringLiteral("TOR-M6"), 1);
    QTest::qWait(DashboardView::kRefreshDelayMs + 100);
    EXPECT_EQ(view.salesTile()->value(), euros(7430)); // hidden: not read
    view.show();
    EXPECT_EQ(view.salesTile()->value(), euros(8430)); // read on show
}

TEST(DashboardAxisTest, LargeAmountsAreShortenedToThousandsAndMillions) {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(DashboardView::compactAmount(0), QStringLiteral("0"));
    EXPECT_EQ(DashboardView::compactAmount(5000), QStringLiteral("5,000"));
    EXPECT_EQ(DashboardView::compactAmount(25000), QStringLiteral("25 k"));
    EXPECT_EQ(DashboardView::compactAmount(250000), QStringLiteral("250 k"));
    EXPECT_EQ(DashboardView::compactAmount(2500000), QStringLiteral("2.5 M"));
    EXPECT_EQ(DashboardView::compactAmount(40000000), QStringLiteral("40 M"));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    EXPECT_EQ(DashboardView::compactAmount(2500000), QStringLiteral("2,5 M"));
    EXPECT_EQ(DashboardView::compactAmount(12500000000), QStringLiteral("12.500 M"));
    QLocale::setDefault(previous);
}
