// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"
#include "app/orders_view.h"
#include "order_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

constexpr int kStatusColumn = 4;
constexpr int kShippedColumn = 7;

class OrdersViewTest : public test::OrderGuiTest {
protected:
    static QStringList keys(OrdersView& view) {
        QStringList out;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            out << view.model()->keyAt(row);
        out.sort();
        return out;
    }
    // One order in each of four states: draft, credit hold (GAMA is on hold), awaiting
    // approval (below cost) and confirmed.
    void seed() {
        drafted = draft(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 1)}).number;
        held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 2)}).number;
        ASSERT_EQ(s().orders().confirm(admin, held)->status, QStringLiteral("credit_hold"));
        awaiting = draft(QStringLiteral("BETA"), {priced(QStringLiteral("TOR-M6"), 1, 100)}).number;
        ASSERT_EQ(s().orders().confirm(admin, awaiting)->status,
                  QStringLiteral("awaiting_approval"));
        confirmedOne =
            confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    }

    QString drafted, held, awaiting, confirmedOne;
};

} // namespace

TEST_F(OrdersViewTest, TheQueueShowsHeldAndAwaitingOrdersOnly) {
    ASSERT_NO_FATAL_FAILURE(seed());
    // A manager starts with what waits for a decision.
    OrdersView view(s(), manager);
    showActive(view);
    EXPECT_TRUE(view.queueFilter()->isChecked());
    EXPECT_TRUE(view.queueFilter()->text().contains(QStringLiteral("(2)")));
    QStringList queue{held, awaiting};
    queue.sort();
    EXPECT_EQ(keys(view), queue);
    EXPECT_FALSE(view.stateFilter()->isEnabled());

    QTest::mouseClick(view.queueFilter(), Qt::LeftButton);
    EXPECT_EQ(view.model()->rowCount(), 4);

    // A salesperson starts with every order and may ask for the queue.
    OrdersView salesView(s(), sales);
    showActive(salesView);
    EXPECT_FALSE(salesView.queueFilter()->isChecked());
    EXPECT_EQ(salesView.model()->rowCount(), 4);
    salesView.queueFilter()->setChecked(true);
    EXPECT_EQ(keys(salesView), queue);
}

TEST_F(OrdersViewTest, FiltersByStateAndCustomerAndShowsLabelsAndProgress) {
    ASSERT_NO_FATAL_FAILURE(seed());
    OrdersView view(s(), sales);
    showActive(view);
    EXPECT_EQ(view.model()->keyAt(0), confirmedOne); // newest first

    view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(QStringLiteral("confirmed")));
    ASSERT_EQ(keys(view), QStringList{confirmedOne});
    EXPECT_EQ(view.model()->index(0, kStatusColumn).data().toString(), QStringLiteral("Confirmed"));
    EXPECT_EQ(view.model()->index(0, kShippedColumn).data().toString(), QStringLiteral("0 %"));
    view.stateFilter()->setCurrentIndex(
        view.stateFilter()->findData(QStringLiteral("credit_hold")));
    EXPECT_EQ(keys(view), QStringList{held});
    EXPECT_EQ(view.model()->index(0, kStatusColumn).data().toString(),
              QStringLiteral("On credit hold"));
    // Every state of the issue is offered.
    for (const char* state : {"draft", "awaiting_approval", "credit_hold", "confirmed",
                              "partially_shipped", "shipped", "closed", "cancelled"})
        EXPECT_GE(view.stateFilter()->findData(QLatin1String(state)), 0) << state;
    view.stateFilter()->setCurrentIndex(0);

    view.customerFilter()->setFocus();
    QTest::keyClicks(view.customerFilter(), QStringLiteral("ALFA"));
    QTest::keyClick(view.customerFilter(), Qt::Key_Return);
    EXPECT_EQ(keys(view), QStringList{confirmedOne});
    view.customerFilter()->clear();
    EXPECT_EQ(view.model()->rowCount(), 4);

    view.toFilter()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(view.model()->rowCount(), 0);
    view.toFilter()->setDate(view.toFilter()->minimumDate()); // "any" again
    EXPECT_EQ(view.model()->rowCount(), 4);

    view.focusSearch();
    QTest::keyClicks(view.searchField(), drafted);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    EXPECT_EQ(keys(view), QStringList{drafted});
}

TEST_F(OrdersViewTest, EnterOpensTheEditorAndCtrlNStartsANewOne) {
    const QString number =
        draft(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 1)}).number;
    OrdersView view(s(), admin);
    showActive(view);
    view.table()->setFocus();
    view.table()->selectRow(0);

    QString title;
    whenModal([&](QDialog* dialog) {
        title = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_Return);
    EXPECT_TRUE(title.contains(number)) << title.toStdString();

    QApplication::setActiveWindow(&view); // back from the closed editor
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QString newTitle;
    whenModal([&](QDialog* dialog) {
        newTitle = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(newTitle, QStringLiteral("New order"));
}
