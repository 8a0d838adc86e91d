// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"

#include <QJsonObject>

namespace mostrador::services {

// The JSON form of a shipment (ARCHITECTURE §10), for the audit log and
// `mostrador-cli --json`: number, order, customer and where the goods went, the
// carrier's details, and the lines with their weights. Quantities and weights (kg)
// are plain decimal strings, dates ISO.
// toJson(shipment) as compact JSON text, written directly (the shipment's audit entry).
QString toJsonText(const domain::Shipment& shipment);
QJsonObject toJson(const domain::Shipment& shipment);
QJsonObject toJson(const domain::ShipmentLine& line);

} // namespace mostrador::services
