// SPDX-License-Identifier: MIT
#pragma once

#include "app/shipment_dialog.h"
#include "app/shipment_lines_model.h"
#include "order_test_support.h"

#include <QTableView>

namespace mostrador::test {

// The shipping screens over the order fixture's company, in Spanish, driven with keys:
// orders confirmed by the admin, shipments made by the warehouse user.
class ShipmentGuiTest : public OrderGuiTest {
protected:
    void SetUp() override {
        for (const char* key :
             {"lists/to-ship", "lists/shipments-today", "lists/shipments-by-carrier"})
            app::AppSettings().remove(QLatin1String(key));
        OrderGuiTest::SetUp();
    }
    void TearDown() override {
        shownDialog.reset();
        OrderGuiTest::TearDown();
    }

    // A shipment made through the service; a failure fails the test.
    domain::Shipment shipped(const QString& order, QList<services::ShipLineInput> lines = {},
                             const QString& carrier = {}, QDate date = {}) {
        services::ShipmentInput in;
        in.orderNumber = order;
        in.lines = std::move(lines);
        in.carrier = carrier;
        in.date = date;
        auto made = s().shipments().create(warehouse, in);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : domain::Shipment{};
    }
    qint64 shipmentRows() { return scalar(QStringLiteral("SELECT COUNT(*) FROM shipments")); }

    // The shipment dialog of `order` for the warehouse user, shown as the active window.
    app::ShipmentDialog& openDialog(const QString& order,
                                    std::optional<domain::Actor> actor = std::nullopt) {
        shownDialog.reset();
        shownDialog = std::make_unique<app::ShipmentDialog>(s(), actor.value_or(warehouse), order);
        showActive(*shownDialog);
        return *shownDialog;
    }
    static QString toShip(app::ShipmentDialog& d, int row) {
        return d.linesModel()->index(row, app::ShipmentLinesModel::ToShip).data().toString();
    }
    // Waits until the "To ship" cell of `row` has an open editor.
    static bool editingRow(app::ShipmentDialog& d, int row) {
        return QTest::qWaitFor(
            [&] {
                auto* editor = qobject_cast<QLineEdit*>(focused());
                return editor && editor->objectName() == u"quantityEditor" &&
                       d.linesTable()->currentIndex().row() == row;
            },
            2000);
    }

    std::unique_ptr<app::ShipmentDialog> shownDialog;
};

} // namespace mostrador::test
