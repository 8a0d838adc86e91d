// SPDX-License-Identifier: MIT
#include "services/receivables_json.h"

namespace mostrador::services {

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject agingJson(const QJsonValue& customer, const QJsonValue& name,
                      const domain::AgingAmounts& a, const domain::Money& credit) {
    using B = domain::AgingBucket;
    return {{u"customer"_s, customer},
            {u"customer_name"_s, name},
            {u"current"_s, a[B::Current].toPlainString()},
            {u"d1_30"_s, a[B::Days1To30].toPlainString()},
            {u"d31_60"_s, a[B::Days31To60].toPlainString()},
            {u"d61_90"_s, a[B::Days61To90].toPlainString()},
            {u"over_90"_s, a[B::Over90].toPlainString()},
            {u"credit"_s, credit.toPlainString()},
            {u"total"_s, a.total().toPlainString()}};
}

} // namespace

QJsonObject toJson(const domain::Allocation& a) {
    QJsonObject json{{u"invoice"_s, a.invoiceNumber},
                     {u"amount"_s, a.amount.toPlainString()},
                     {u"undone"_s, a.undone.toPlainString()},
                     {u"date"_s, dateJson(a.date)}};
    if (!a.paymentNumber.isEmpty())
        json.insert(u"payment"_s, a.paymentNumber);
    return json;
}

QJsonObject toJson(const domain::Payment& p) {
    QJsonArray allocations;
    for (const domain::Allocation& a : p.allocations)
        allocations.append(toJson(a));
    return {{u"number"_s, p.number},
            {u"kind"_s, p.kind},
            {u"customer"_s, p.customerCode},
            {u"customer_name"_s, p.customerName},
            {u"amount"_s, p.amount.toPlainString()},
            {u"unallocated"_s, p.unallocated.toPlainString()},
            {u"charged_back"_s, p.chargedBack.toPlainString()},
            {u"method"_s, p.method},
            {u"date"_s, dateJson(p.date)},
            {u"reference"_s, p.reference},
            {u"recorded_by"_s, p.recordedBy},
            {u"allocations"_s, allocations}};
}

QJsonObject toJson(const domain::Chargeback& c) {
    return {{u"number"_s, c.number},         {u"payment"_s, c.paymentNumber},
            {u"customer"_s, c.customerCode}, {u"amount"_s, c.amount.toPlainString()},
            {u"reason"_s, c.reason},         {u"notes"_s, c.notes},
            {u"date"_s, dateJson(c.date)},   {u"recorded_by"_s, c.recordedBy}};
}

QJsonObject toJson(const ReceivablesPosition& p) {
    return {{u"customer"_s, p.customerCode},
            {u"ar_balance"_s, p.arBalance.toPlainString()},
            {u"open_invoices"_s, p.openInvoices.toPlainString()},
            {u"credit"_s, p.credit.toPlainString()},
            {u"overdue_invoices"_s, p.overdueInvoices},
            {u"oldest_overdue_days"_s, p.oldestOverdueDays}};
}

QJsonArray toJson(const AgingReport& report) {
    QJsonArray rows;
    domain::Money credit = domain::Money::zero(report.totals.total().currency());
    for (const AgingLine& line : report.lines) {
        rows.append(agingJson(line.customerCode, line.customerName, line.amounts, line.credit));
        credit += line.credit;
    }
    rows.append(agingJson(QJsonValue(), QJsonValue(), report.totals, credit));
    return rows;
}

} // namespace mostrador::services
