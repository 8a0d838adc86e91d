// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/settings.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::reports {

// The papers that travel with a shipment. The consignee is the shipment's party as
// recorded when it was shipped, completed from the order where the shipment left a
// field empty; goods go to its shipping address, or its billing one when it has none.

// What the customer signs for on delivery, without prices: title "Delivery note", the
// shipment's number and date, the order's number and date, the customer, where the
// goods go, the lines (SKU, description, quantity, unit), carrier, tracking number,
// packages and total weight, and boxes for the one who delivers and the receiver.
PrintedDocument deliveryNoteDocument(const domain::Shipment& shipment,
                                     const domain::SalesOrder& order,
                                     const domain::CompanyProfile& company, const QLocale& locale);

// The carrier's paper: title "Bill of lading", the shipment's number and date, the
// order, freight terms and packages; shipper (the company with its address), consignee
// (the customer at its shipping address) and carrier with the tracking number; the
// description of goods per line with quantity and weight, the total weight, and
// signature boxes with a date for shipper, carrier and consignee. Weights in kg.
PrintedDocument billOfLadingDocument(const domain::Shipment& shipment,
                                     const domain::SalesOrder& order,
                                     const domain::CompanyProfile& company, const QLocale& locale);

} // namespace mostrador::reports
