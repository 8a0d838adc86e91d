// SPDX-License-Identifier: MIT
#include "domain/document_totals.h"

namespace mostrador::domain {

Money lineNet(const PricedLine& line, Currency currency) {
    // qty (10^-3) × price (10^-4) × (1 − discount) (10^-4) = 10^-11 currency units.
    const Int128 product = Int128(line.qty.thousandths()) * line.unitPrice.tenThousandths() *
                           (10000 - line.discount.basisPoints());
    const int drop = Quantity::kScale + UnitPrice::kScale + 4 - currency.decimals();
    return Money::fromMinor(fixed::divideRounded(product, fixed::pow10(drop)), currency);
}

namespace {

TaxGroup& groupFor(QList<TaxGroup>& groups, const PricedLine& line, Currency currency) {
    for (TaxGroup& g : groups)
        if (g.taxCode == line.taxCode && g.rate == line.taxRate)
            return g;
    groups.append({line.taxCode, line.taxRate, Money::zero(currency), Money::zero(currency)});
    return groups.last();
}

} // namespace

DocumentTotals computeTotals(const QList<PricedLine>& lines, TaxRounding rounding,
                             Currency currency) {
    DocumentTotals t;
    t.untaxed = t.tax = t.total = Money::zero(currency);
    for (const PricedLine& line : lines) {
        const Money net = lineNet(line, currency);
        const Money tax = net.times(line.taxRate);
        t.lines.append({net, tax});
        TaxGroup& g = groupFor(t.groups, line, currency);
        g.base += net;
        if (rounding == TaxRounding::PerLine)
            g.tax += tax;
        t.untaxed += net;
    }
    for (TaxGroup& g : t.groups) {
        if (rounding == TaxRounding::Global)
            g.tax = g.base.times(g.rate);
        t.tax += g.tax;
    }
    t.total = t.untaxed + t.tax;
    return t;
}

} // namespace mostrador::domain
