// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/fulfilment_repository.h"

#include <memory>

namespace mostrador::services {

// One product and quantity to ship from an order.
struct ShipLineInput {
    QString sku;
    domain::Quantity qty;
};

// What a shipment is made of. No lines = everything that remains on the order; an
// invalid date is today; the weight is computed from the products.
struct ShipmentInput {
    QString orderNumber;
    QList<ShipLineInput> lines;
    QDate date;
    QString carrier;
    QString tracking;
    int packages = 1;
    QString freightTerms = QString::fromUtf16(domain::freight::kPrepaid);
    QString notes;
};

using storage::ShipmentListQuery;
using storage::ShipmentRow;

// Goods leaving (ARCHITECTURE §4, §6): from a confirmed or partially shipped order, all
// or part of what remains. One transaction writes the shipment, the stock movements,
// consumes the lines' reservations and moves the order to partially shipped or
// shipped. More than remains on a line, or more than is on hand, is refused naming the
// product and the quantities, and nothing changes.
class ShipmentService {
public:
    explicit ShipmentService(ServiceContext& ctx);
    ~ShipmentService();

    Result<domain::Shipment> create(const domain::Actor& actor, const ShipmentInput& input);
    Result<domain::Shipment> get(const domain::Actor& actor, const QString& number);
    Result<QList<domain::Shipment>> forOrder(const domain::Actor& actor,
                                             const QString& orderNumber);
    Result<QList<ShipmentRow>> list(const domain::Actor& actor, const ShipmentListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const ShipmentListQuery& query);
    Result<QStringList> carriers(const domain::Actor& actor);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
