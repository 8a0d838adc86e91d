// SPDX-License-Identifier: MIT
// The report windows of the Reports menu: sales, backlog, production demand and stock
// valuation, driven offscreen with key events over the order fixture's company.
#include "app/backlog_view.h"
#include "app/demand_view.h"
#include "app/dialogs/export_table.h"
#include "app/lookup_edit.h"
#include "app/main_window.h"
#include "app/sales_report_view.h"
#include "app/stock_valuation_view.h"
#include "order_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;

namespace {

const QColor kRed(0xc0, 0x1c, 0x1c);

class ReportViewsTest : public test::OrderGuiTest {
protected:
    void SetUp() override {
        test::OrderGuiTest::SetUp();
        const QDate today = QDate::currentDate();
        services::OrderInput in =
            orderInput(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 8)});
        in.requestedDate = today.addDays(14);
        auto beta = s().orders().create(admin, in);
        ASSERT_TRUE(beta);
        ASSERT_TRUE(s().orders().confirm(admin, beta->number));
        betaOrder = beta->number;
        alfaOrder = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 3),
                                                       line(QStringLiteral("TUE-M6"), 2)})
                        .number;
    }
    static qint64 raw(ReportView& view, int row, int column) {
        return view.model()->index(row, column).data(role::Raw).toLongLong();
    }
    static int lastRow(ReportView& view) { return view.model()->rowCount() - 1; }
    // Types into a filter field and presses Enter there, as a user does.
    static void enter(QWidget* field, const QString& text) {
        field->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(field)) {
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        QTest::keyClick(field, Qt::Key_Return);
        QTest::qWait(5); // the report reads again once the key is handled
    }
    QString writeCsv(ReportView& view, const QString& name) {
        const QString path = dir.filePath(name);
        auto written = writeModel(*view.model(), path);
        EXPECT_TRUE(written) << (written ? "" : written.error().message.toStdString());
        if (written) {
            EXPECT_EQ(*written, view.model()->rowCount());
        }
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }

    QString betaOrder;
    QString alfaOrder;
};

} // namespace

TEST_F(ReportViewsTest, BacklogShowsTheServicesRowsWithABoldTotal) {
    BacklogView view(s(), sales);
    showActive(view);
    auto report = s().reports().backlog(sales, {});
    ASSERT_TRUE(report);
    ASSERT_EQ(view.model()->rowCount(), report->rows.size() + 1);
    EXPECT_EQ(view.model()->index(0, BacklogView::Order).data().toString(), alfaOrder);
    EXPECT_EQ(view.model()->index(2, BacklogView::Order).data().toString(), betaOrder);
    qint64 sum = 0;
    for (int row = 0; row < lastRow(view); ++row)
        sum += raw(view, row, BacklogView::Value);
    EXPECT_EQ(raw(view, lastRow(view), BacklogView::Value), report->value.minor());
    EXPECT_EQ(sum, report->value.minor());
    EXPECT_EQ(sum, 3000 + 666 + 16000);
    EXPECT_TRUE(view.model()->index(lastRow(view), 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(view.model()->index(0, BacklogView::Value).data(Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(view.model()->index(0, BacklogView::Qty).data().toString(), QStringLiteral("3"));
}

TEST_F(ReportViewsTest, EnterInAFilterReadsTheBacklogAgain) {
    BacklogView view(s(), sales);
    showActive(view);
    enter(view.customerFilter(), QStringLiteral("BETA"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->rowCount() == 2; }, 1000));
    EXPECT_EQ(view.model()->index(0, BacklogView::Order).data().toString(), betaOrder);
    view.customerFilter()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->rowCount() == 4; }, 1000));
    view.fromEdit()->setDate(QDate::currentDate().addDays(7));
    enter(view.fromEdit(), {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->rowCount() == 2; }, 1000));
    enter(view.customerFilter(), QStringLiteral("NADIE"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.banner()->isHidden(); }, 1000));
    EXPECT_EQ(view.model()->rowCount(), 0);
}

// Tab walks a date's day, month and year before it leaves the field, as in every date.
TEST_F(ReportViewsTest, TheFiltersComeInTabOrderThenTheTable) {
    BacklogView view(s(), sales);
    showActive(view);
    view.fromEdit()->setFocus();
    QList<QWidget*> seen{QApplication::focusWidget()};
    for (int i = 0; i < 12 && seen.size() < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() != seen.last())
            seen << QApplication::focusWidget();
    }
    ASSERT_EQ(seen.size(), 5);
    EXPECT_EQ(seen[0], view.fromEdit());
    EXPECT_EQ(seen[1], view.toEdit());
    EXPECT_EQ(seen[2], view.customerFilter());
    EXPECT_EQ(seen[3], view.productFilter());
    EXPECT_EQ(seen[4], view.table());
}

