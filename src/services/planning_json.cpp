// SPDX-License-Identifier: MIT
#include "services/planning_json.h"

#include <QJsonObject>

namespace mostrador::services {

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonArray toJson(const BacklogReport& report) {
    QJsonArray rows;
    for (const BacklogRow& r : report.rows)
        rows.append(QJsonObject{{u"order"_s, r.order},
                                {u"customer"_s, r.customerCode},
                                {u"customer_name"_s, r.customerName},
                                {u"sku"_s, r.sku},
                                {u"name"_s, r.productName},
                                {u"qty"_s, r.qty.toPlainString()},
                                {u"value"_s, r.value.toPlainString()},
                                {u"requested_date"_s, dateJson(r.requestedDate)}});
    rows.append(QJsonObject{{u"order"_s, QJsonValue()},
                            {u"customer"_s, QJsonValue()},
                            {u"customer_name"_s, QJsonValue()},
                            {u"sku"_s, QJsonValue()},
                            {u"name"_s, QJsonValue()},
                            {u"qty"_s, QJsonValue()},
                            {u"value"_s, report.value.toPlainString()},
                            {u"requested_date"_s, QJsonValue()}});
    return rows;
}

QJsonArray toJson(const QList<DemandRow>& report) {
    QJsonArray rows;
    domain::Quantity demand, shortfall;
    for (const DemandRow& r : report) {
        rows.append(QJsonObject{{u"sku"_s, r.sku},
                                {u"name"_s, r.productName},
                                {u"week"_s, dateJson(r.week)},
                                {u"demand"_s, r.demand.toPlainString()},
                                {u"on_hand"_s, r.onHand.toPlainString()},
                                {u"available"_s, r.available.toPlainString()},
                                {u"shortfall"_s, r.shortfall.toPlainString()}});
        demand += r.demand;
        shortfall += r.shortfall;
    }
    rows.append(QJsonObject{{u"sku"_s, QJsonValue()},
                            {u"name"_s, QJsonValue()},
                            {u"week"_s, QJsonValue()},
                            {u"demand"_s, demand.toPlainString()},
                            {u"on_hand"_s, QJsonValue()},
                            {u"available"_s, QJsonValue()},
                            {u"shortfall"_s, shortfall.toPlainString()}});
    return rows;
}

QJsonArray toJson(const StockValuation& report) {
    QJsonArray rows;
    for (const StockValuationRow& r : report.rows)
        rows.append(QJsonObject{{u"sku"_s, r.sku},
                                {u"name"_s, r.productName},
                                {u"category"_s, r.category},
                                {u"on_hand"_s, r.onHand.toPlainString()},
                                {u"unit_cost"_s, r.unitCost.toPlainString(r.value.currency())},
                                {u"value"_s, r.value.toPlainString()}});
    rows.append(QJsonObject{{u"sku"_s, QJsonValue()},
                            {u"name"_s, QJsonValue()},
                            {u"category"_s, QJsonValue()},
                            {u"on_hand"_s, QJsonValue()},
                            {u"unit_cost"_s, QJsonValue()},
                            {u"value"_s, report.value.toPlainString()}});
    return rows;
}

} // namespace mostrador::services
