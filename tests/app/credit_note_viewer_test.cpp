// SPDX-License-Identifier: MIT
#include "app/credit_note_dialogs.h"
#include "app/credit_note_viewer.h"
#include "app/customer_account_model.h"
#include "app/customer_account_view.h"
#include "app/return_viewer.h"
#include "return_gui_support.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

// BETA's order of 10 TOR-M6, shipped, invoiced (121.00 €) and 3 returned: a credit note
// of 36.30 €, all unallocated, while the invoice is still open.
class CreditNoteViewerTest : public test::ReturnGuiTest {
protected:
    void SetUp() override {
        ReturnGuiTest::SetUp();
        const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
        invoiceNumber = invoiceAll(sh.orderNumber).number;
        ret = returned(sh.number, QStringLiteral("TOR-M6"), 3);
        ASSERT_FALSE(ret.creditNoteNumber.isEmpty());
    }
    QString invoiceNumber;
    Return ret;
};

} // namespace

TEST_F(CreditNoteViewerTest, ShowsTheNoteItsLinesAndTotals) {
    CreditNoteViewer viewer(s(), accounting, ret.creditNoteNumber);
    EXPECT_EQ(viewer.field(QStringLiteral("number"))->text(), ret.creditNoteNumber);
    EXPECT_TRUE(viewer.field(QStringLiteral("return"))->text().contains(ret.number));
    EXPECT_EQ(viewer.field(QStringLiteral("invoices"))->text(), invoiceNumber);
    EXPECT_EQ(viewer.field(QStringLiteral("total"))->text(), euros(3630));
    EXPECT_EQ(viewer.field(QStringLiteral("unallocated"))->text(), euros(3630));
    EXPECT_TRUE(viewer.field(QStringLiteral("taxGroups"))->text().contains(euros(3000)));
    ASSERT_EQ(viewer.linesModel()->rowCount(), 1);
    EXPECT_EQ(viewer.linesModel()->index(0, CreditNoteViewer::Net).data().toString(), euros(3000));
    EXPECT_TRUE(viewer.button(QStringLiteral("allocate"))->isEnabled());
    EXPECT_TRUE(viewer.button(QStringLiteral("refund"))->isEnabled());
}

