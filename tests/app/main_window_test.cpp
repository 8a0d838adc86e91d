// SPDX-License-Identifier: MIT
#include "app/dashboard_view.h"
#include "app/dialogs/customer_editor.h"
#include "app/dialogs/product_editor.h"
#include "app/global_search.h"
#include "app/invoices_view.h"
#include "app/main_window.h"
#include "app/orders_view.h"
#include "app/payments_view.h"
#include "app/quotations_view.h"
#include "app/record_views.h"
#include "app/stock_view.h"
#include "app_fixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        f.addCustomer(QStringLiteral("TN"), QStringLiteral("Talleres Norte"));
        f.addCustomer(QStringLiteral("FS"), QStringLiteral("Ferretería Sol"));
        f.addCustomer(QStringLiteral("AG"), QStringLiteral("Almacenes García"));
        window = std::make_unique<MainWindow>(*f.services, f.admin);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QWidget* visiblePage() const { return window->findChild<QStackedWidget*>()->currentWidget(); }

    test::AppFixture f;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheDashboardForAManagerThenTheCustomerList) {
    EXPECT_EQ(visiblePage(), window->dashboardView());
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(visiblePage(), window->customersView());
    auto* model = window->customersView()->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("AG"));
    EXPECT_EQ(model->index(2, 1).data().toString(), QStringLiteral("Talleres Norte"));
    auto* user = window->statusBar()->findChild<QLabel*>(QStringLiteral("userLabel"));
    ASSERT_TRUE(user);
    EXPECT_TRUE(user->text().startsWith(QStringLiteral("admin (")));
    auto* db = window->statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    EXPECT_TRUE(db->text().contains(QStringLiteral("app.db")));
}

TEST_F(MainWindowTest, LaterSectionsAreShownDisabled) {
    QListWidget* nav = window->navigation();
    ASSERT_EQ(nav->count(), 10);
    for (int i = 0; i <= MainWindow::kLastBuilt; ++i)
        EXPECT_TRUE(nav->item(i)->flags() & Qt::ItemIsEnabled);
    for (int i = MainWindow::kLastBuilt + 1; i < nav->count(); ++i) {
        EXPECT_FALSE(nav->item(i)->flags() & Qt::ItemIsEnabled);
        EXPECT_FALSE(nav->item(i)->toolTip().isEmpty());
    }
}

TEST_F(MainWindowTest, KeyboardSwitchesSections) {
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(visiblePage(), window->productsView());
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(visiblePage(), window->quotationsView());
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(visiblePage(), window->ordersView());
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(visiblePage(), window->stockView());

    // Arrow keys in the navigation list; they stop at the last section that exists.
    window->navigation()->setFocus();
    QTest::keyClick(window->navigation(), Qt::Key_Up);
    EXPECT_EQ(visiblePage(), window->productsView());
    QTest::keyClick(window->navigation(), Qt::Key_Up);
    EXPECT_EQ(visiblePage(), window->customersView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(visiblePage(), window->stockView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(visiblePage(), window->quotationsView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(visiblePage(), window->ordersView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(visiblePage(), window->invoicesView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(visiblePage(), window->paymentsView());
    QTest::keyClick(window->navigation(), Qt::Key_Down);
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::kLastBuilt);
    QTest::keyClick(window->navigation(), Qt::Key_Home);
    EXPECT_EQ(visiblePage(), window->dashboardView());
    QTest::keyClick(window->navigation(), Qt::Key_End);
    EXPECT_EQ(window->navigation()->currentRow(), MainWindow::kLastBuilt);
}

TEST_F(MainWindowTest, CtrlKSearchFindsACustomerAndEnterOpensIt) {
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    GlobalSearch* search = window->globalSearch();
    ASSERT_EQ(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("taller"));
    QListWidget* results = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        results = search->resultList();
        return results && results->isVisible();
    }));
    ASSERT_GE(results->count(), 1);
    EXPECT_TRUE(results->item(0)->text().contains(QStringLiteral("Talleres Norte")));
    EXPECT_EQ(QApplication::focusWidget(), search); // typing goes on in the field

    QString opened;
    test::onNextModal([&](QWidget* dialog) {
        if (qobject_cast<CustomerEditor*>(dialog))
            opened = QStringLiteral("customer");
    });
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(opened, QStringLiteral("customer"));
    EXPECT_FALSE(results->isVisible());
}

TEST_F(MainWindowTest, SearchSaysWhenNothingMatches) {
    GlobalSearch* search = window->globalSearch();
    search->setText(QStringLiteral("zzzz"));
    search->searchNow();
    ASSERT_EQ(search->resultList()->count(), 1);
    EXPECT_FALSE(search->resultList()->item(0)->flags() & Qt::ItemIsEnabled);
}

TEST_F(MainWindowTest, ListSearchFiltersAsOneTypes) {
    CustomersView* view = window->customersView();
    window->showSection(MainWindow::Customers);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget(), view->searchField());
    QTest::keyClicks(view->searchField(), QStringLiteral("sol"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }));
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("FS"));

    // Down goes to the first match; Enter opens it.
    QTest::keyClick(view->searchField(), Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), view->table());
    EXPECT_EQ(view->currentKey(), QStringLiteral("FS"));
    bool editorOpened = false;
    test::onNextModal(
        [&](QWidget* dialog) { editorOpened = qobject_cast<CustomerEditor*>(dialog); });
    QTest::keyClick(view->table(), Qt::Key_Return);
    EXPECT_TRUE(editorOpened);
}

