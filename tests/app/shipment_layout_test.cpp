// SPDX-License-Identifier: MIT
// The shipping screens over demo data: nothing squeezed below the width its text needs.
// With MOSTRADOR_DIALOG_SHOTS=DIR set, the Shipments section and the shipment dialog are
// also saved there as PNGs (the user guide's docs/images/shipments.png and
// shipment-dialog.png).
#include "app/main_window.h"
#include "app/shipment_dialog.h"
#include "app/shipment_lines_model.h"
#include "app/shipment_viewer.h"
#include "app/shipments_view.h"
#include "quotation_test_support.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ShipmentLayoutTest : public test::QuotationTest {
protected:
    void SetUp() override {
        QuotationTest::SetUp();
        for (const char* key :
             {"lists/to-ship", "lists/shipments-today", "lists/shipments-by-carrier"})
            AppSettings().remove(QLatin1String(key));
        ASSERT_TRUE(s->setup().loadDemo(admin, 12, 24));
        storage::ListQuery q;
        q.limit = 24;
        const auto products = s->products().list(admin, q);
        ASSERT_TRUE(products);
        for (const auto& p : *products)
            if (p.tracked)
                skus << p.sku;
        q.limit = 12;
        const auto found = s->customers().list(admin, q);
        ASSERT_TRUE(found);
        for (const auto& c : *found)
            customers << c.code;
        ASSERT_GE(skus.size(), 12);
    }

    // A confirmed order of `lines` {product index, qty} for customer `c`.
    QString confirmedFor(int c, QList<std::pair<int, int>> lines, int daysAgo = 0) {
        services::OrderInput input;
        input.customerCode = customers.at(c);
        input.date = QDate::currentDate().addDays(-daysAgo);
        input.requestedDate = input.date.addDays(7);
        for (auto [product, qty] : lines)
            input.lines.append({skus.at(product), Quantity::fromUnits(qty), {}, {}, {}, {}});
        auto created = s->orders().create(admin, input);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        if (!created)
            return {};
        auto done = s->orders().confirm(admin, created->number);
        EXPECT_TRUE(done && done->status == u"confirmed");
        return created->number;
    }
    void ship(const QString& order, const QString& carrier, const QString& tracking, int qty = 0,
              int line = 0) {
        services::ShipmentInput in;
        in.orderNumber = order;
        in.carrier = carrier;
        in.tracking = tracking;
        if (qty > 0)
            in.lines = {{skus.at(line), Quantity::fromUnits(qty)}};
        auto made = s->shipments().create(admin, in);
        EXPECT_TRUE(made) << made.error().message.toStdString();
    }

    QStringList skus;
    QStringList customers;
};

} // namespace

TEST_F(ShipmentLayoutTest, TheToShipListInTheMainWindow) {
    for (int i = 0; i < 6; ++i)
        confirmedFor(i, {{i, 4 + i}, {6 + i, 2}}, 12 - 2 * i);
    // One waits for stock on a line: partly ready.
    auto stock = s->products().stockLevel(admin, skus.at(11));
    ASSERT_TRUE(stock);
    const int more = int(stock->available().thousandths() / 1000) + 8;
    confirmedFor(7, {{1, 3}, {11, more}}, 3);
    const QString shipped = confirmedFor(8, {{2, 10}, {3, 5}}, 5);
    ship(shipped, QStringLiteral("SEUR"), QStringLiteral("ES7731002"), 4, 2);
    ship(confirmedFor(9, {{4, 2}}, 2), QStringLiteral("Transportes Ebro"),
         QStringLiteral("TE-20931"));

    MainWindow window(*s, admin);
    window.resize(1200, 750);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), window.shipmentsView()->toShipList());
    EXPECT_EQ(window.shipmentsView()->toShipList()->model()->rowCount(), 8);
    window.shipmentsView()->toShipList()->table()->selectRow(1);
    test::look(window, QStringLiteral("shipments"), 50);
    window.shipmentsView()->showTab(ShipmentsView::ShippedToday);
    EXPECT_EQ(window.currentPage()->model()->rowCount(), 2);
    test::look(window, QStringLiteral("shipments-today"), 50);
}

TEST_F(ShipmentLayoutTest, ShippingPartOfAnOrder) {
    const QString order = confirmedFor(3, {{0, 12}, {2, 40}, {5, 6}, {7, 3}}, 2);
    ShipmentDialog dialog(*s, admin, order);
    dialog.resize(1000, 560);
    showActive(dialog);
    dialog.carrierEdit()->setText(QStringLiteral("SEUR"));
    dialog.trackingEdit()->setText(QStringLiteral("ES7731002"));
    dialog.packagesBox()->setValue(3);
    // The second line goes in part: 25 of 40.
    dialog.linesTable()->setCurrentIndex(dialog.linesModel()->index(1, ShipmentLinesModel::ToShip));
    type(QStringLiteral("2")); // opens the cell's editor, which takes the rest
    type(QStringLiteral("5"));
    press(Qt::Key_Return);
    dialog.linesTable()->setFocus();
    dialog.linesTable()->setCurrentIndex(dialog.linesModel()->index(1, ShipmentLinesModel::ToShip));
    ASSERT_EQ(dialog.linesModel()->lines().at(1).toShip, Quantity::fromUnits(25));
    test::look(dialog, QStringLiteral("shipment-dialog"), 50);

    ASSERT_TRUE(dialog.ship());
    test::look(dialog, QStringLiteral("shipment-dialog-shipped"), 50);
    ShipmentViewer viewer(*s, admin, dialog.shipment().number);
    showActive(viewer);
    test::look(viewer, QStringLiteral("shipment-viewer"), 50);
}
