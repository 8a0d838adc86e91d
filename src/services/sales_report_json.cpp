// SPDX-License-Identifier: MIT
#include "services/sales_report_json.h"

#include <QJsonObject>

namespace mostrador::services {

namespace {

struct GroupingName {
    SalesGrouping by;
    const char16_t* key;
};

constexpr GroupingName kGroupings[] = {{SalesGrouping::Customer, u"customer"},
                                       {SalesGrouping::Product, u"product"},
                                       {SalesGrouping::Salesperson, u"salesperson"},
                                       {SalesGrouping::Month, u"month"}};

QJsonObject figures(const QJsonValue& key, const QJsonValue& name, const QString& keyField,
                    domain::Money sales, domain::Money cost, domain::Money margin) {
    return {{keyField, key},
            {QStringLiteral("name"), name},
            {QStringLiteral("sales"), sales.toPlainString()},
            {QStringLiteral("cost"), cost.toPlainString()},
            {QStringLiteral("margin"), margin.toPlainString()}};
}

} // namespace

QString salesKeyField(SalesGrouping by) {
    for (const GroupingName& g : kGroupings)
        if (g.by == by)
            return QString::fromUtf16(g.key);
    return {};
}

std::optional<SalesGrouping> salesGroupingFrom(QStringView text) {
    for (const GroupingName& g : kGroupings)
        if (text == QStringView(g.key))
            return g.by;
    return std::nullopt;
}

QJsonArray toJson(const SalesReport& report) {
    const QString keyField = salesKeyField(report.query.by);
    QJsonArray rows;
    for (const SalesReportRow& r : report.rows) {
        QJsonObject row = figures(r.key, r.name, keyField, r.sales, r.cost, r.margin);
        if (report.query.by == SalesGrouping::Product)
            row.insert(QStringLiteral("qty"), r.qty.toPlainString());
        rows.append(row);
    }
    rows.append(
        figures(QJsonValue(), QJsonValue(), keyField, report.sales, report.cost, report.margin));
    return rows;
}

} // namespace mostrador::services
