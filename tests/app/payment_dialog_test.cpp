// SPDX-License-Identifier: MIT
#include "app/invoice_viewer.h"
#include "app/lookup_edit.h"
#include "app/payment_dialog.h"
#include "payment_gui_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class PaymentDialogTest : public test::PaymentGuiTest {
protected:
    void SetUp() override {
        test::PaymentGuiTest::SetUp();
        // Oldest due first: A (40 days overdue), B (10 days overdue), then C (due in 20).
        a = invoice(QStringLiteral("BETA"), 10000, -40);
        c = invoice(QStringLiteral("BETA"), 8000, 20);
        b = invoice(QStringLiteral("BETA"), 5000, -10);
        invoice(QStringLiteral("ALFA"), 7000, -90); // another customer's: never shown
    }
    void TearDown() override {
        dialog.reset();
        test::PaymentGuiTest::TearDown();
    }

    // The dialog for `actor`, shown and active, with BETA chosen from the keyboard.
    PaymentDialog& open(std::optional<Actor> actor = std::nullopt) {
        dialog = std::make_unique<PaymentDialog>(s(), actor.value_or(accounting));
        showActive(*dialog);
        QTest::keyClicks(dialog->customerEdit(), QStringLiteral("beta"));
        QTest::keyClick(dialog->customerEdit(), Qt::Key_Tab); // leaving the field reads it
        return *dialog;
    }
    void typeAmount(const QString& text) {
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(), text);
    }
    int rowOf(const QString& number) const {
        for (int row = 0; row < dialog->invoicesModel()->rowCount(); ++row)
            if (dialog->invoicesModel()->item(row, PaymentDialog::Invoice)->text() == number)
                return row;
        return -1;
    }
    qint64 allocated(const QString& number) const { return dialog->allocated(rowOf(number)); }
    void typeAllocation(const QString& number, const QString& text) {
        dialog->invoicesModel()->item(rowOf(number), PaymentDialog::Allocate)->setText(text);
    }

    QString a, b, c;
    std::unique_ptr<PaymentDialog> dialog;
};

} // namespace

TEST_F(PaymentDialogTest, ProposesTheOldestDueFirstAndFollowsTheAmount) {
    PaymentDialog& d = open();
    ASSERT_EQ(d.invoicesModel()->rowCount(), 3);
    EXPECT_EQ(rowOf(a), 0);
    EXPECT_EQ(rowOf(b), 1);
    EXPECT_EQ(rowOf(c), 2);
    EXPECT_TRUE(d.invoicesModel()->item(0, PaymentDialog::DueDate)->text().contains(u"40"));
    EXPECT_EQ(d.invoicesModel()->item(0, PaymentDialog::Balance)->text(), euros(10000));
    EXPECT_EQ(focused(), d.amountEdit());

    type(QStringLiteral("120"));
    EXPECT_EQ(allocated(a), 10000);
    EXPECT_EQ(allocated(b), 2000);
    EXPECT_EQ(allocated(c), 0);
    EXPECT_FALSE(d.userEdited());
    typeAmount(QStringLiteral("250"));
    EXPECT_EQ(allocated(a), 10000);
    EXPECT_EQ(allocated(b), 5000);
    EXPECT_EQ(allocated(c), 8000);
    EXPECT_TRUE(d.leftoverLabel()->text().contains(euros(2000))) // 250 − 230
        << d.leftoverLabel()->text().toStdString();
}

TEST_F(PaymentDialogTest, TheUsersAmountsStandUntilProposeAgain) {
    PaymentDialog& d = open();
    typeAmount(QStringLiteral("100"));
    typeAllocation(c, QStringLiteral("30"));
    EXPECT_TRUE(d.userEdited());
    EXPECT_EQ(allocated(c), 3000);
    EXPECT_EQ(d.invoicesModel()->item(rowOf(c), PaymentDialog::Allocate)->text(), euros(3000));
    typeAmount(QStringLiteral("200")); // the typed allocations stay
    EXPECT_EQ(allocated(a), 10000);
    EXPECT_EQ(allocated(b), 0);
    EXPECT_EQ(allocated(c), 3000);
    EXPECT_TRUE(d.leftoverLabel()->text().contains(euros(7000)));
    d.proposeButton()->click();
    EXPECT_FALSE(d.userEdited());
    EXPECT_EQ(allocated(b), 5000);
    EXPECT_EQ(allocated(c), 5000);
}

