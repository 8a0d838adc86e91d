// SPDX-License-Identifier: MIT
#include "app/order_editor.h"
#include "shipment_gui_support.h"

#include <QComboBox>
#include <QCompleter>
#include <QSpinBox>
#include <QStringListModel>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ShipmentDialogTest : public test::ShipmentGuiTest {};

} // namespace

TEST_F(ShipmentDialogTest, ProposesWhatCanLeaveAndWeighsIt) {
    const QString order = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                             line(QStringLiteral("TUE-M6"), 4),
                                                             line(QStringLiteral("SERV"), 1)})
                              .number;
    ShipmentDialog& d = openDialog(order);
    ASSERT_EQ(d.linesModel()->rowCount(), 3);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("10"));
    EXPECT_EQ(toShip(d, 1), QStringLiteral("4"));
    EXPECT_EQ(toShip(d, 2), QStringLiteral("1")); // a service ships whole, from no stock
    EXPECT_EQ(d.linesModel()->index(2, ShipmentLinesModel::OnHand).data().toString(),
              QStringLiteral("—"));
    EXPECT_EQ(d.linesModel()->index(0, ShipmentLinesModel::OnHand).data().toString(),
              QStringLiteral("100"));
    EXPECT_EQ(d.linesModel()->index(0, ShipmentLinesModel::Reserved).data().toString(),
              QStringLiteral("10"));
    // 10 × 0,250 kg + 4 × 0,010 kg
    EXPECT_EQ(d.weightLabel()->text(), QStringLiteral("Total weight: 2,54 kg"));

    // The weight follows the quantity as it is typed.
    ASSERT_EQ(d.linesTable()->currentIndex(), d.linesModel()->index(0, ShipmentLinesModel::ToShip));
    type(QStringLiteral("3"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("3"));
    EXPECT_EQ(d.weightLabel()->text(), QStringLiteral("Total weight: 0,79 kg"));
    EXPECT_EQ(d.linesModel()->index(0, ShipmentLinesModel::Weight).data().toString(),
              QStringLiteral("0,75"));
    EXPECT_EQ(shipmentRows(), 0); // nothing is written until Ship
}

TEST_F(ShipmentDialogTest, FreeStockIsSharedAndShortLinesProposeWhatIsThere) {
    // The first order takes all 5 LIM-01; the second finds none free, a third line of the
    // same product on one order shares what is left.
    confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 3)});
    const QString order = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 4),
                                                             line(QStringLiteral("TUE-M6"), 1)})
                              .number;
    ShipmentDialog& d = openDialog(order);
    ASSERT_EQ(d.linesModel()->rowCount(), 2);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("2")); // its reservation: the 2 left free
    EXPECT_EQ(d.linesModel()->index(0, ShipmentLinesModel::Remaining).data().toString(),
              QStringLiteral("4"));

    QList<ShipLine> lines(2);
    for (ShipLine& l : lines) {
        l.sku = QStringLiteral("X");
        l.remaining = units(3);
        l.available = units(4); // free stock, shared in line order
    }
    lines[0].reserved = units(1);
    proposeQuantities(lines);
    EXPECT_EQ(lines[0].toShip, units(3)); // 1 reserved + 2 free
    EXPECT_EQ(lines[1].toShip, units(2)); // the 2 free left
}

TEST_F(ShipmentDialogTest, APartialShipmentByKeyboardShipsAndOffersThePapers) {
    const QString order = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                             line(QStringLiteral("TUE-M6"), 4)})
                              .number;
    ShipmentDialog& d = openDialog(order);
    QTest::keyClicks(d.carrierEdit(), QStringLiteral("SEUR"));
    QTest::keyClicks(d.trackingEdit(), QStringLiteral("1Z999"));
    d.packagesBox()->setValue(2);
    d.freightBox()->setCurrentIndex(d.freightBox()->findData(QStringLiteral("collect")));

    // Quantities typed line after line, Enter after each; Enter once more ships.
    d.linesTable()->setFocus();
    type(QStringLiteral("3"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    ASSERT_TRUE(editingRow(d, 1));
    type(QStringLiteral("2"));
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused() == d.linesTable(); }, 2000));
    EXPECT_EQ(shipmentRows(), 0);
    press(Qt::Key_Return);

    ASSERT_FALSE(d.shipment().number.isEmpty()) << d.banner()->text().toStdString();
    const Shipment sh = d.shipment();
    EXPECT_EQ(sh.carrier, QStringLiteral("SEUR"));
    EXPECT_EQ(sh.tracking, QStringLiteral("1Z999"));
    EXPECT_EQ(sh.packages, 2);
    EXPECT_EQ(sh.freightTerms, QStringLiteral("collect"));
    ASSERT_EQ(sh.lines.size(), 2);
    EXPECT_EQ(sh.lines[0].qty, units(3));
    EXPECT_EQ(sh.lines[1].qty, units(2));
    EXPECT_EQ(sh.weightKg, Quantity::fromThousandths(770));
    EXPECT_EQ(stored(order).status, QStringLiteral("partially_shipped"));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(97));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(7));
    EXPECT_EQ(level(QStringLiteral("TUE-M6")).onHand, units(48));

    // The papers are offered; nothing can be shipped twice from this dialog.
    EXPECT_TRUE(d.banner()->text().contains(sh.number));
    EXPECT_TRUE(d.button(QStringLiteral("deliveryNote"))->isVisible());
    EXPECT_TRUE(d.button(QStringLiteral("billOfLading"))->isVisible());
    EXPECT_TRUE(d.button(QStringLiteral("deliveryNote"))->isDefault());
    EXPECT_FALSE(d.button(QStringLiteral("ship"))->isVisible());
    EXPECT_FALSE(d.linesModel()->flags(d.linesModel()->index(0, ShipmentLinesModel::ToShip)) &
                 Qt::ItemIsEditable);
    QTest::keyClick(&d, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(shipmentRows(), 1);
}

