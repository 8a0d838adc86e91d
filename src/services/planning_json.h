// SPDX-License-Identifier: MIT
#pragma once

#include "services/report_service.h"

#include <QJsonArray>

namespace mostrador::services {

// The JSON form of the backlog, demand and stock valuation reports (issue 6, ARCHITECTURE
// §10) for `mostrador-cli --json`: amounts and quantities are plain strings ("1234.50",
// "2.5"), dates ISO. Like the aging report, each is an array of rows closed by a total
// row whose key fields are null.

// order, customer, customer_name, sku, name, qty, value, requested_date; the total row
// has only `value` (Σ rows).
QJsonArray toJson(const BacklogReport& report);
// sku, name, week, demand, on_hand, available, shortfall; the total row has the Σ of
// demand and shortfall.
QJsonArray toJson(const QList<DemandRow>& rows);
// sku, name, category, on_hand, unit_cost, value; the total row has only `value`.
QJsonArray toJson(const StockValuation& report);

} // namespace mostrador::services
