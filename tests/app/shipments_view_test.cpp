// SPDX-License-Identifier: MIT
#include "app/main_window.h"
#include "app/shipment_viewer.h"
#include "app/shipments_view.h"
#include "shipment_gui_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

constexpr int kReadyColumn = 6;
constexpr int kCarrierColumn = 4;

class ShipmentsViewTest : public test::ShipmentGuiTest {
protected:
    static QStringList keys(ListPage* list) {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out << list->model()->keyAt(row);
        out.sort();
        return out;
    }
    static QString cell(ListPage* list, const QString& key, int column) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->keyAt(row) == key)
                return list->model()->index(row, column).data().toString();
        return {};
    }
};

} // namespace

TEST_F(ShipmentsViewTest, ToShipListsConfirmedOrdersWithSomethingThatCanLeave) {
    draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    const QString held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    ASSERT_EQ(s().orders().confirm(admin, held)->status, QStringLiteral("credit_hold"));
    // Takes every LIM-01 there is: ready.
    const QString ready =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 5)}).number;
    // TOR-M6 reserved, LIM-01 backordered: partly ready.
    const QString partly = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1),
                                                              line(QStringLiteral("LIM-01"), 3)})
                               .number;
    // Only LIM-01, none free: cannot leave.
    confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 2)});
    // Shipped whole: nothing left.
    const QString done =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 2)}).number;
    shipped(done);
    // Shipped in part: the rest still waits, reserved.
    const QString half =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 4)}).number;
    shipped(half, {{QStringLiteral("TUE-M6"), units(1)}});

    ShipmentsView view(s(), warehouse);
    showActive(view);
    ToShipList* list = view.toShipList();
    EXPECT_EQ(view.currentList(), list);
    QStringList expected{ready, partly, half};
    expected.sort();
    EXPECT_EQ(keys(list), expected);
    EXPECT_EQ(cell(list, ready, kReadyColumn), QStringLiteral("Ready"));
    EXPECT_EQ(cell(list, half, kReadyColumn), QStringLiteral("Ready"));
    EXPECT_EQ(cell(list, partly, kReadyColumn), QStringLiteral("Partly (1 of 2 lines)"));
    EXPECT_EQ(cell(list, half, 5), QStringLiteral("3"));   // remaining
    EXPECT_EQ(cell(list, partly, 4), QStringLiteral("2")); // open lines

    // Shipping the rest takes it off the list (the notifier refreshes it).
    shipped(half);
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }, 2000));
}

TEST_F(ShipmentsViewTest, EnterOnAnOrderOpensItsShipmentDialog) {
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)}).number;
    ShipmentsView view(s(), warehouse);
    showActive(view);
    view.toShipList()->table()->setFocus();
    view.toShipList()->table()->selectRow(0);
    QString name, title;
    whenModal([&](QDialog* dialog) {
        name = dialog->objectName();
        title = dialog->windowTitle();
        ASSERT_TRUE(qobject_cast<ShipmentDialog*>(dialog)->ship());
        dialog->accept();
    });
    QTest::keyClick(view.toShipList()->table(), Qt::Key_Return);
    EXPECT_EQ(name, QStringLiteral("shipmentDialog"));
    EXPECT_TRUE(title.contains(order)) << title.toStdString();
    EXPECT_EQ(view.toShipList()->model()->rowCount(), 0);
    EXPECT_EQ(stored(order).status, QStringLiteral("shipped"));
}

