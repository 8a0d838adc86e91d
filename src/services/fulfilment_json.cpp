// SPDX-License-Identifier: MIT
#include "services/fulfilment_json.h"

#include "services/json_text.h"

#include <QJsonArray>

namespace mostrador::services {

QJsonObject toJson(const domain::ShipmentLine& l) {
    return {{QStringLiteral("sku"), l.sku},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("qty"), l.qty.toPlainString()},
            {QStringLiteral("weight"), l.weightKg.toPlainString()}};
}

QJsonObject toJson(const domain::Shipment& s) {
    QJsonArray lines;
    for (const domain::ShipmentLine& l : s.lines)
        lines.append(toJson(l));
    return {{QStringLiteral("number"), s.number},
            {QStringLiteral("order"), s.orderNumber},
            {QStringLiteral("customer"), s.party.customerCode},
            {QStringLiteral("customer_name"), s.party.customerName},
            {QStringLiteral("shipping_address"), s.party.shippingAddress},
            {QStringLiteral("date"),
             s.date.isValid() ? QJsonValue(s.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("carrier"), s.carrier},
            {QStringLiteral("tracking"), s.tracking},
            {QStringLiteral("packages"), s.packages},
            {QStringLiteral("freight_terms"), s.freightTerms},
            {QStringLiteral("weight"), s.weightKg.toPlainString()},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("shipped_by"), s.shippedBy},
            {QStringLiteral("lines"), lines}};
}

QString toJsonText(const domain::Shipment& s) {
    QStringList lines;
    for (const domain::ShipmentLine& l : s.lines)
        lines << JsonText()
                     .field("sku", l.sku)
                     .field("description", l.description)
                     .field("unit", l.unit)
                     .field("qty", l.qty.toPlainString())
                     .field("weight", l.weightKg.toPlainString())
                     .text();
    return JsonText()
        .field("number", s.number)
        .field("order", s.orderNumber)
        .field("customer", s.party.customerCode)
        .field("customer_name", s.party.customerName)
        .field("shipping_address", s.party.shippingAddress)
        .date("date", s.date)
        .field("carrier", s.carrier)
        .field("tracking", s.tracking)
        .field("packages", s.packages)
        .field("freight_terms", s.freightTerms)
        .field("weight", s.weightKg.toPlainString())
        .field("notes", s.notes)
        .field("shipped_by", s.shippedBy)
        .raw("lines", jsonArray(lines))
        .text();
}

} // namespace mostrador::services