TEST_F(MainWindowTest, ListRefreshesOnChangesKeepingTheSelection) {
    CustomersView* view = window->customersView();
    view->table()->selectRow(1);
    ASSERT_EQ(view->currentKey(), QStringLiteral("FS"));
    f.addCustomer(QStringLiteral("ZZ"), QStringLiteral("Zapatos Zeta"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == 4; }));
    EXPECT_EQ(view->currentKey(), QStringLiteral("FS"));

    // A customer sorted before the selection moves it down one row: it stays selected.
    f.addCustomer(QStringLiteral("AA"), QStringLiteral("Aceros Alfa"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == 5; }));
    EXPECT_EQ(view->currentKey(), QStringLiteral("FS"));
    EXPECT_EQ(view->table()->currentIndex().row(), 2);
}

TEST_F(MainWindowTest, InactiveCustomersAppearOnlyWhenAsked) {
    auto customer = f.services->customers().get(f.admin, QStringLiteral("TN"));
    ASSERT_TRUE(customer);
    customer->active = false;
    ASSERT_TRUE(f.services->customers().update(f.admin, *customer));
    CustomersView* view = window->customersView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }));
    view->inactiveCheck()->setChecked(true);
    EXPECT_EQ(view->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, ToolsMenuOpensThePriceLists) {
    auto* action = window->findChild<QAction*>(QStringLiteral("priceListsAction"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->isEnabled());
    QString opened;
    test::onNextModal(
        [&](QWidget* dialog) { opened = QString::fromLatin1(dialog->metaObject()->className()); });
    action->trigger();
    EXPECT_EQ(opened, QStringLiteral("mostrador::app::PriceListsDialog"));
}

TEST_F(MainWindowTest, CtrlNInTheQuotationsStartsANewQuotation) {
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    ASSERT_EQ(visiblePage(), window->quotationsView());
    QString title;
    test::onNextModal([&](QWidget* dialog) { title = dialog->windowTitle(); });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(title, QStringLiteral("New quotation"));
}

TEST_F(MainWindowTest, HelpAboutSaysWhatTheApplicationCoversAndItsVersion) {
    auto* about = window->findChild<QAction*>(QStringLiteral("aboutAction"));
    ASSERT_TRUE(about);
    QString title, text;
    QTimer::singleShot(0, [&] {
        ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget(); }, 3000));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        title = box->windowTitle();
        text = box->text();
        box->accept();
    });
    about->trigger();
    EXPECT_EQ(title, QStringLiteral("About Mostrador"));
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("Mostrador \\d+\\.\\d+\\.\\d+")).match(text).hasMatch())
        << text.toStdString();
    for (const char* covered : {"quotations", "sales orders", "shipments", "invoices", "payments",
                                "returns", "dashboard", "reports", "aging"})
        EXPECT_TRUE(text.contains(QLatin1String(covered))) << covered;
}