TEST_F(ShipmentsViewTest, ShippedTodayShowsOnlyTodaysShipments) {
    const QString a = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)}).number;
    const QString earlier =
        shipped(a, {{QStringLiteral("TOR-M6"), units(1)}}, {}, QDate::currentDate().addDays(-1))
            .number;
    const QString today = shipped(a, {}, QStringLiteral("SEUR")).number;
    ShipmentsView view(s(), warehouse);
    showActive(view);
    QTest::keyClick(&view, Qt::Key_D, Qt::AltModifier);
    EXPECT_EQ(view.currentList(), view.todayList());
    EXPECT_TRUE(view.todayList()->table()->hasFocus());
    QTest::keyClick(view.todayList()->table(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(view.currentList(), view.carrierList());
    QTest::keyClick(view.carrierList()->table(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(view.currentList(), view.todayList());
    EXPECT_EQ(keys(view.todayList()), QStringList{today});
    EXPECT_FALSE(keys(view.todayList()).contains(earlier));
}

TEST_F(ShipmentsViewTest, ByCarrierFiltersByCarrierAndDates) {
    const QString a = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 3)}).number;
    const QString seur = shipped(a, {{QStringLiteral("TOR-M6"), units(1)}}, QStringLiteral("SEUR"),
                                 QDate::currentDate().addDays(-3))
                             .number;
    const QString mrw =
        shipped(a, {{QStringLiteral("TOR-M6"), units(1)}}, QStringLiteral("MRW")).number;
    const QString seurToday = shipped(a, {}, QStringLiteral("SEUR")).number;
    ShipmentsView view(s(), warehouse);
    showActive(view);
    view.showTab(ShipmentsView::ByCarrier);
    ShipmentList* list = view.carrierList();
    EXPECT_EQ(list->model()->rowCount(), 3);
    QComboBox* carrier = list->carrierFilter();
    ASSERT_EQ(carrier->count(), 3); // all, MRW, SEUR
    carrier->setCurrentIndex(carrier->findData(QStringLiteral("SEUR")));
    QStringList both{seur, seurToday};
    both.sort();
    EXPECT_EQ(keys(list), both);
    EXPECT_EQ(cell(list, seur, kCarrierColumn), QStringLiteral("SEUR"));
    list->fromFilter()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(keys(list), QStringList{seurToday});
    carrier->setCurrentIndex(carrier->findData(QStringLiteral("MRW")));
    EXPECT_EQ(keys(list), QStringList{mrw});
    list->toFilter()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(list->model()->rowCount(), 0);
}

TEST_F(ShipmentsViewTest, AShipmentOpensReadOnlyWithItsPapers) {
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4)}).number;
    const QString number = shipped(order, {}, QStringLiteral("SEUR")).number;
    ShipmentsView view(s(), warehouse);
    showActive(view);
    view.showTab(ShipmentsView::ShippedToday);
    QTableView* table = view.todayList()->table();
    table->setFocus();
    table->selectRow(0);
    QString title, weight;
    bool papers = false;
    whenModal([&](QDialog* dialog) {
        auto* viewer = qobject_cast<ShipmentViewer*>(dialog);
        ASSERT_TRUE(viewer);
        title = viewer->windowTitle();
        weight = viewer->field(QStringLiteral("weight"))->text();
        papers = viewer->button(QStringLiteral("deliveryNote"))->isEnabled() &&
                 viewer->button(QStringLiteral("billOfLading"))->isEnabled() &&
                 viewer->button(QStringLiteral("pdf"))->isEnabled();
        dialog->accept();
    });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(title.contains(number) && title.contains(order)) << title.toStdString();
    EXPECT_EQ(weight, QStringLiteral("1 kg"));
    EXPECT_TRUE(papers);

    ShipmentViewer viewer(s(), warehouse, number);
    EXPECT_EQ(viewer.linesTable()->model()->rowCount(), 1);
    for (auto paper : {ShipmentPapers::Paper::DeliveryNote, ShipmentPapers::Paper::BillOfLading}) {
        const QString path = dir.filePath(viewer.papers().suggestedFileName(paper));
        ASSERT_TRUE(viewer.papers().writePdf(paper, path));
        QFile pdf(path);
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    }
}

TEST_F(ShipmentsViewTest, TheMainWindowOpensShipmentsWithCtrl6) {
    MainWindow window(s(), warehouse);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), window.shipmentsView());
    EXPECT_EQ(window.navigation()->currentRow(), MainWindow::Shipments);
    EXPECT_EQ(window.currentPage(), window.shipmentsView()->toShipList());
    window.shipmentsView()->showTab(ShipmentsView::ByCarrier);
    EXPECT_EQ(window.currentPage(), window.shipmentsView()->carrierList());
}
