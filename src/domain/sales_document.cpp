// SPDX-License-Identifier: MIT
#include "domain/sales_document.h"

namespace mostrador::domain {

LineFlags flagLine(const DocumentLine& line, Percent discountLimit) {
    // price × (1 − discount) < cost, compared exactly in 10^-8 units.
    const Int128 netUnit =
        Int128(line.unitPrice.tenThousandths()) * (10000 - line.discount.basisPoints());
    const Int128 cost = Int128(line.unitCost.tenThousandths()) * 10000;
    return {netUnit<cost, line.discount> discountLimit};
}

Quantity DocumentLine::shortfall() const {
    if (!stockTracked)
        return {};
    const Quantity open = remaining() - reserved;
    return open.isNegative() ? Quantity() : open;
}

namespace {

Error lineError(qsizetype index, const char* field, const QString& message) {
    return Error::invalid(QStringLiteral("line.%1").arg(QLatin1String(field)),
                          trMsg("Line %1: %2").arg(index + 1).arg(message),
                          QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(field)));
}

} // namespace

Status validateLines(const QList<DocumentLine>& lines) {
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocumentLine& line = lines[i];
        if (line.sku.isEmpty())
            return fail(lineError(i, "sku", trMsg("a product is required")));
        if (line.qty <= Quantity())
            return fail(lineError(i, "qty", trMsg("the quantity must be greater than zero")));
        if (line.unitPrice.isNegative())
            return fail(lineError(i, "unit_price", trMsg("the price cannot be negative")));
        if (line.discount < Percent() || line.discount > Percent::fromWhole(100))
            return fail(lineError(i, "discount", trMsg("the discount is between 0 and 100 %")));
    }
    return {};
}

DocumentTotals priceLines(QList<DocumentLine>& lines, TaxRounding rounding, Currency currency) {
    QList<PricedLine> priced;
    priced.reserve(lines.size());
    for (const DocumentLine& line : lines)
        priced.append(line.priced());
    DocumentTotals totals = computeTotals(priced, rounding, currency);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        lines[i].net = totals.lines[i].net;
        lines[i].tax = totals.lines[i].tax;
    }
    return totals;
}

} // namespace mostrador::domain
