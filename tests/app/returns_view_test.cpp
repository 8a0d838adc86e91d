// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"
#include "app/main_window.h"
#include "app/return_source.h"
#include "app/returns_view.h"
#include "return_gui_support.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ReturnsViewTest : public test::ReturnGuiTest {
protected:
    static QStringList keys(ListPage* list) {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out << list->model()->keyAt(row);
        return out;
    }
    static QString text(ListPage* list, const QString& key, int column) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->keyAt(row) == key)
                return list->model()->index(row, column).data().toString();
        return {};
    }
};

} // namespace

TEST_F(ReturnsViewTest, ListsReturnsAndCreditNotesAndFiltersThem) {
    const Shipment beta = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    invoiceAll(beta.orderNumber);
    const Shipment alfa = shipAll(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 4)});
    const Return credited = returned(beta.number, QStringLiteral("TOR-M6"), 3);
    const Return free = returned(alfa.number, QStringLiteral("TOR-M6"), 1);
    ASSERT_FALSE(credited.creditNoteNumber.isEmpty());
    ASSERT_TRUE(free.creditNoteNumber.isEmpty());

    ReturnsView view(s(), accounting);
    showActive(view);
    ReturnList* returns = view.returnsList();
    EXPECT_EQ(keys(returns), (QStringList{free.number, credited.number})); // newest first
    EXPECT_EQ(text(returns, credited.number, ReturnSource::Shipment), beta.number);
    EXPECT_EQ(text(returns, credited.number, ReturnSource::CreditNote), credited.creditNoteNumber);
    EXPECT_EQ(text(returns, free.number, ReturnSource::CreditNote), QString());
    EXPECT_EQ(text(returns, credited.number, ReturnSource::Reason), QStringLiteral("Wrong item"));

    ReturnList* notes = view.creditNotesList();
    EXPECT_EQ(keys(notes), QStringList{credited.creditNoteNumber});
    EXPECT_EQ(text(notes, credited.creditNoteNumber, CreditNoteSource::Total), euros(3630));
    EXPECT_EQ(text(notes, credited.creditNoteNumber, CreditNoteSource::Unallocated), euros(3630));
    EXPECT_EQ(text(notes, credited.creditNoteNumber, CreditNoteSource::Return), credited.number);

    returns->customerFilter()->setText(QStringLiteral("ALFA"));
    Q_EMIT returns->customerFilter()->returnPressed();
    EXPECT_EQ(keys(returns), QStringList{free.number});
    returns->customerFilter()->clear();
    EXPECT_EQ(keys(returns).size(), 2);
    returns->fromFilter()->setDate(today().addDays(1));
    EXPECT_TRUE(keys(returns).isEmpty());
    returns->fromFilter()->setDate(returns->fromFilter()->minimumDate());
    returns->searchField()->setText(beta.orderNumber);
    QTest::keyClick(returns->searchField(), Qt::Key_Return);
    EXPECT_EQ(keys(returns), QStringList{credited.number});

    notes->customerFilter()->setText(QStringLiteral("ALFA"));
    Q_EMIT notes->customerFilter()->returnPressed();
    EXPECT_TRUE(keys(notes).isEmpty());
}

TEST_F(ReturnsViewTest, ANewReturnShowsWithoutReopeningAndEnterOpensIt) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 5)});
    ReturnsView view(s(), warehouse);
    showActive(view);
    EXPECT_TRUE(keys(view.returnsList()).isEmpty());
    EXPECT_TRUE(view.returnsList()->newButton()->isEnabled());
    const Return r = returned(sh.number, QStringLiteral("TOR-M6"), 2);
    // The service announces the return: the list reads itself again.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return keys(view.returnsList()) == QStringList{r.number}; }, 2000));
    view.returnsList()->selectKey(r.number);
    view.returnsList()->table()->setFocus();
    bool opened = false;
    whenModal([&](QDialog* dialog) {
        opened =
            dialog->objectName() == u"returnViewer" && dialog->windowTitle().contains(r.number);
        dialog->reject();
    });
    QTest::keyClick(view.returnsList()->table(), Qt::Key_Return);
    EXPECT_TRUE(opened);
}

TEST_F(ReturnsViewTest, CtrlNOnTheReturnsListOpensTheReturnDialog) {
    ReturnsView view(s(), warehouse);
    showActive(view);
    view.returnsList()->table()->setFocus();
    QString opened;
    whenModal([&](QDialog* dialog) {
        opened = dialog->objectName();
        dialog->reject();
    });
    QTest::keyClick(view.returnsList()->table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(opened, QStringLiteral("returnDialog"));
}

TEST_F(ReturnsViewTest, SalesMayNotStartAReturn) {
    ReturnsView view(s(), sales);
    EXPECT_FALSE(view.returnsList()->newButton()->isEnabled());
    EXPECT_FALSE(view.creditNotesList()->newButton()->isVisible());
}

TEST_F(ReturnsViewTest, CtrlNineShowsTheReturnsSectionAndItsListActs) {
    MainWindow window(s(), admin);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    EXPECT_EQ(window.navigation()->currentRow(), MainWindow::Returns);
    EXPECT_EQ(window.currentPage(), window.returnsView()->returnsList());
    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), window.returnsView()->creditNotesList());
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    EXPECT_EQ(window.currentPage(), window.returnsView()->returnsList());
}

TEST_F(ReturnsViewTest, Screenshot) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    invoiceAll(sh.orderNumber);
    returned(sh.number, QStringLiteral("TOR-M6"), 3, QStringLiteral("Damaged in transit"));
    ReturnsView view(s(), accounting);
    view.resize(1100, 420);
    test::look(view, QStringLiteral("returns_view"));
    view.showTab(ReturnsView::CreditNotes);
    test::look(view, QStringLiteral("credit_notes_view"));
}
