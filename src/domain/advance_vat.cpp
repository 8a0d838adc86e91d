// SPDX-License-Identifier: MIT
#include "domain/advance_vat.h"

#include "domain/fixed_decimal.h"

#include <algorithm>
#include <numeric>

namespace mostrador::domain {

namespace {

// A Money amount as a unit price (4 decimals), exactly.
UnitPrice unitPriceOf(Money amount) {
    const int shift = UnitPrice::kScale - amount.currency().decimals();
    return UnitPrice::fromTenThousandths(amount.minor() * fixed::pow10(std::max(shift, 0)));
}

// `part` of a line whose whole is `gross` = `net` + tax: the net keeps the line's ratio.
Money netShare(Money part, Money gross, Money net) {
    if (part == gross)
        return net;
    return Money::fromMinor(fixed::divideRounded(Int128(part.minor()) * net.minor(), gross.minor()),
                            part.currency());
}

} // namespace

AdvancePart advancePart(const QString& taxCode, Percent rate, Money gross) {
    const qint64 scale = 100 * fixed::pow10(Percent::kScale); // 100 % in basis points
    const Money net = Money::fromMinor(
        fixed::divideRounded(Int128(gross.minor()) * scale, scale + rate.basisPoints()),
        gross.currency());
    return {taxCode, rate, gross, net, gross - net};
}

QList<qint64> splitProportionally(qint64 total, const QList<qint64>& weights) {
    QList<qint64> parts(weights.size(), 0);
    Int128 sum = 0;
    for (qint64 w : weights)
        sum += std::max<qint64>(w, 0);
    if (sum == 0 || total <= 0)
        return parts;
    QList<Int128> remainders(weights.size(), -1);
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights[i] <= 0)
            continue;
        const Int128 exact = Int128(total) * weights[i];
        parts[i] = qint64(exact / sum);
        remainders[i] = exact % sum;
        given += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    // Fewer units are left than there are positive weights, so one pass gives them all.
    for (qsizetype k = 0; given < total && k < order.size(); ++k) {
        if (remainders[order[k]] < 0)
            break;
        ++parts[order[k]];
        ++given;
    }
    return parts;
}

QList<AdvancePart> splitAdvance(Money amount, const QList<TaxGroup>& groups) {
    QList<qint64> weights;
    for (const TaxGroup& g : groups)
        weights.append((g.base + g.tax).minor());
    const QList<qint64> parts = splitProportionally(amount.minor(), weights);
    QList<AdvancePart> out;
    for (qsizetype i = 0; i < groups.size(); ++i)
        if (parts[i] > 0)
            out.append(advancePart(groups[i].taxCode, groups[i].rate,
                                   Money::fromMinor(parts[i], amount.currency())));
    return out;
}

InvoiceLine advanceLine(const AdvancePart& part, const QString& description, qint64 orderId,
                        const QString& orderNumber) {
    InvoiceLine l;
    l.kind = QString::fromUtf16(invoice_line_kind::kAdvance);
    l.orderId = orderId;
    l.orderNumber = orderNumber;
    l.description = description;
    l.qty = Quantity::fromUnits(1);
    l.unitPrice = unitPriceOf(part.net);
    l.taxCode = part.taxCode;
    l.taxRate = part.rate;
    l.net = part.net;
    l.tax = part.tax;
    return l;
}

Money OpenAdvance::gross() const {
    Money sum = Money::zero(lines.isEmpty() ? Currency() : lines.first().net.currency());
    for (const OpenAdvanceLine& l : lines)
        sum += l.gross();
    return sum;
}

QList<AdvanceDeduction> advanceDeductions(const QList<OpenAdvance>& advances, Money capacity) {
    QList<AdvanceDeduction> out;
    qint64 left = std::max<qint64>(capacity.minor(), 0);
    for (const OpenAdvance& a : advances) {
        const qint64 gross = a.gross().minor();
        if (gross <= 0)
            continue;
        if (left <= 0)
            break;
        QList<qint64> weights;
        for (const OpenAdvanceLine& l : a.lines)
            weights.append(l.gross().minor());
        const bool whole = gross <= left;
        const QList<qint64> parts = whole ? weights : splitProportionally(left, weights);
        for (qsizetype i = 0; i < a.lines.size(); ++i) {
            if (parts[i] <= 0)
                continue;
            const OpenAdvanceLine& l = a.lines[i];
            const Money part = Money::fromMinor(parts[i], capacity.currency());
            const Money net = netShare(part, l.gross(), l.net);
            out.append({a.number, l, net, part - net});
        }
        left -= whole ? gross : left;
    }
    return out;
}

InvoiceLine deductionLine(const AdvanceDeduction& d, const QString& description) {
    InvoiceLine l;
    l.kind = QString::fromUtf16(invoice_line_kind::kAdvance);
    l.orderId = d.source.orderId;
    l.orderNumber = d.source.orderNumber;
    l.advanceLineId = d.source.lineId;
    l.description = description;
    l.qty = Quantity::fromUnits(1);
    l.unitPrice = unitPriceOf(-d.net);
    l.taxCode = d.source.taxCode;
    l.taxRate = d.source.rate;
    l.net = -d.net;
    l.tax = -d.tax;
    return l;
}

bool isAdvanceLine(const InvoiceLine& line) {
    return line.kind == QStringView(invoice_line_kind::kAdvance);
}

void addFixedLines(DocumentTotals& totals, const QList<InvoiceLine>& advanceLines) {
    for (const InvoiceLine& l : advanceLines) {
        auto it = std::find_if(totals.groups.begin(), totals.groups.end(), [&](const TaxGroup& g) {
            return g.taxCode == l.taxCode && g.rate == l.taxRate;
        });
        if (it == totals.groups.end()) {
            totals.groups.append({l.taxCode, l.taxRate, Money::zero(l.net.currency()),
                                  Money::zero(l.net.currency())});
            it = totals.groups.end() - 1;
        }
        it->base += l.net;
        it->tax += l.tax;
        totals.untaxed += l.net;
        totals.tax += l.tax;
    }
    totals.total = totals.untaxed + totals.tax;
}

} // namespace mostrador::domain
