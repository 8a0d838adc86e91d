// SPDX-License-Identifier: MIT
#include "domain/fulfilment.h"

namespace mostrador::domain {

namespace {

// The unit price after the line's discount, rounded to the price's precision.
UnitPrice netUnitPrice(const DocumentLine& line) {
    const Int128 gross = Int128(line.unitPrice.tenThousandths());
    return UnitPrice::fromTenThousandths(
        fixed::divideRounded(gross * (10000 - line.discount.basisPoints()), 10000));
}

struct KeyLabel {
    const char16_t* key;
    const char* text;
};

template <std::size_t N> QString labelOf(const KeyLabel (&labels)[N], QStringView key) {
    for (const KeyLabel& l : labels)
        if (key == QStringView(l.key))
            return trMsg(l.text);
    return key.toString();
}

const KeyLabel kFreightLabels[] = {
    {freight::kPrepaid, QT_TRANSLATE_NOOP("mostrador", "Prepaid")},
    {freight::kCollect, QT_TRANSLATE_NOOP("mostrador", "Collect")},
};

const KeyLabel kMethodLabels[] = {
    {payment_method::kTransfer, QT_TRANSLATE_NOOP("mostrador", "Bank transfer")},
    {payment_method::kCash, QT_TRANSLATE_NOOP("mostrador", "Cash")},
    {payment_method::kCard, QT_TRANSLATE_NOOP("mostrador", "Card")},
    {payment_method::kCheque, QT_TRANSLATE_NOOP("mostrador", "Cheque")},
};

} // namespace

QList<ApprovalFinding> approvalFindings(const QList<DocumentLine>& lines, Percent discountLimit) {
    QList<ApprovalFinding> findings;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocumentLine& line = lines[i];
        const LineFlags flags = flagLine(line, discountLimit);
        if (!flags.any())
            continue;
        findings.append({int(i) + 1, line.sku, flags, line.discount, discountLimit,
                         netUnitPrice(line), line.unitCost});
    }
    return findings;
}

QString describe(const ApprovalFinding& f, const QLocale& locale) {
    QStringList parts;
    if (f.flags.discountAboveLimit)
        parts << trMsg("discount %1 % is above the %2 % limit")
                     .arg(f.discount.toString(locale), f.limit.toString(locale));
    if (f.flags.belowCost)
        parts << trMsg("price %1 is below cost %2")
                     .arg(f.netPrice.toString(locale), f.unitCost.toString(locale));
    return trMsg("Line %1 (%2): %3").arg(f.line).arg(f.sku, parts.join(QStringLiteral("; ")));
}

Money openValue(const DocumentLine& line) {
    const Money gross = line.net + line.tax;
    if (line.qty.isZero())
        return Money::fromMinor(0, gross.currency());
    const Quantity open = line.qty - line.invoiced - line.cancelled;
    return Money::fromMinor(
        fixed::divideRounded(Int128(gross.minor()) * open.thousandths(), line.qty.thousandths()),
        gross.currency());
}

Money openValue(const QList<DocumentLine>& lines, Currency currency) {
    Money sum = Money::fromMinor(0, currency);
    for (const DocumentLine& line : lines)
        sum = sum + openValue(line);
    return sum;
}

QString stateAfterShipment(const QList<DocumentLine>& lines) {
    for (const DocumentLine& line : lines)
        if (line.remaining() > Quantity())
            return QString::fromUtf16(order_state::kPartiallyShipped);
    return QString::fromUtf16(order_state::kShipped);
}

QString freightTermsLabel(QStringView key) {
    return labelOf(kFreightLabels, key);
}

QStringList paymentMethods() {
    QStringList keys;
    for (const KeyLabel& l : kMethodLabels)
        keys << QString::fromUtf16(l.key);
    return keys;
}

QString paymentMethodLabel(QStringView key) {
    return labelOf(kMethodLabels, key);
}

Quantity lineWeight(Quantity perUnit, Quantity qty) {
    return Quantity::fromThousandths(
        fixed::divideRounded(Int128(perUnit.thousandths()) * qty.thousandths(), 1000));
}

Status validateShipmentHeader(const Shipment& s) {
    if (s.packages < 1)
        return fail(Error::invalid(QStringLiteral("shipment.packages"),
                                   trMsg("A shipment has at least one package"),
                                   QStringLiteral("packages")));
    if (s.freightTerms != QStringView(freight::kPrepaid) &&
        s.freightTerms != QStringView(freight::kCollect))
        return fail(Error::invalid(
            QStringLiteral("shipment.freight_terms"),
            trMsg("Freight terms are prepaid or collect, not “%1”").arg(s.freightTerms),
            QStringLiteral("freight_terms")));
    if (s.carrier.size() > 80)
        return fail(Error::invalid(QStringLiteral("shipment.carrier"),
                                   trMsg("The carrier's name is longer than 80 characters"),
                                   QStringLiteral("carrier")));
    if (s.tracking.size() > 80)
        return fail(Error::invalid(QStringLiteral("shipment.tracking"),
                                   trMsg("The tracking number is longer than 80 characters"),
                                   QStringLiteral("tracking")));
    return {};
}

} // namespace mostrador::domain
