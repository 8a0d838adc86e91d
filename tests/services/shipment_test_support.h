// SPDX-License-Identifier: MIT
#pragma once

#include "support/order_fixture.h"

namespace mostrador::test {

// The order fixture with shipping helpers: inputs by order number, a shipment made by
// the warehouse user (a failure fails the test), and counts of what a shipment writes.
class ShipmentFixture : public OrderFixture {
protected:
    static services::ShipmentInput everything(const QString& order) {
        services::ShipmentInput in;
        in.orderNumber = order;
        return in;
    }
    static services::ShipmentInput some(const QString& order,
                                        QList<services::ShipLineInput> lines) {
        services::ShipmentInput in = everything(order);
        in.lines = std::move(lines);
        return in;
    }
    static services::ShipLineInput ship(const QString& sku, qint64 qty) {
        return {sku, units(qty)};
    }

    domain::Shipment shipped(const services::ShipmentInput& in) {
        auto made = s().shipments().create(warehouse, in);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : domain::Shipment{};
    }
    // On hand and reserved of a product, to compare before and after.
    std::pair<domain::Quantity, domain::Quantity> position(const QString& sku) {
        const domain::StockLevel l = level(sku);
        return {l.onHand, l.reserved};
    }
    qint64 audits(const char* action) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {QString::fromLatin1(action)});
    }
    qint64 shipmentRows() { return scalar(QStringLiteral("SELECT COUNT(*) FROM shipments")); }
    qint64 shipmentMovements() {
        return scalar(
            QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'shipment'"));
    }
    QString expectedNumber(int n, int inYear = 0) const {
        return QStringLiteral("SH-%1-%2")
            .arg(inYear ? QString::number(inYear) : year())
            .arg(n, 5, 10, QLatin1Char('0'));
    }
};

} // namespace mostrador::test