TEST_F(PaymentDialogTest, AnAllocationAboveABalanceOrTheAmountIsRefusedAndNothingSaved) {
    PaymentDialog& d = open();
    typeAmount(QStringLiteral("300"));
    typeAllocation(b, QStringLiteral("60")); // B owes 50
    EXPECT_FALSE(d.save());
    EXPECT_TRUE(d.banner()->isVisible());
    EXPECT_TRUE(d.banner()->text().contains(b)) << d.banner()->text().toStdString();
    EXPECT_EQ(d.invoicesTable()->currentIndex().row(), rowOf(b));
    EXPECT_EQ(rows("payments"), 0);

    typeAllocation(b, QStringLiteral("50"));
    typeAmount(QStringLiteral("100")); // A 100 + B 50 + C 80 > 100
    EXPECT_FALSE(d.save());
    EXPECT_TRUE(d.banner()->text().contains(QStringLiteral("100,00")))
        << d.banner()->text().toStdString();
    EXPECT_EQ(rows("payments"), 0);
    EXPECT_EQ(settled(a).paid, 0);
    EXPECT_EQ(ar(QStringLiteral("BETA")), 23000);
}

TEST_F(PaymentDialogTest, EnterRecordsThePaymentWithTheChosenAllocation) {
    PaymentDialog& d = open();
    typeAmount(QStringLiteral("100"));
    typeAllocation(a, QStringLiteral("30"));
    typeAllocation(b, QStringLiteral("50"));
    typeAllocation(c, QString()); // left out
    d.methodBox()->setCurrentIndex(d.methodBox()->findData(QStringLiteral("cheque")));
    d.referenceEdit()->setText(QStringLiteral("CHQ 1234"));
    d.referenceEdit()->setFocus();
    QTest::keyClick(d.referenceEdit(), Qt::Key_Return);
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.banner()->text().toStdString();
    const Payment& p = d.payment();
    ASSERT_FALSE(p.number.isEmpty());
    auto stored = s().payments().get(admin, p.number);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->amount, money(10000));
    EXPECT_EQ(stored->unallocated, money(2000));
    EXPECT_EQ(stored->method, QStringLiteral("cheque"));
    EXPECT_EQ(stored->reference, QStringLiteral("CHQ 1234"));
    EXPECT_EQ(settled(a).paid, 3000);
    EXPECT_EQ(settled(b).status, QStringLiteral("paid"));
    EXPECT_EQ(settled(c).paid, 0);
}

TEST_F(PaymentDialogTest, TabWalksTheFormThenTheTableThenOk) {
    PaymentDialog& d = open();
    ASSERT_EQ(focused(), d.amountEdit());
    QList<QWidget*> walked;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        walked << focused();
    }
    EXPECT_EQ(walked[0], d.methodBox());
    EXPECT_EQ(walked[1], d.dateEdit());
    EXPECT_EQ(walked[2], d.referenceEdit());
    EXPECT_EQ(walked[3], d.invoicesTable());
    EXPECT_EQ(walked[4], d.okButton());
}

TEST_F(PaymentDialogTest, TheCustomersCreditIsShownAndProposedWithTheAmount) {
    const Payment first = pay(QStringLiteral("BETA"), 12000, a); // 20 € left as credit
    ASSERT_EQ(first.unallocated, money(2000));
    PaymentDialog& d = open();
    EXPECT_TRUE(d.creditLabel()->text().contains(euros(2000)))
        << d.creditLabel()->text().toStdString();
    ASSERT_EQ(d.invoicesModel()->rowCount(), 2); // A is paid
    typeAmount(QStringLiteral("40"));
    EXPECT_EQ(allocated(b), 5000); // 40 € + 20 € of credit
    EXPECT_EQ(allocated(c), 1000);
}

