// SPDX-License-Identifier: MIT
#include "app/aging_view.h"
#include "app/chargeback_dialog.h"
#include "app/lookup_edit.h"
#include "app/main_window.h"
#include "app/payment_dialog.h"
#include "app/payment_source.h"
#include "app/payment_viewer.h"
#include "app/payments_view.h"
#include "app_fixture.h"
#include "payment_gui_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class PaymentsViewTest : public test::PaymentGuiTest {
protected:
    static QStringList keys(ListPage* list) {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out << list->model()->keyAt(row);
        return out;
    }
    static QModelIndex cell(ListPage* list, const QString& key, int column) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->keyAt(row) == key)
                return list->model()->index(row, column);
        return {};
    }
};

} // namespace

TEST_F(PaymentsViewTest, ListsPaymentsNewestFirstWithRefundsNegativeAndFilters) {
    const QString inv = invoice(QStringLiteral("BETA"), 5000, -5);
    const Payment old =
        pay(QStringLiteral("ALFA"), 1000, {}, QStringLiteral("cash"), today().addDays(-20));
    const Payment mid =
        pay(QStringLiteral("BETA"), 8000, {}, QStringLiteral("transfer"), today().addDays(-3));
    const Payment refund = pay(QStringLiteral("BETA"), 700, {}, QStringLiteral("transfer"));
    ASSERT_TRUE(storage::write(s().database(),
                               QStringLiteral("UPDATE payments SET kind = 'refund', amount = "
                                              "-700, unallocated = 0 WHERE number = ?"),
                               {refund.number}));
    PaymentsView view(s(), accounting);
    showActive(view);
    EXPECT_EQ(keys(&view), (QStringList{refund.number, mid.number, old.number}));
    EXPECT_EQ(cell(&view, refund.number, PaymentSource::Amount).data().toString(), euros(-700));
    EXPECT_EQ(cell(&view, mid.number, PaymentSource::Amount).data().toString(), euros(8000));
    EXPECT_EQ(cell(&view, mid.number, PaymentSource::Unallocated).data().toString(), euros(3000));
    EXPECT_EQ(settled(inv).status, QStringLiteral("paid"));
    EXPECT_EQ(cell(&view, old.number, PaymentSource::Method).data().toString(),
              QStringLiteral("Cash"));
    EXPECT_TRUE(cell(&view, refund.number, PaymentSource::Reference)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Refund")));
    const QModelIndex amount = cell(&view, mid.number, PaymentSource::Amount);
    EXPECT_TRUE(amount.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    view.customerFilter()->setText(QStringLiteral("BETA"));
    Q_EMIT view.customerFilter()->returnPressed();
    EXPECT_EQ(keys(&view), (QStringList{refund.number, mid.number}));
    view.fromFilter()->setDate(today().addDays(-5));
    view.toFilter()->setDate(today().addDays(-1));
    EXPECT_EQ(keys(&view), QStringList{mid.number});
    view.customerFilter()->clear();
    view.fromFilter()->setDate(view.fromFilter()->minimumDate());
    view.toFilter()->setDate(view.toFilter()->minimumDate());
    QComboBox* method = view.methodFilter();
    method->setCurrentIndex(method->findData(QStringLiteral("cash")));
    EXPECT_EQ(keys(&view), QStringList{old.number});
    method->setCurrentIndex(0);
    view.searchField()->setText(mid.number);
    EXPECT_TRUE(QTest::qWaitFor([&] { return keys(&view) == QStringList{mid.number}; }, 2000));
}

TEST_F(PaymentsViewTest, ANewPaymentAppearsThroughTheNotifierAndEnterOpensTheViewer) {
    const QString inv = invoice(QStringLiteral("BETA"), 5000, -5);
    PaymentsView view(s(), accounting);
    showActive(view);
    EXPECT_TRUE(keys(&view).isEmpty());
    const Payment p = pay(QStringLiteral("BETA"), 6000);
    EXPECT_TRUE(QTest::qWaitFor([&] { return keys(&view) == QStringList{p.number}; }, 2000));
    view.table()->setFocus();
    ASSERT_TRUE(view.selectKey(p.number));
    EXPECT_TRUE(view.chargebackButton()->isEnabled());
    EXPECT_TRUE(view.applyCreditButton()->isEnabled()); // 10 € left

    QString title, firstInvoice, unallocated;
    bool chargebackEnabled = false;
    whenModal([&](QDialog* dialog) {
        auto* viewer = qobject_cast<PaymentViewer*>(dialog);
        ASSERT_TRUE(viewer);
        title = viewer->windowTitle();
        firstInvoice = viewer->allocationsModel()->item(0, PaymentViewer::Invoice)->text();
        unallocated = viewer->field(QStringLiteral("unallocated"))->text();
        chargebackEnabled = viewer->button(QStringLiteral("chargeback"))->isEnabled();
        viewer->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_Return);
    EXPECT_TRUE(title.contains(p.number)) << title.toStdString();
    EXPECT_EQ(firstInvoice, inv);
    EXPECT_EQ(unallocated, euros(1000));
    EXPECT_TRUE(chargebackEnabled);
}

TEST_F(PaymentsViewTest, ASalesUserSeesTheWritingActionsDisabled) {
    invoice(QStringLiteral("BETA"), 5000, -5);
    const Payment p = pay(QStringLiteral("BETA"), 6000);
    PaymentsView view(s(), sales);
    showActive(view);
    EXPECT_TRUE(view.newButton()->isVisible());
    EXPECT_FALSE(view.newButton()->isEnabled());
    view.table()->setFocus();
    ASSERT_TRUE(view.selectKey(p.number));
    EXPECT_FALSE(view.chargebackButton()->isEnabled());
    EXPECT_FALSE(view.applyCreditButton()->isEnabled());
    bool opened = false;
    test::onNextModal([&](QWidget*) { opened = true; }, 20);
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(300);
    EXPECT_FALSE(opened);
    PaymentViewer viewer(s(), sales, p.number);
    EXPECT_FALSE(viewer.button(QStringLiteral("chargeback"))->isEnabled());
}

TEST_F(PaymentsViewTest, CtrlNOpensThePaymentDialogForThoseWhoMayRecord) {
    PaymentsView view(s(), accounting);
    showActive(view);
    QString name;
    test::onNextModal([&](QWidget* w) { name = w->objectName(); });
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !name.isEmpty(); }, 3000));
    EXPECT_EQ(name, QStringLiteral("paymentDialog"));
}

