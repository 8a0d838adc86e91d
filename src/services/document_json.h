// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/sales_document.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>

namespace mostrador::services {

// The JSON form of sales documents (ARCHITECTURE §10): the audit log's before/after and
// `mostrador-cli --json`. Amounts and quantities are plain decimal strings.

// An ISO date, or null for no date.
QJsonValue dateJson(const QDate& date);

// The priced fields every document line shows, whatever document it is on (quotation and
// order lines, invoice lines): the callers add their own.
template <class Line> QJsonObject pricedLineJson(const Line& l) {
    return {{QStringLiteral("sku"), l.sku},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("qty"), l.qty.toPlainString()},
            {QStringLiteral("unit_price"), l.unitPrice.toPlainString(l.net.currency())},
            {QStringLiteral("discount"), l.discount.toPlainString()},
            {QStringLiteral("tax_code"), l.taxCode},
            {QStringLiteral("tax_rate"), l.taxRate.toPlainString()},
            {QStringLiteral("net"), l.net.toPlainString()},
            {QStringLiteral("tax"), l.tax.toPlainString()}};
}

QJsonObject toJson(const domain::DocumentLine& line);
QJsonObject toJson(const domain::Quotation& quotation);
QJsonObject toJson(const domain::SalesOrder& order);
// An order's state alone (status, reasons, deposits, open value, and the lines'
// reserved, shipped and cancelled quantities as arrays by position): the audit of a
// decision, which leaves the rest of the order as it was.
QJsonObject toStateJson(const domain::SalesOrder& order);
// toStateJson as compact JSON text, written directly: an order decision audits it twice
// and QJsonObject took a tenth of the confirmation's time.
QString stateJsonText(const domain::SalesOrder& order);
// What the audit log keeps of a new order: its header figures and, per line, the SKU,
// quantity, unit price and discount as an array.
QString toCreatedJsonText(const domain::SalesOrder& order);
QJsonObject toJson(const domain::QuotationRevision& revision);
QJsonObject toJson(const domain::Deposit& deposit);

} // namespace mostrador::services