TEST_F(ShipmentDialogTest, MoreThanOnHandIsRefusedNamingTheProductAndNothingChanges) {
    // 8 ordered, 5 on hand: 5 reserved, 3 backordered.
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 8)}).number;
    ShipmentDialog& d = openDialog(order);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("5"));
    type(QStringLiteral("8"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("8")); // allowed to try: it remains
    EXPECT_TRUE(d.linesModel()
                    ->index(0, ShipmentLinesModel::ToShip)
                    .data(Qt::ForegroundRole)
                    .isValid()); // but shown in red
    QTest::keyClick(&d, Qt::Key_Return, Qt::ControlModifier);

    EXPECT_TRUE(d.shipment().number.isEmpty());
    const QString message = d.banner()->text();
    EXPECT_TRUE(d.banner()->isVisible());
    EXPECT_TRUE(message.contains(QStringLiteral("LIM-01"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("8")) && message.contains(QStringLiteral("5")))
        << message.toStdString();
    EXPECT_TRUE(d.isVisible());
    EXPECT_TRUE(d.button(QStringLiteral("ship"))->isVisible());
    EXPECT_EQ(toShip(d, 0), QStringLiteral("8")); // as typed, to correct
    EXPECT_EQ(shipmentRows(), 0);
    EXPECT_EQ(stored(order).status, QStringLiteral("confirmed"));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).onHand, units(5));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).reserved, units(5));

    // Corrected, it ships.
    d.linesTable()->setFocus();
    type(QStringLiteral("5"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    QTest::keyClick(&d, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(d.shipment().number.isEmpty()) << d.banner()->text().toStdString();
    EXPECT_EQ(level(QStringLiteral("LIM-01")).onHand, Quantity());
}

TEST_F(ShipmentDialogTest, MoreThanRemainsOrNothingAtAllIsRefusedInTheDialog) {
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)}).number;
    ShipmentDialog& d = openDialog(order);
    type(QStringLiteral("3"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    EXPECT_EQ(toShip(d, 0), QStringLiteral("2"));
    EXPECT_EQ(d.banner()->text(), QStringLiteral("Line 1: TOR-M6: 3 to ship, 2 remain"));

    // Zero everywhere is not "everything" (as an empty list is to the service).
    d.linesTable()->setFocus();
    type(QStringLiteral("0"));
    ASSERT_TRUE(editingRow(d, 0));
    press(Qt::Key_Return);
    EXPECT_EQ(d.weightLabel()->text(), QStringLiteral("Total weight: 0 kg"));
    EXPECT_FALSE(d.ship());
    EXPECT_TRUE(d.banner()->text().startsWith(QStringLiteral("Nothing to ship")));
    EXPECT_EQ(shipmentRows(), 0);
    EXPECT_EQ(stored(order).status, QStringLiteral("confirmed"));
}

TEST_F(ShipmentDialogTest, TheCarrierIsCompletedFromThoseUsedBefore) {
    const QString first =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    shipped(first, {}, QStringLiteral("Transportes Ebro"));
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    ShipmentDialog& d = openDialog(order);
    ASSERT_TRUE(d.carrierEdit()->completer());
    auto* model = qobject_cast<QStringListModel*>(d.carrierEdit()->completer()->model());
    ASSERT_TRUE(model);
    EXPECT_EQ(model->stringList(), QStringList{QStringLiteral("Transportes Ebro")});
    EXPECT_EQ(d.freightBox()->count(), 2);
}

TEST_F(ShipmentDialogTest, TheOrderEditorShipsConfirmedOrdersForThoseWhoMayShip) {
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4)}).number;
    const QString drafted =
        draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    EXPECT_FALSE(openEditor(order, sales).button(QStringLiteral("ship"))->isVisible());
    EXPECT_FALSE(openEditor(drafted, warehouse).button(QStringLiteral("ship"))->isVisible());
    OrderEditor& e = openEditor(order, warehouse);
    ASSERT_TRUE(e.button(QStringLiteral("ship"))->isVisible());

    QString title;
    whenModal([&](QDialog* dialog) {
        title = dialog->windowTitle();
        auto* shipment = qobject_cast<ShipmentDialog*>(dialog);
        ASSERT_TRUE(shipment);
        shipment->ship();
        dialog->accept();
    });
    QTest::mouseClick(e.button(QStringLiteral("ship")), Qt::LeftButton);
    EXPECT_TRUE(title.contains(order)) << title.toStdString();
    EXPECT_EQ(e.order().status, QStringLiteral("shipped"));
    EXPECT_FALSE(e.button(QStringLiteral("ship"))->isVisible());
    EXPECT_TRUE(bannerText(e).contains(QStringLiteral("SH-"))) << bannerText(e).toStdString();
}
