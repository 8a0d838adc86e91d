// SPDX-License-Identifier: MIT
#include "services/returns_json.h"

#include "services/document_json.h"
#include "services/receivables_json.h"

#include <QJsonArray>

namespace mostrador::services {

using namespace Qt::StringLiterals;

namespace {

QJsonValue numberOrNull(const QString& number) {
    return number.isEmpty() ? QJsonValue() : QJsonValue(number);
}

QJsonArray taxGroupsJson(const QList<domain::TaxGroup>& groups) {
    QJsonArray array;
    for (const domain::TaxGroup& g : groups)
        array.append(QJsonObject{{u"tax_code"_s, g.taxCode},
                                 {u"rate"_s, g.rate.toPlainString()},
                                 {u"base"_s, g.base.toPlainString()},
                                 {u"tax"_s, g.tax.toPlainString()}});
    return array;
}

} // namespace

QJsonObject toJson(const domain::Return& ret) {
    QJsonArray lines;
    for (const domain::ReturnLine& l : ret.lines)
        lines.append(QJsonObject{{u"sku"_s, l.sku},
                                 {u"description"_s, l.description},
                                 {u"unit"_s, l.unit},
                                 {u"qty"_s, l.qty.toPlainString()},
                                 {u"credited_qty"_s, l.creditedQty.toPlainString()}});
    return {{u"number"_s, ret.number},
            {u"shipment"_s, ret.shipmentNumber},
            {u"order"_s, ret.orderNumber},
            {u"customer"_s, ret.customerCode},
            {u"customer_name"_s, ret.customerName},
            {u"date"_s, dateJson(ret.date)},
            {u"reason"_s, ret.reason},
            {u"damaged"_s, ret.damaged},
            {u"recorded_by"_s, ret.recordedBy},
            {u"lines"_s, lines},
            {u"credit_note"_s, numberOrNull(ret.creditNoteNumber)}};
}

QJsonObject toJson(const domain::CreditNote& n) {
    QJsonArray lines;
    for (const domain::CreditNoteLine& l : n.lines) {
        QJsonObject line = pricedLineJson(l);
        line.insert(u"invoice"_s, l.invoiceNumber);
        lines.append(line);
    }
    return {{u"number"_s, n.number},
            {u"status"_s, u"posted"_s},
            {u"customer"_s, n.party.customerCode},
            {u"customer_name"_s, n.party.customerName},
            {u"customer_tax_id"_s, n.party.customerTaxId},
            {u"date"_s, dateJson(n.date)},
            {u"return"_s, numberOrNull(n.returnNumber)},
            {u"reason"_s, n.reason},
            {u"currency"_s, n.currency.code()},
            {u"lines"_s, lines},
            {u"untaxed"_s, n.untaxed.toPlainString()},
            {u"tax"_s, n.tax.toPlainString()},
            {u"total"_s, n.total.toPlainString()},
            {u"tax_groups"_s, taxGroupsJson(n.taxGroups)},
            {u"unallocated"_s, n.unallocated.toPlainString()},
            {u"invoices"_s, QJsonArray::fromStringList(n.invoiceNumbers)},
            {u"recorded_by"_s, n.recordedBy}};
}

QJsonObject creditAllocationJson(const domain::Allocation& a) {
    QJsonObject json = toJson(a);
    json.insert(u"credit_note"_s, a.creditNoteNumber);
    return json;
}

} // namespace mostrador::services
