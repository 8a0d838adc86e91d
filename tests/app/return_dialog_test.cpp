// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"
#include "app/return_dialog.h"
#include "app/shipment_viewer.h"
#include "return_gui_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ReturnDialogTest : public test::ReturnGuiTest {
protected:
    void TearDown() override {
        shown.reset();
        ReturnGuiTest::TearDown();
    }
    ReturnDialog& open(const QString& shipment, std::optional<Actor> actor = std::nullopt) {
        shown = std::make_unique<ReturnDialog>(s(), actor.value_or(warehouse), shipment);
        showActive(*shown);
        return *shown;
    }
    // Types `qty` into the Return cell of `row` from the keyboard and commits it.
    static void typeQty(ReturnDialog& d, int row, const QString& qty) {
        d.linesTable()->setFocus();
        d.linesTable()->setCurrentIndex(d.linesModel()->index(row, ReturnDialog::Return));
        QTest::keyClicks(d.linesTable(), qty);
        QTest::keyClick(focused(), Qt::Key_Tab); // leaves the cell editor, committing it
        QTest::qWait(1);
    }
    qint64 returnRows() { return rows("returns"); }

    std::unique_ptr<ReturnDialog> shown;
};

} // namespace

TEST_F(ReturnDialogTest, ShowsTheShipmentLinesWithWhatCanStillComeBack) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 8),
                                                         line(QStringLiteral("LIM-01"), 2)});
    returned(sh.number, QStringLiteral("TOR-M6"), 3);
    ReturnDialog& d = open(sh.number);
    ASSERT_EQ(d.linesModel()->rowCount(), 2);
    const auto at = [&](int row, int column) {
        return d.linesModel()->index(row, column).data().toString();
    };
    EXPECT_EQ(at(0, ReturnDialog::Sku), QStringLiteral("TOR-M6"));
    EXPECT_EQ(at(0, ReturnDialog::Shipped), QStringLiteral("8"));
    EXPECT_EQ(at(0, ReturnDialog::Returned), QStringLiteral("3"));
    EXPECT_EQ(at(0, ReturnDialog::Returnable), QStringLiteral("5"));
    EXPECT_TRUE(d.shipmentLabel()->text().contains(sh.orderNumber));
    EXPECT_TRUE(d.linesTable()->hasFocus());
}

TEST_F(ReturnDialogTest, AQuantityAboveReturnableIsRefusedNamingTheSkuAndNothingIsSaved) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 8)});
    returned(sh.number, QStringLiteral("TOR-M6"), 3);
    const qint64 before = returnRows();
    ReturnDialog& d = open(sh.number);
    typeQty(d, 0, QStringLiteral("6"));
    EXPECT_EQ(d.linesModel()->index(0, ReturnDialog::Return).data().toString(),
              QStringLiteral("6"));
    EXPECT_TRUE(d.banner()->isVisible());
    EXPECT_TRUE(d.banner()->text().contains(QStringLiteral("TOR-M6")));
    EXPECT_TRUE(d.banner()->text().contains(QStringLiteral("only 5")));
    d.reasonBox()->setEditText(QStringLiteral("Wrong item"));
    QTest::mouseClick(d.okButton(), Qt::LeftButton);
    EXPECT_TRUE(d.isVisible());
    EXPECT_EQ(returnRows(), before);
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(95)); // 100 − 8 + 3
}

TEST_F(ReturnDialogTest, AReasonIsRequired) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4)});
    ReturnDialog& d = open(sh.number);
    typeQty(d, 0, QStringLiteral("1"));
    EXPECT_FALSE(d.save());
    EXPECT_TRUE(d.banner()->isVisible());
    EXPECT_EQ(returnRows(), 0);
}

TEST_F(ReturnDialogTest, AReturnOfAnInvoicedShipmentPostsACreditNoteAndOffersToOpenIt) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    const Invoice inv = invoiceAll(sh.orderNumber);
    ReturnDialog& d = open(sh.number);
    typeQty(d, 0, QStringLiteral("3"));
    d.reasonBox()->setFocus();
    QTest::keyClicks(d.reasonBox(), QStringLiteral("Damaged in transit"));
    QTest::keyClick(d.damagedCheck(), Qt::Key_Space);
    EXPECT_TRUE(d.damagedCheck()->isChecked());
    // Before OK: what will be credited, for how much, against which invoice.
    EXPECT_TRUE(d.previewLabel()->text().contains(euros(3630)))
        << d.previewLabel()->text().toStdString();
    EXPECT_TRUE(d.previewLabel()->text().contains(inv.number));
    EXPECT_EQ(returnRows(), 0);
    QString asked;
    whenModal([&](QDialog* box) {
        asked = static_cast<QMessageBox*>(box)->text();
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
        if (box->isVisible())
            static_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(d.okButton(), Qt::LeftButton);
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.banner()->text().toStdString();
    const Return& made = d.createdReturn();
    ASSERT_FALSE(made.creditNoteNumber.isEmpty());
    EXPECT_TRUE(asked.contains(made.creditNoteNumber));
    EXPECT_EQ(d.creditNoteToOpen(), made.creditNoteNumber);
    auto stored = s().returns().get(accounting, made.number);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->damaged);
    EXPECT_EQ(stored->reason, QStringLiteral("Damaged in transit"));
    EXPECT_EQ(stored->lines[0].creditedQty, units(3));
    EXPECT_EQ(note(made.creditNoteNumber).total, money(3630));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(90)); // damaged: not restocked
}