TEST_F(PaymentDialogTest, PrefilledFromAnInvoiceItPaysThatInvoice) {
    dialog = std::make_unique<PaymentDialog>(s(), accounting);
    dialog->prefill(QStringLiteral("BETA"), c);
    showActive(*dialog);
    EXPECT_EQ(dialog->amountEdit()->text(), QStringLiteral("80,00"));
    EXPECT_EQ(allocated(c), 8000);
    EXPECT_EQ(allocated(a), 0);
    ASSERT_TRUE(dialog->save()) << dialog->banner()->text().toStdString();
    EXPECT_EQ(settled(c).status, QStringLiteral("paid"));
    EXPECT_EQ(settled(a).paid, 0);
}

TEST_F(PaymentDialogTest, ASalesUserIsRefusedByTheServiceAndNothingIsSaved) {
    PaymentDialog& d = open(sales);
    typeAmount(QStringLiteral("50"));
    EXPECT_FALSE(d.save());
    EXPECT_TRUE(d.banner()->text().contains(QStringLiteral("sergio")))
        << d.banner()->text().toStdString();
    EXPECT_EQ(rows("payments"), 0);
}

TEST_F(PaymentDialogTest, RecordPaymentOnAPostedInvoiceOpensTheDialogWithThatInvoice) {
    InvoiceViewer viewer(s(), accounting, b);
    showActive(viewer);
    QPushButton* record = viewer.button(QStringLiteral("recordPayment"));
    ASSERT_TRUE(record->isVisible());
    QString amount;
    qint64 toB = 0;
    whenModal([&](QDialog* shown) {
        auto* d = qobject_cast<PaymentDialog*>(shown);
        ASSERT_TRUE(d);
        amount = d->amountEdit()->text();
        for (int row = 0; row < d->invoicesModel()->rowCount(); ++row)
            if (d->invoicesModel()->item(row, PaymentDialog::Invoice)->text() == b)
                toB = d->allocated(row);
        QTest::keyClick(d->amountEdit(), Qt::Key_Return);
    });
    record->click();
    EXPECT_EQ(amount, QStringLiteral("50,00"));
    EXPECT_EQ(toB, 5000);
    EXPECT_EQ(settled(b).status, QStringLiteral("paid"));
    EXPECT_EQ(settled(a).paid, 0);
    EXPECT_TRUE(viewer.invoice().balance.isZero());
    EXPECT_FALSE(record->isVisible());
    // A sales user sees no such action.
    InvoiceViewer forSales(s(), sales, c);
    EXPECT_TRUE(forSales.button(QStringLiteral("preview"))->isVisibleTo(&forSales));
    EXPECT_FALSE(forSales.button(QStringLiteral("recordPayment"))->isVisibleTo(&forSales));
}

TEST_F(PaymentDialogTest, CtrlEnterRecordsThePaymentFromAFieldOrAnAllocationBeingTyped) {
    PaymentDialog& d = open();
    typeAmount(QStringLiteral("100"));
    QTableView* table = d.invoicesTable();
    table->setFocus();
    table->setCurrentIndex(d.invoicesModel()->index(rowOf(a), PaymentDialog::Allocate));
    QTest::keyClick(table, Qt::Key_F2); // an open cell editor, where Enter commits the cell
    QLineEdit* editor = qobject_cast<QLineEdit*>(focused());
    ASSERT_TRUE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("30"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.banner()->text().toStdString();
    EXPECT_EQ(settled(a).paid, 3000); // the typed allocation, committed by Ctrl+Enter
    EXPECT_EQ(d.payment().unallocated, money(7000));

    PaymentDialog& again = open();
    typeAmount(QStringLiteral("20"));
    QTest::keyClick(again.amountEdit(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    ASSERT_EQ(again.result(), QDialog::Accepted) << again.banner()->text().toStdString();
    EXPECT_EQ(rows("payments"), 2);
}
