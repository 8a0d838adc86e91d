// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "services/payment_service.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mostrador::services {

// The JSON form of payments, chargebacks and the aging report (issue 5, ARCHITECTURE
// §10), for the audit log and `mostrador-cli --json`: amounts are plain strings
// ("1234.50"), dates ISO.
QJsonObject toJson(const domain::Payment& payment);
QJsonObject toJson(const domain::Allocation& allocation);
QJsonObject toJson(const domain::Chargeback& chargeback);
QJsonObject toJson(const ReceivablesPosition& position);
// The report's rows: one per customer (`customer`, `customer_name`, `current`, `d1_30`,
// `d31_60`, `d61_90`, `over_90`, `credit`, `total`), then the total row with
// `customer` null.
QJsonArray toJson(const AgingReport& report);

} // namespace mostrador::services
