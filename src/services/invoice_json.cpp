// SPDX-License-Identifier: MIT
#include "services/invoice_json.h"

#include "domain/iso_date.h"
#include "services/document_json.h"
#include "services/json_text.h"

#include <QJsonArray>

namespace mostrador::services {

namespace {

QJsonObject lineJson(const domain::InvoiceLine& l) {
    QJsonObject o = pricedLineJson(l);
    o.insert(QStringLiteral("kind"), l.kind);
    o.insert(QStringLiteral("order"), l.orderNumber);
    return o;
}

QJsonArray dueDatesJson(const QList<domain::Installment>& installments) {
    QJsonArray array;
    for (const domain::Installment& i : installments)
        array.append(QJsonObject{{QStringLiteral("date"), dateJson(i.dueDate)},
                                 {QStringLiteral("amount"), i.amount.toPlainString()}});
    return array;
}

QJsonArray depositsJson(const QList<domain::DepositApplication>& deposits) {
    QJsonArray array;
    for (const domain::DepositApplication& a : deposits)
        array.append(QJsonObject{{QStringLiteral("deposit"), a.depositNumber},
                                 {QStringLiteral("order"), a.orderNumber},
                                 {QStringLiteral("amount"), a.amount.toPlainString()}});
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

} // namespace

QStringList orderNumbersOf(const domain::Invoice& invoice) {
    QStringList numbers;
    for (const domain::InvoiceLine& l : invoice.lines)
        if (!l.orderNumber.isEmpty() && !numbers.contains(l.orderNumber))
            numbers.append(l.orderNumber);
    return numbers;
}

QJsonObject toJson(const domain::Invoice& inv) {
    QJsonArray lines;
    for (const domain::InvoiceLine& l : inv.lines)
        lines.append(lineJson(l));
    return {{QStringLiteral("number"), inv.number},
            {QStringLiteral("draft_number"), inv.draftNumber},
            {QStringLiteral("kind"), inv.kind},
            {QStringLiteral("status"), inv.status},
            {QStringLiteral("customer"), inv.party.customerCode},
            {QStringLiteral("customer_name"), inv.party.customerName},
            {QStringLiteral("billing_address"), inv.party.billingAddress},
            {QStringLiteral("payment_terms"), inv.party.paymentTermsCode},
            {QStringLiteral("date"), dateJson(inv.date)},
            {QStringLiteral("due_date"), dateJson(inv.dueDate)},
            {QStringLiteral("due_dates"), dueDatesJson(inv.installments)},
            {QStringLiteral("salesperson"), inv.salesperson},
            {QStringLiteral("notes"), inv.notes},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("untaxed"), inv.untaxed.toPlainString()},
            {QStringLiteral("tax"), inv.tax.toPlainString()},
            {QStringLiteral("total"), inv.total.toPlainString()},
            {QStringLiteral("tax_groups"), taxGroupsJson(inv.taxGroups)},
            {QStringLiteral("deposits_applied"), inv.depositsApplied.toPlainString()},
            {QStringLiteral("deposits"), depositsJson(inv.deposits)},
            {QStringLiteral("paid"), inv.paid.toPlainString()},
            {QStringLiteral("balance"), inv.balance.toPlainString()},
            {QStringLiteral("orders"), QJsonArray::fromStringList(orderNumbersOf(inv))},
            {QStringLiteral("posted_by"), inv.postedBy},
            {QStringLiteral("version"), inv.version}};
}

QString toAuditJsonText(const domain::Invoice& inv, bool withLines) {
    QStringList lines, due, deposits;
    for (qsizetype i = 0; withLines && i < inv.lines.size(); ++i) {
        const domain::InvoiceLine& l = inv.lines[i];
        lines << jsonStrings({l.orderNumber, l.sku, l.qty.toPlainString(),
                              l.unitPrice.toPlainString(), l.discount.toPlainString()});
    }
    for (const domain::Installment& i : inv.installments)
        due << jsonStrings({domain::isoDate(i.dueDate), i.amount.toPlainString()});
    for (const domain::DepositApplication& a : inv.deposits)
        deposits << jsonStrings({a.depositNumber, a.amount.toPlainString()});
    JsonText text;
    text.field("number", inv.number)
        .field("draft_number", inv.draftNumber)
        .field("status", inv.status)
        .field("customer", inv.party.customerCode)
        .date("date", inv.date)
        .date("due_date", inv.dueDate)
        .field("total", inv.total.toPlainString())
        .field("deposits_applied", inv.depositsApplied.toPlainString())
        .field("balance", inv.balance.toPlainString())
        .raw("due_dates", jsonArray(due))
        .raw("deposits", jsonArray(deposits));
    if (withLines)
        text.raw("lines", jsonArray(lines));
    return text.text();
}

} // namespace mostrador::services