TEST_F(PaymentsViewTest, ApplyCreditAllocatesTheCustomersCreditOldestDueFirst) {
    const Payment p = pay(QStringLiteral("BETA"), 3000); // no invoice yet: all credit
    const QString later = invoice(QStringLiteral("BETA"), 4000, 10);
    const QString older = invoice(QStringLiteral("BETA"), 2000, -10);
    PaymentsView view(s(), accounting);
    showActive(view);
    view.table()->setFocus();
    ASSERT_TRUE(view.selectKey(p.number));
    QString question;
    whenModal([&](QDialog* box) {
        question = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
        qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
    });
    view.applyCreditSelected();
    EXPECT_TRUE(question.contains(older)) << question.toStdString();
    EXPECT_EQ(settled(older).status, QStringLiteral("paid"));
    EXPECT_EQ(settled(later).paid, 1000);
    EXPECT_FALSE(view.applyCreditButton()->isEnabled()); // nothing left
}

TEST_F(PaymentsViewTest, CtrlEightShowsThePaymentsSection) {
    MainWindow window(s(), accounting);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), window.paymentsView());
}

TEST_F(PaymentsViewTest, TheScreensFitTheirTexts) {
    invoice(QStringLiteral("BETA"), 125000, -40);
    invoice(QStringLiteral("BETA"), 48050, 12);
    invoice(QStringLiteral("ALFA"), 9900, -75);
    const Payment p = pay(QStringLiteral("BETA"), 130000, {}, QStringLiteral("cheque"));
    pay(QStringLiteral("ALFA"), 2000, {}, QStringLiteral("cash"), today().addDays(-2));
    ASSERT_TRUE(s().payments().chargeback(accounting, [&] {
        services::ChargebackInput in;
        in.paymentNumber = p.number;
        in.amount = money(10000);
        in.reason = QStringLiteral("dispute");
        in.notes = QStringLiteral("Customer disputes the freight");
        return in;
    }()));
    PaymentsView view(s(), accounting);
    view.resize(1100, 500);
    test::look(view, QStringLiteral("payments-view"));
    PaymentDialog dialog(s(), accounting);
    dialog.prefill(QStringLiteral("BETA"));
    dialog.amountEdit()->setText(QStringLiteral("1.000"));
    test::look(dialog, QStringLiteral("payment-dialog"));
    PaymentViewer viewer(s(), accounting, p.number);
    test::look(viewer, QStringLiteral("payment-viewer"));
    ChargebackDialog chargeback(s(), accounting, p.number);
    chargeback.amountEdit()->setText(QStringLiteral("500"));
    test::look(chargeback, QStringLiteral("chargeback-dialog"));
    AgingView aging(s(), accounting);
    test::look(aging, QStringLiteral("aging-view"));
}