TEST_F(CreditNoteViewerTest, AllocatingUsesTheUnallocatedAmountOnTheOpenInvoice) {
    CreditNoteViewer viewer(s(), accounting, ret.creditNoteNumber);
    showActive(viewer);
    QString proposed;
    whenModal([&](QDialog* dialog) {
        auto* d = qobject_cast<CreditNoteAllocateDialog*>(dialog);
        if (d && d->invoicesModel()->rowCount() == 1)
            proposed =
                d->invoicesModel()->index(0, CreditNoteAllocateDialog::Allocate).data().toString();
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(viewer.button(QStringLiteral("allocate")), Qt::LeftButton);
    EXPECT_EQ(proposed, euros(3630));
    EXPECT_TRUE(note(ret.creditNoteNumber).unallocated.isZero());
    EXPECT_EQ(settled(invoiceNumber).balance, 12100 - 3630);
    EXPECT_EQ(viewer.field(QStringLiteral("unallocated"))->text(), euros(0));
    EXPECT_FALSE(viewer.button(QStringLiteral("allocate"))->isEnabled());
    EXPECT_FALSE(viewer.button(QStringLiteral("refund"))->isEnabled());
}

TEST_F(CreditNoteViewerTest, RefundingPartLowersWhatIsUnallocated) {
    CreditNoteViewer viewer(s(), accounting, ret.creditNoteNumber);
    showActive(viewer);
    QString defaultAmount;
    whenModal([&](QDialog* dialog) {
        auto* d = qobject_cast<CreditNoteRefundDialog*>(dialog);
        ASSERT_NE(d, nullptr);
        defaultAmount = d->amountEdit()->text();
        d->amountEdit()->selectAll();
        QTest::keyClicks(d->amountEdit(), QStringLiteral("10,00"));
        QTest::keyClicks(d->referenceEdit(), QStringLiteral("TR-77"));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(viewer.button(QStringLiteral("refund")), Qt::LeftButton);
    EXPECT_EQ(defaultAmount, money(3630).toNumberString(QLocale()));
    EXPECT_EQ(note(ret.creditNoteNumber).unallocated, money(2630));
    EXPECT_EQ(viewer.field(QStringLiteral("unallocated"))->text(), euros(2630));
    EXPECT_TRUE(viewer.banner()->isVisible()); // "Refund … recorded."
}

TEST_F(CreditNoteViewerTest, ARefundAboveUnallocatedIsRefusedAndNothingSaved) {
    CreditNoteRefundDialog d(s(), accounting, note(ret.creditNoteNumber));
    d.amountEdit()->setText(QStringLiteral("40,00"));
    EXPECT_FALSE(d.save());
    EXPECT_FALSE(d.banner()->isHidden());
    EXPECT_FALSE(d.banner()->text().isEmpty());
    EXPECT_EQ(note(ret.creditNoteNumber).unallocated, money(3630));
    EXPECT_EQ(rows("payments"), 0);
}

TEST_F(CreditNoteViewerTest, WithoutRecordPaymentsNothingCanBeSpent) {
    CreditNoteViewer viewer(s(), warehouse, ret.creditNoteNumber);
    EXPECT_FALSE(viewer.button(QStringLiteral("allocate"))->isEnabled());
    EXPECT_FALSE(viewer.button(QStringLiteral("refund"))->isEnabled());
}

TEST_F(CreditNoteViewerTest, TheReturnLinksToItsCreditNote) {
    ReturnViewer viewer(s(), accounting, ret.number);
    EXPECT_TRUE(viewer.field(QStringLiteral("creditNote"))->text().contains(ret.creditNoteNumber));
    EXPECT_EQ(viewer.linesModel()->index(0, ReturnViewer::Credited).data().toString(),
              QStringLiteral("3"));
    showActive(viewer);
    bool opened = false;
    whenModal([&](QDialog* dialog) {
        opened = qobject_cast<CreditNoteViewer*>(dialog) != nullptr;
        dialog->reject();
    });
    Q_EMIT viewer.field(QStringLiteral("creditNote"))->linkActivated(ret.creditNoteNumber);
    EXPECT_TRUE(opened);
}

TEST_F(CreditNoteViewerTest, SavesThePrintedCreditNoteAsPdf) {
    CreditNoteViewer viewer(s(), accounting, ret.creditNoteNumber);
    EXPECT_TRUE(viewer.button(QStringLiteral("print"))->isEnabled());
    const QString path = dir.filePath(QStringLiteral("note.pdf"));
    ASSERT_TRUE(viewer.writePdf(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_GT(file.size(), 1000);
}

TEST_F(CreditNoteViewerTest, Screenshots) {
    CreditNoteViewer viewer(s(), accounting, ret.creditNoteNumber);
    test::look(viewer, QStringLiteral("credit_note_viewer"));
    ReturnViewer returnViewer(s(), accounting, ret.number);
    test::look(returnViewer, QStringLiteral("return_viewer"));
    CreditNoteAllocateDialog allocate(s(), accounting, note(ret.creditNoteNumber));
    test::look(allocate, QStringLiteral("credit_note_allocate"));
    CreditNoteRefundDialog refund(s(), accounting, note(ret.creditNoteNumber));
    test::look(refund, QStringLiteral("credit_note_refund"));
    const test::SpanishTexts spanish;
    ASSERT_TRUE(spanish.installed());
    CreditNoteViewer spanishViewer(s(), accounting, ret.creditNoteNumber);
    test::look(spanishViewer, QStringLiteral("credit_note_viewer_es"));
    ReturnViewer spanishReturn(s(), accounting, ret.number);
    test::look(spanishReturn, QStringLiteral("return_viewer_es"));
}

TEST_F(CreditNoteViewerTest, TheProposedAllocationCanBeTypedOverAndIsCheckedBeforeSaving) {
    const Shipment second = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    const QString newer = invoiceAll(second.orderNumber).number;
    CreditNoteAllocateDialog dialog(s(), accounting, note(ret.creditNoteNumber));
    showActive(dialog);
    QStandardItemModel* model = dialog.invoicesModel();
    ASSERT_EQ(model->rowCount(), 2);
    const auto rowOf = [&](const QString& number) {
        return model->item(0, CreditNoteAllocateDialog::Invoice)->text() == number ? 0 : 1;
    };
    const auto cell = [&](const QString& number) {
        return model->item(rowOf(number), CreditNoteAllocateDialog::Allocate);
    };
    EXPECT_EQ(cell(invoiceNumber)->text(), euros(3630)); // proposed: the oldest due first
    EXPECT_EQ(cell(newer)->text(), QString());

    // Typed from the keyboard: all of it on the newer invoice, and more than the note has.
    cell(invoiceNumber)->setText(QString());
    dialog.invoicesTable()->setCurrentIndex(cell(newer)->index());
    dialog.invoicesTable()->setFocus();
    QTest::keyClick(dialog.invoicesTable(), Qt::Key_4); // a key opens the cell's editor
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(1); // the delegate commits in a queued call
    EXPECT_EQ(cell(newer)->text(), euros(4000));
    EXPECT_TRUE(dialog.leftoverLabel()->text().contains(euros(-370)));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.banner()->text().contains(euros(3630))) // only that is available
        << dialog.banner()->text().toStdString();
    EXPECT_EQ(note(ret.creditNoteNumber).unallocated.minor(), 3630); // nothing saved

    cell(newer)->setText(money(3630).toNumberString(QLocale()));
    ASSERT_TRUE(dialog.save()) << dialog.banner()->text().toStdString();
    EXPECT_TRUE(note(ret.creditNoteNumber).unallocated.isZero());
    EXPECT_EQ(settled(newer).balance, 12100 - 3630);
    EXPECT_EQ(settled(invoiceNumber).balance, 12100); // the oldest left as it was
}

TEST_F(CreditNoteViewerTest, ProposeAgainBringsBackTheOldestDueFirst) {
    CreditNoteAllocateDialog dialog(s(), accounting, note(ret.creditNoteNumber));
    QStandardItem* cell = dialog.invoicesModel()->item(0, CreditNoteAllocateDialog::Allocate);
    cell->setText(QStringLiteral("abc")); // no amount: put back and said
    EXPECT_EQ(cell->text(), euros(3630));
    EXPECT_TRUE(dialog.banner()->text().contains(invoiceNumber));
    cell->setText(QString());
    EXPECT_FALSE(dialog.save()); // nothing allocated is not "oldest due first"
    EXPECT_EQ(note(ret.creditNoteNumber).unallocated.minor(), 3630);
    QTest::mouseClick(dialog.proposeButton(), Qt::LeftButton);
    EXPECT_EQ(cell->text(), euros(3630));
    EXPECT_TRUE(dialog.leftoverLabel()->text().contains(euros(0)));
}

TEST_F(CreditNoteViewerTest, TheCustomerAccountShowsTheCreditNotesDocumentNameInFull) {
    test::SpanishTexts spanish; // "Factura rectificativa", the longest name of a document
    ASSERT_TRUE(spanish.installed());
    CustomerAccountView view(s(), accounting, QStringLiteral("BETA"));
    showActive(view);
    QTableView* table = view.table();
    const int kind = CustomerAccountModel::Kind;
    bool hasNote = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        hasNote |= table->model()->index(row, kind).data().toString() ==
                   QStringLiteral("Factura rectificativa");
    ASSERT_TRUE(hasNote);
    EXPECT_GE(table->columnWidth(kind),
              static_cast<QAbstractItemView*>(table)->sizeHintForColumn(kind));
    EXPECT_GE(table->columnWidth(kind), table->horizontalHeader()->sectionSizeHint(kind));
}