TEST_F(ReturnDialogTest, TheShipmentCanBePickedByNumber) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    ReturnDialog& d = open({});
    EXPECT_TRUE(d.shipmentEdit()->hasFocus());
    EXPECT_EQ(d.linesModel()->rowCount(), 0);
    QTest::keyClicks(d.shipmentEdit(), sh.number.toLower());
    QTest::keyClick(d.shipmentEdit(), Qt::Key_Tab);
    EXPECT_EQ(d.shipmentEdit()->text(), sh.number);
    EXPECT_EQ(d.linesModel()->rowCount(), 1);
    typeQty(d, 0, QStringLiteral("2"));
    d.reasonBox()->setEditText(QStringLiteral("Wrong item"));
    EXPECT_TRUE(d.save()) << d.banner()->text().toStdString();
    EXPECT_TRUE(d.createdReturn().creditNoteNumber.isEmpty()); // nothing had been invoiced
    EXPECT_EQ(returnRows(), 1);
}

TEST_F(ReturnDialogTest, ALongSkuShowsInFullWhenTheShipmentIsPickedInTheDialog) {
    const QString sku = QStringLiteral("ABRAZADERA-INOX-40-60");
    addProduct(sku, 1000, 600, 100, 250);
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(sku, 2)});
    ReturnDialog& d = open({});
    QTest::keyClicks(d.shipmentEdit(), sh.number);
    QTest::keyClick(d.shipmentEdit(), Qt::Key_Tab);
    ASSERT_EQ(d.linesModel()->rowCount(), 1);
    QTableView* table = d.linesTable();
    EXPECT_GE(table->columnWidth(ReturnDialog::Sku),
              static_cast<QAbstractItemView*>(table)->sizeHintForColumn(ReturnDialog::Sku));
    EXPECT_GE(table->columnWidth(ReturnDialog::Sku),
              table->horizontalHeader()->sectionSizeHint(ReturnDialog::Sku));
    EXPECT_GT(table->columnWidth(ReturnDialog::Description), table->columnWidth(ReturnDialog::Sku));
}

TEST_F(ReturnDialogTest, OnlyThoseWhoHandleReturnsSeeReturnGoodsOnAShipment) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    ShipmentViewer forSales(s(), sales, sh.number);
    EXPECT_EQ(forSales.button(QStringLiteral("return")), nullptr);
    EXPECT_EQ(forSales.findChild<QPushButton*>(QStringLiteral("returnButton")), nullptr);
    ShipmentViewer forWarehouse(s(), warehouse, sh.number);
    QPushButton* button = forWarehouse.button(QStringLiteral("return"));
    ASSERT_NE(button, nullptr);
    showActive(forWarehouse);
    bool opened = false;
    whenModal([&](QDialog* dialog) {
        auto* d = qobject_cast<ReturnDialog*>(dialog);
        opened = d && d->linesModel()->rowCount() == 1 && d->shipmentEdit()->isReadOnly();
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(opened);
}

TEST_F(ReturnDialogTest, Screenshot) {
    const Shipment sh = shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                         line(QStringLiteral("LIM-01"), 1)});
    invoiceAll(sh.orderNumber);
    {
        ReturnDialog& d = open(sh.number);
        typeQty(d, 0, QStringLiteral("3"));
        d.reasonBox()->setEditText(QStringLiteral("Damaged in transit"));
        test::look(d, QStringLiteral("return_dialog"));
    }
    const test::SpanishTexts spanish;
    ASSERT_TRUE(spanish.installed());
    ReturnDialog& d = open(sh.number);
    typeQty(d, 0, QStringLiteral("3"));
    d.reasonBox()->setCurrentIndex(1);
    EXPECT_NE(d.okButton()->text(), QStringLiteral("&Record return"));
    test::look(d, QStringLiteral("return_dialog_es"));
}