TEST_F(ReportViewsTest, EnterOnABacklogRowOpensItsOrder) {
    BacklogView view(s(), sales);
    showActive(view);
    QSignalSpy opened(&view, &BacklogView::orderOpened);
    QString openedTitle;
    whenModal([&](QDialog* editor) {
        openedTitle = editor->windowTitle();
        editor->reject();
    });
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(2, BacklogView::Sku));
    QTest::keyClick(view.table(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), betaOrder);
    EXPECT_TRUE(openedTitle.contains(betaOrder)) << openedTitle.toStdString();
}

TEST_F(ReportViewsTest, BacklogExportWritesTheRowsShown) {
    BacklogView view(s(), sales);
    showActive(view);
    enter(view.productFilter(), QStringLiteral("LIM-01"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->rowCount() == 2; }, 1000));
    const QString csv = writeCsv(view, QStringLiteral("backlog.csv"));
    EXPECT_TRUE(csv.contains(betaOrder)) << csv.toStdString();
    EXPECT_FALSE(csv.contains(alfaOrder)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("160.00"))) << csv.toStdString();
}

TEST_F(ReportViewsTest, DemandShowsShortfallsInRed) {
    DemandView view(s(), warehouse);
    showActive(view);
    // LIM-01: 8 wanted in two weeks against 5 on hand.
    int lim = -1;
    for (int row = 0; row < lastRow(view); ++row)
        if (view.model()->index(row, DemandView::Sku).data().toString() == u"LIM-01")
            lim = row;
    ASSERT_GE(lim, 0);
    EXPECT_EQ(raw(view, lim, DemandView::Shortfall), 3000);
    EXPECT_EQ(raw(view, lim, DemandView::Available), -3000);
    EXPECT_EQ(view.model()
                  ->index(lim, DemandView::Shortfall)
                  .data(Qt::ForegroundRole)
                  .value<QBrush>()
                  .color(),
              kRed);
    EXPECT_FALSE(
        view.model()->index(lim + 1, DemandView::Shortfall).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(raw(view, lastRow(view), DemandView::Shortfall), 3000);
    EXPECT_EQ(raw(view, lastRow(view), DemandView::Demand), 13000);
}

TEST_F(ReportViewsTest, ALaterWeekOfPutsEverythingInThatWeek) {
    DemandView view(s(), warehouse);
    showActive(view);
    const QDate later = QDate::currentDate().addDays(60);
    view.todayEdit()->setDate(later);
    enter(view.todayEdit(), {});
    const QDate monday = later.addDays(1 - later.dayOfWeek());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view.model()->index(0, DemandView::Week).data(role::Raw).toDate() == monday; },
        1000));
    EXPECT_EQ(view.model()->rowCount(), 4); // three products in one week, and the total
}

TEST_F(ReportViewsTest, StockValuationTotalsTheProductsAtCost) {
    StockValuationView view(s(), accounting);
    showActive(view);
    auto report = s().reports().stockValuation(accounting);
    ASSERT_TRUE(report);
    ASSERT_EQ(view.model()->rowCount(), 4); // three stocked products and the total
    qint64 sum = 0;
    for (int row = 0; row < lastRow(view); ++row)
        sum += raw(view, row, StockValuationView::Value);
    EXPECT_EQ(sum, 6000 + 60000 + 5000);
    EXPECT_EQ(raw(view, lastRow(view), StockValuationView::Value), report->value.minor());
    const reports::PrintJob job = view.printJob();
    EXPECT_EQ(job.doc.lines.rows.size(), 4);
    ASSERT_EQ(job.doc.totals.size(), 1);
    EXPECT_EQ(job.doc.totals[0].value, report->value.toString(QLocale()));
    const QString csv = writeCsv(view, QStringLiteral("stock.csv"));
    EXPECT_TRUE(csv.contains(QStringLiteral("710.00"))) << csv.toStdString();
}

TEST_F(ReportViewsTest, StockValuationRefusedShowsWhyAndNoRows) {
    StockValuationView view(s(), sales);
    showActive(view);
    EXPECT_FALSE(view.banner()->isHidden());
    EXPECT_EQ(view.model()->rowCount(), 0);
}

