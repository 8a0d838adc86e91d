// SPDX-License-Identifier: MIT
#include "domain/demand_plan.h"

#include <QMap>

namespace mostrador::domain {

namespace {

Quantity positive(Quantity q) {
    return q.isNegative() ? Quantity() : q;
}

// One product's needs summed by week, weeks in order.
struct ProductDemand {
    QString name;
    Quantity onHand;
    QMap<QDate, Quantity> weeks;
};

void appendWeeks(const QString& sku, const ProductDemand& p, QList<WeekDemand>& out) {
    Quantity cumulative;
    Quantity before = p.onHand; // available once the earlier weeks are served
    for (auto it = p.weeks.cbegin(); it != p.weeks.cend(); ++it) {
        cumulative += it.value();
        WeekDemand w{sku, p.name, it.key(), it.value(), p.onHand, p.onHand - cumulative, {}};
        w.shortfall = positive(w.demand - positive(before));
        before = w.available;
        out.append(w);
    }
}

} // namespace

QDate demandWeek(QDate requested, QDate today) {
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    if (!requested.isValid())
        return thisWeek;
    const QDate week = requested.addDays(1 - requested.dayOfWeek());
    return week < thisWeek ? thisWeek : week;
}

QList<WeekDemand> planDemand(const QList<DemandNeed>& needs, QDate today) {
    QMap<QString, ProductDemand> products; // by SKU: the rows come out in SKU order
    for (const DemandNeed& n : needs) {
        if (!n.tracked || n.qty <= Quantity())
            continue;
        ProductDemand& p = products[n.sku];
        p.name = n.productName;
        p.onHand = n.onHand;
        p.weeks[demandWeek(n.requested, today)] += n.qty;
    }
    QList<WeekDemand> out;
    for (auto it = products.cbegin(); it != products.cend(); ++it)
        appendWeeks(it.key(), it.value(), out);
    return out;
}

Money openShare(Money lineNet, Quantity lineQty, Quantity open) {
    if (lineQty.isZero() || open == lineQty)
        return lineNet;
    return Money::fromMinor(
        fixed::divideRounded(Int128(lineNet.minor()) * open.thousandths(), lineQty.thousandths()),
        lineNet.currency());
}

} // namespace mostrador::domain
