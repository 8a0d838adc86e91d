// SPDX-License-Identifier: MIT
#include "app/aging_view.h"
#include "app/dialogs/export_table.h"
#include "app/document_filters.h"
#include "app/invoices_view.h"
#include "app/lookup_edit.h"
#include "app/main_window.h"
#include "app/table_source.h"
#include "payment_gui_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class AgingViewTest : public test::PaymentGuiTest {
protected:
    void SetUp() override {
        test::PaymentGuiTest::SetUp();
        invoice(QStringLiteral("ALFA"), 10000, 10);  // current
        invoice(QStringLiteral("ALFA"), 4000, -45);  // 31–60
        invoice(QStringLiteral("BETA"), 7000, -100); // over 90
        invoice(QStringLiteral("BETA"), 3000, -5);   // 1–30
        pay(QStringLiteral("BETA"), 12000);          // pays both, 20 € credit
        invoice(QStringLiteral("BETA"), 6000, -70);  // 61–90, after the payment
    }
    static qint64 raw(AgingView& view, int row, int column) {
        return view.model()->index(row, column).data(role::Raw).toLongLong();
    }
    static int rowOf(AgingView& view, const QString& code) {
        for (int row = 0; row < view.model()->rowCount(); ++row)
            if (view.model()->index(row, 0).data(role::Key).toString() == code)
                return row;
        return -1;
    }
};

} // namespace

TEST_F(AgingViewTest, TotalsAreTheServicesAndEachRowsBucketsSumToTheARBalance) {
    AgingView view(s(), accounting);
    showActive(view);
    auto report = s().payments().aging(accounting, today());
    ASSERT_TRUE(report);
    ASSERT_EQ(view.model()->rowCount(), report->lines.size() + 1);
    const int total = view.model()->rowCount() - 1;
    EXPECT_TRUE(view.model()->index(total, 0).data(Qt::FontRole).value<QFont>().bold());
    for (int c = AgingView::Current; c <= AgingView::Over90; ++c)
        EXPECT_EQ(raw(view, total, c), report->totals.buckets[c - 1].minor()) << c;
    EXPECT_EQ(raw(view, total, AgingView::Total), report->totals.total().minor());
    for (const QString& code : {QStringLiteral("ALFA"), QStringLiteral("BETA")}) {
        const int row = rowOf(view, code);
        ASSERT_GE(row, 0);
        qint64 sum = 0;
        for (int c = AgingView::Current; c <= AgingView::Over90; ++c)
            sum += raw(view, row, c);
        EXPECT_EQ(sum, raw(view, row, AgingView::Total)) << code.toStdString();
        EXPECT_EQ(sum, ar(code)) << code.toStdString();
    }
    const int beta = rowOf(view, QStringLiteral("BETA"));
    EXPECT_EQ(raw(view, beta, AgingView::Credit), -2000);
    EXPECT_EQ(raw(view, beta, AgingView::Days61To90), 6000);
    EXPECT_EQ(view.model()
                  ->index(beta, AgingView::Days61To90)
                  .data(Qt::ForegroundRole)
                  .value<QBrush>()
                  .color(),
              QColor(0xc0, 0x1c, 0x1c));
    EXPECT_FALSE(view.model()->index(beta, AgingView::Current).data(Qt::ForegroundRole).isValid());
}

TEST_F(AgingViewTest, ALaterDateAgesTheInvoicesAndACustomerFiltersTheReport) {
    AgingView view(s(), accounting);
    showActive(view);
    const int alfa = rowOf(view, QStringLiteral("ALFA"));
    EXPECT_EQ(raw(view, alfa, AgingView::Current), 10000);
    view.asOfEdit()->setDate(today().addDays(40)); // the current one is 30 days late then
    EXPECT_EQ(raw(view, rowOf(view, QStringLiteral("ALFA")), AgingView::Current), 0);
    EXPECT_EQ(raw(view, rowOf(view, QStringLiteral("ALFA")), AgingView::Days1To30), 10000);
    view.customerFilter()->setText(QStringLiteral("BETA"));
    Q_EMIT view.customerFilter()->returnPressed();
    ASSERT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.model()->index(0, 0).data(role::Key).toString(), QStringLiteral("BETA"));
    EXPECT_EQ(raw(view, 1, AgingView::Total), ar(QStringLiteral("BETA")));
}

TEST_F(AgingViewTest, ExportsEveryRowWithTheTotal) {
    AgingView view(s(), accounting);
    showActive(view);
    const QString path = dir.filePath(QStringLiteral("aging.csv"));
    auto written = writeModel(*view.model(), path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("60.00"))) << text.toStdString(); // BETA 61–90
    EXPECT_TRUE(text.contains(QStringLiteral("Total"))) << text.toStdString();
}

TEST_F(AgingViewTest, CtrlShiftGOpensItAndACustomerOpensItsInvoices) {
    MainWindow window(s(), accounting);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    auto* view = window.findChild<AgingView*>();
    ASSERT_TRUE(view);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    QSignalSpy chosen(view, &AgingView::customerChosen);
    const int beta = rowOf(*view, QStringLiteral("BETA"));
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->model()->index(beta, 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("BETA"));
    EXPECT_EQ(window.currentPage(), static_cast<ListPage*>(window.invoicesView()));
    EXPECT_EQ(window.invoicesView()->customerFilter()->text(), QStringLiteral("BETA"));
    EXPECT_EQ(window.invoicesView()->model()->rowCount(), 3); // the open ones and the paid
}

TEST_F(AgingViewTest, ACustomerOpensItsInvoicesWithTheListsOtherFiltersCleared) {
    MainWindow window(s(), accounting);
    showActive(window);
    // What a user left on the Invoices list before: a state, dates and a search.
    InvoicesView* invoices = window.invoicesView();
    invoices->stateFilter()->setCurrentIndex(invoices->stateFilter()->count() - 1); // overdue
    invoices->fromFilter()->setDate(today().addDays(1));
    invoices->toFilter()->setDate(today().addDays(2));
    invoices->searchField()->setText(QStringLiteral("NO-SUCH-INVOICE"));
    QTest::keyClick(invoices->searchField(), Qt::Key_Return);
    ASSERT_EQ(invoices->model()->rowCount(), 0);

    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    auto* view = window.findChild<AgingView*>();
    ASSERT_TRUE(view);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->model()->index(rowOf(*view, QStringLiteral("BETA")), 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    ASSERT_EQ(window.currentPage(), static_cast<ListPage*>(invoices));
    EXPECT_EQ(invoices->customerFilter()->text(), QStringLiteral("BETA"));
    EXPECT_EQ(invoices->stateFilter()->currentIndex(), 0);
    EXPECT_FALSE(dateOf(invoices->fromFilter()).isValid());
    EXPECT_FALSE(dateOf(invoices->toFilter()).isValid());
    EXPECT_TRUE(invoices->searchField()->text().isEmpty());
    EXPECT_EQ(invoices->model()->rowCount(), 3); // at once, not after the typing delay
}

TEST_F(AgingViewTest, PrintPreviewShowsTheReportAsAPrintedTable) {
    AgingView view(s(), accounting);
    showActive(view);
    QString title;
    whenModal([&](QDialog* preview) {
        title = preview->windowTitle();
        preview->reject();
    });
    view.printPreview();
    EXPECT_EQ(title, QStringLiteral("Aging of receivables")); // not the warning of a failure
}
