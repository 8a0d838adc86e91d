// SPDX-License-Identifier: MIT
// Live sharing (ARCHITECTURE §9): another process commits to the database the main
// window has open; within two seconds the lists show it, without losing the user's
// selection or an editor's unsaved edit.
#include "app/main_window.h"
#include "app/order_editor.h"
#include "app/orders_view.h"
#include "app/paged_table_model.h"
#include "app/record_views.h"
#include "app_fixture.h"
#include "support/sample_records.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;
using namespace Qt::StringLiterals;

namespace {

// The reach of ARCHITECTURE §9, from the other process's commit.
constexpr int kWithinMs = 2000;

class LiveRefreshTest : public ::testing::Test {
protected:
    void SetUp() override {
        f.addCustomer(u"TN"_s, u"Talleres Norte"_s);
        f.addCustomer(u"FS"_s, u"Ferretería Sol"_s);
        domain::Product p = test::sampleProduct(u"TOR-M6"_s);
        ASSERT_TRUE(f.services->products().create(f.admin, p));
        first = order(u"TN"_s);
        second = order(u"FS"_s);
        window = std::make_unique<MainWindow>(*f.services, f.admin);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    QString order(const QString& customer) {
        services::OrderInput in;
        in.customerCode = customer;
        in.lines.append({u"TOR-M6"_s, domain::Quantity::fromUnits(2)});
        auto made = f.services->orders().create(f.admin, in);
        EXPECT_TRUE(made);
        return made ? made->number : QString();
    }

    // mostrador-cli on the same database, as another workstation would write to it.
    void otherProcess(const QStringList& args) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MOSTRADOR_PASSWORD"_s, u"secret123"_s);
        cli.setProcessEnvironment(env);
        cli.start(QString::fromUtf8(MOSTRADOR_CLI_PATH),
                  QStringList{u"--db"_s, f.databasePath(), u"--json"_s} + args);
        ASSERT_TRUE(cli.waitForFinished(30000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString()
                                     << cli.readAllStandardOutput().toStdString();
    }

    test::AppFixture f;
    std::unique_ptr<MainWindow> window;
    QString first;
    QString second;
};

} // namespace

TEST_F(LiveRefreshTest, AnotherProcessesOrderAndCustomerAppearWithSelectionAndEditKept) {
    window->showSection(MainWindow::Customers);
    CustomersView* customers = window->customersView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return customers->model()->rowCount() == 2; }));
    (void)customers->model()->index(0, 0).data(); // the first page, as painting would fetch it
    ASSERT_TRUE(customers->selectKey(u"TN"_s));
    window->showSection(MainWindow::Orders);
    OrdersView* orders = window->ordersView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return orders->model()->rowCount() == 2; }));
    (void)orders->model()->index(0, 0).data();
    ASSERT_TRUE(orders->selectKey(first));

    // A document open with an edit not yet saved.
    OrderEditor editor(*f.services, f.admin, second, window.get());
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto* notes = editor.findChild<QPlainTextEdit*>(u"notesEdit"_s);
    ASSERT_TRUE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, u"Entregar por la tarde"_s);
    ASSERT_TRUE(editor.isDirty());

    otherProcess({u"order"_s, u"create"_s, u"--customer"_s, u"FS"_s, u"--line"_s, u"TOR-M6:5"_s});
    otherProcess(
        {u"customer"_s, u"add"_s, u"--name"_s, u"Almacenes García"_s, u"--code"_s, u"AG"_s});

    ASSERT_TRUE(QTest::qWaitFor([&] { return orders->model()->rowCount() == 3; }, kWithinMs));
    EXPECT_EQ(orders->currentKey(), first);
    ASSERT_TRUE(QTest::qWaitFor([&] { return customers->model()->rowCount() == 3; }, kWithinMs));
    EXPECT_EQ(customers->currentKey(), u"TN"_s);
    EXPECT_TRUE(editor.isDirty());
    EXPECT_EQ(notes->toPlainText(), u"Entregar por la tarde"_s);
    EXPECT_EQ(editor.order().number, second);
}
