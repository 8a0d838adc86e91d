// SPDX-License-Identifier: MIT
#pragma once

#include "services/report_service.h"

#include <QJsonArray>

namespace mostrador::services {

// The JSON key of a grouping's key field (ARCHITECTURE §10): customer, product,
// salesperson or month. Persisted in scripts, never translated.
QString salesKeyField(SalesGrouping by);
// "customer" → Customer …; nullopt for anything else.
std::optional<SalesGrouping> salesGroupingFrom(QStringView text);

// The sales report for `mostrador-cli --json`: rows with the key field, name, sales,
// cost, margin (and qty by product), amounts as plain strings; like the aging report,
// closed by a total row whose key and name are null.
QJsonArray toJson(const SalesReport& report);

} // namespace mostrador::services
