// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/sales_document.h"

namespace mostrador::test {

// The sample quotation's `lineCount` lines as order SO-2026-00108, taken from
// Q-2026-00042, requested for 4/12/2026; every third line asks for 11/12/2026.
domain::SalesOrder sampleOrder(int lineCount);

// SH-2026-00031: the order's first `lineCount` lines (at most all), by Transportes del
// Norte, tracking TN-7781-ES, 3 packages, freight collect, weights of 2.5 kg per unit
// on even lines and 0.35 kg on odd ones; the consignee as on the order.
domain::Shipment sampleShipment(const domain::SalesOrder& order, int lineCount);

} // namespace mostrador::test
