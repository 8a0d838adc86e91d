// SPDX-License-Identifier: MIT
#include "services/document_json.h"

#include "services/json_text.h"

#include <QJsonArray>

namespace mostrador::services {

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

namespace {

QJsonArray linesJson(const QList<domain::DocumentLine>& lines) {
    QJsonArray array;
    for (const domain::DocumentLine& line : lines)
        array.append(toJson(line));
    return array;
}

QJsonArray taxGroupsJson(const QList<domain::TaxGroup>& groups) {
    QJsonArray array;
    for (const domain::TaxGroup& g : groups)
        array.append(QJsonObject{{QStringLiteral("tax_code"), g.taxCode},
                                 {QStringLiteral("rate"), g.rate.toPlainString()},
                                 {QStringLiteral("base"), g.base.toPlainString()},
                                 {QStringLiteral("tax"), g.tax.toPlainString()}});
    return array;
}

// What every sales document shows: party, lines and totals.
QJsonObject documentJson(const QString& number, const QString& status,
                         const domain::DocumentParty& party, const QDate& date,
                         const QJsonArray& lines, const domain::Money& untaxed,
                         const domain::Money& tax, const domain::Money& total,
                         const QList<domain::TaxGroup>& groups) {
    return {{QStringLiteral("number"), number},
            {QStringLiteral("status"), status},
            {QStringLiteral("customer"), party.customerCode},
            {QStringLiteral("customer_name"), party.customerName},
            {QStringLiteral("billing_address"), party.billingAddress},
            {QStringLiteral("shipping_address"), party.shippingAddress},
            {QStringLiteral("payment_terms"), party.paymentTermsCode},
            {QStringLiteral("price_list"), party.priceListCode},
            {QStringLiteral("date"), dateJson(date)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("untaxed"), untaxed.toPlainString()},
            {QStringLiteral("tax"), tax.toPlainString()},
            {QStringLiteral("total"), total.toPlainString()},
            {QStringLiteral("tax_groups"), taxGroupsJson(groups)}};
}

// An order line: the document line, its requested date and where its quantity stands.
QJsonObject orderLineJson(const domain::DocumentLine& l) {
    QJsonObject o = pricedLineJson(l);
    o.insert(QStringLiteral("price_note"), l.priceNote);
    o.insert(QStringLiteral("requested_date"), dateJson(l.requestedDate));
    o.insert(QStringLiteral("reserved"), l.reserved.toPlainString());
    o.insert(QStringLiteral("shipped"), l.shipped.toPlainString());
    o.insert(QStringLiteral("invoiced"), l.invoiced.toPlainString());
    o.insert(QStringLiteral("cancelled"), l.cancelled.toPlainString());
    o.insert(QStringLiteral("remaining"), l.remaining().toPlainString());
    o.insert(QStringLiteral("shortfall"), l.shortfall().toPlainString());
    return o;
}

// What confirming, approving, releasing, cancelling and deposits change on an order.
QJsonObject stateFields(const domain::SalesOrder& so) {
    return {{QStringLiteral("status"), so.status},
            {QStringLiteral("invoicing_status"), so.invoicingStatus},
            {QStringLiteral("hold_reasons"), QJsonArray::fromStringList(so.holdReasons)},
            {QStringLiteral("approval_reasons"), QJsonArray::fromStringList(so.approvalReasons)},
            {QStringLiteral("release_reason"), so.releaseReason},
            {QStringLiteral("released_by"), so.releasedBy},
            {QStringLiteral("cancel_reason"), so.cancelReason},
            {QStringLiteral("deposits"), so.deposits.toPlainString()},
            {QStringLiteral("open_value"), so.openValue.toPlainString()}};
}

} // namespace

QJsonObject toJson(const domain::DocumentLine& l) {
    QJsonObject o = pricedLineJson(l);
    o.insert(QStringLiteral("price_note"), l.priceNote);
    if (l.requestedDate.isValid())
        o.insert(QStringLiteral("requested_date"), dateJson(l.requestedDate));
    return o;
}

QJsonObject toJson(const domain::Quotation& q) {
    QJsonObject o = documentJson(q.number, q.status, q.party, q.date, linesJson(q.lines), q.untaxed,
                                 q.tax, q.total, q.taxGroups);
    o.insert(QStringLiteral("revision"), q.revision);
    o.insert(QStringLiteral("valid_until"), dateJson(q.validUntil));
    o.insert(QStringLiteral("salesperson"), q.salesperson);
    o.insert(QStringLiteral("notes"), q.notes);
    o.insert(QStringLiteral("reject_reason"), q.rejectReason);
    o.insert(QStringLiteral("order"),
             q.orderNumber.isEmpty() ? QJsonValue() : QJsonValue(q.orderNumber));
    return o;
}

QJsonObject toJson(const domain::SalesOrder& so) {
    QJsonArray lines;
    for (const domain::DocumentLine& line : so.lines)
        lines.append(orderLineJson(line));
    QJsonObject o = documentJson(so.number, so.status, so.party, so.date, lines, so.untaxed, so.tax,
                                 so.total, so.taxGroups);
    o.insert(QStringLiteral("requested_date"), dateJson(so.requestedDate));
    o.insert(QStringLiteral("salesperson"), so.salesperson);
    o.insert(QStringLiteral("notes"), so.notes);
    o.insert(QStringLiteral("quotation"),
             so.quotationNumber.isEmpty() ? QJsonValue() : QJsonValue(so.quotationNumber));
    const QJsonObject state = stateFields(so);
    for (auto it = state.constBegin(); it != state.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject toStateJson(const domain::SalesOrder& so) {
    // Quantities by line position: arrays are much cheaper to build than objects, and
    // this runs twice per decision.
    QJsonArray reserved;
    QJsonArray shipped;
    QJsonArray cancelled;
    for (const domain::DocumentLine& l : so.lines) {
        reserved.append(l.reserved.toPlainString());
        shipped.append(l.shipped.toPlainString());
        cancelled.append(l.cancelled.toPlainString());
    }
    QJsonObject o = stateFields(so);
    o.insert(QStringLiteral("number"), so.number);
    o.insert(QStringLiteral("reserved"), reserved);
    o.insert(QStringLiteral("shipped"), shipped);
    o.insert(QStringLiteral("cancelled"), cancelled);
    return o;
}

QString stateJsonText(const domain::SalesOrder& so) {
    QStringList reserved, shipped, cancelled;
    for (const domain::DocumentLine& l : so.lines) {
        reserved << l.reserved.toPlainString();
        shipped << l.shipped.toPlainString();
        cancelled << l.cancelled.toPlainString();
    }
    return JsonText()
        .field("status", so.status)
        .field("invoicing_status", so.invoicingStatus)
        .strings("hold_reasons", so.holdReasons)
        .strings("approval_reasons", so.approvalReasons)
        .field("release_reason", so.releaseReason)
        .field("released_by", so.releasedBy)
        .field("cancel_reason", so.cancelReason)
        .field("deposits", so.deposits.toPlainString())
        .field("open_value", so.openValue.toPlainString())
        .field("number", so.number)
        .strings("reserved", reserved)
        .strings("shipped", shipped)
        .strings("cancelled", cancelled)
        .text();
}

QString toCreatedJsonText(const domain::SalesOrder& so) {
    // One array per line (sku, qty, unit price, discount): what was ordered, at the
    // cost of a few strings; the stored order holds the rest.
    QStringList lines;
    lines.reserve(so.lines.size());
    for (const domain::DocumentLine& l : so.lines)
        lines << jsonStrings({l.sku, l.qty.toPlainString(), l.unitPrice.toPlainString(),
                              l.discount.toPlainString()});
    return JsonText()
        .field("number", so.number)
        .field("customer", so.party.customerCode)
        .date("date", so.date)
        .date("requested_date", so.requestedDate)
        .field("total", so.total.toPlainString())
        .raw("lines", jsonArray(lines))
        .text();
}

QJsonObject toJson(const domain::QuotationRevision& r) {
    return {{QStringLiteral("revision"), r.revision},
            {QStringLiteral("date"), dateJson(r.date)},
            {QStringLiteral("valid_until"), dateJson(r.validUntil)},
            {QStringLiteral("total"), r.total.toPlainString()},
            {QStringLiteral("sent_at"), r.sentAt}};
}

QJsonObject toJson(const domain::Deposit& d) {
    QJsonObject o{{QStringLiteral("number"), d.number},
                  {QStringLiteral("order"), d.orderNumber},
                  {QStringLiteral("customer"), d.customerCode},
                  {QStringLiteral("amount"), d.amount.toPlainString()},
                  {QStringLiteral("applied"), d.applied.toPlainString()},
                  {QStringLiteral("method"), d.method},
                  {QStringLiteral("date"), dateJson(d.date)},
                  {QStringLiteral("reference"), d.reference},
                  {QStringLiteral("recorded_by"), d.recordedBy}};
    if (!d.advanceInvoice.isEmpty())
        o.insert(QStringLiteral("advance_invoice"), d.advanceInvoice);
    return o;
}

} // namespace mostrador::services