TEST_F(ReportViewsTest, PrintPreviewShowsTheReport) {
    BacklogView view(s(), sales);
    showActive(view);
    QString title;
    whenModal([&](QDialog* preview) {
        title = preview->windowTitle();
        preview->reject();
    });
    QTest::keyClick(&view, Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(title, view.windowTitle()); // not the warning of a failure
}

TEST_F(ReportViewsTest, SalesByCustomerAndByProductFollowTheGrouping) {
    services::ShipmentInput everything;
    everything.orderNumber = alfaOrder;
    auto shippedAll = s().shipments().create(warehouse, everything);
    ASSERT_TRUE(shippedAll) << shippedAll.error().message.toStdString();
    auto invoice = s().invoices().createAndPost(accounting, {alfaOrder});
    ASSERT_TRUE(invoice) << invoice.error().message.toStdString();
    SalesReportView view(s(), manager);
    showActive(view);
    EXPECT_EQ(view.periodBox()->currentData().toInt(), int(SalesReportView::Period::ThisYear));
    ASSERT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.model()->index(0, 0).data().toString(), QStringLiteral("ALFA"));
    EXPECT_EQ(raw(view, 0, 2), 3666); // sales
    EXPECT_EQ(raw(view, 0, 3), 2000); // cost: 3 × 6.00 + 2 × 1.00
    EXPECT_EQ(raw(view, 0, 4), 1666);
    EXPECT_EQ(raw(view, 0, 5), 454); // margin %: 16.66 / 36.66 = 45.4 %
    EXPECT_EQ(view.model()->index(0, 5).data().toString(), QStringLiteral("45,4 %"));
    EXPECT_EQ(raw(view, 1, 4), 1666); // the total row
    view.groupingBox()->setFocus();
    QTest::keyClick(view.groupingBox(), Qt::Key_Down); // Product
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->rowCount() == 3; }, 1000));
    EXPECT_EQ(view.model()->headerData(2, Qt::Horizontal).toString(), view.tr("Quantity"));
    const QString csv = writeCsv(view, QStringLiteral("sales.csv"));
    EXPECT_TRUE(csv.contains(QStringLiteral("TOR-M6"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("36.66"))) << csv.toStdString();
}

TEST_F(ReportViewsTest, APresetSetsThePeriodAndOtherDatesMakeItCustom) {
    SalesReportView view(s(), manager);
    showActive(view);
    const QDate today = QDate::currentDate();
    view.periodBox()->setCurrentIndex(int(SalesReportView::Period::LastMonth));
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    EXPECT_EQ(view.fromEdit()->date(), first);
    EXPECT_EQ(view.toEdit()->date(), first.addMonths(1).addDays(-1));
    view.fromEdit()->setDate(first.addDays(3));
    EXPECT_EQ(view.periodBox()->currentData().toInt(), int(SalesReportView::Period::Custom));
    const auto [from, to] =
        SalesReportView::periodDates(SalesReportView::Period::Last12Months, QDate(2026, 3, 15));
    EXPECT_EQ(from, QDate(2025, 4, 1));
    EXPECT_EQ(to, QDate(2026, 3, 31));
}

TEST_F(ReportViewsTest, ASalespersonSeesOnlyTheirOwnSales) {
    SalesReportView view(s(), sales);
    showActive(view);
    EXPECT_FALSE(view.salespersonBox()->isEnabled());
    EXPECT_EQ(view.salespersonBox()->currentData().toString(), sales.name);
    EXPECT_TRUE(view.banner()->isHidden()) << view.banner()->text().toStdString();
}

TEST_F(ReportViewsTest, TheReportsMenuFollowsPermissionsAndItsKeysOpenTheViews) {
    MainWindow window(s(), warehouse);
    showActive(window);
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("salesReportAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("stockValuationAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("backlogAction"))->isEnabled());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("demandAction"))->isEnabled());
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    auto* backlog = window.findChild<BacklogView*>();
    ASSERT_TRUE(backlog);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(backlog));
    EXPECT_EQ(backlog->model()->rowCount(), 4);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(window.findChild<DemandView*>());

    MainWindow managers(s(), manager);
    showActive(managers);
    EXPECT_TRUE(managers.findChild<QAction*>(QStringLiteral("salesReportAction"))->isEnabled());
    QTest::keyClick(&managers, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto* stock = managers.findChild<StockValuationView*>();
    ASSERT_TRUE(stock);
    EXPECT_EQ(stock->model()->rowCount(), 4);
}
