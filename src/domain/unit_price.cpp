// SPDX-License-Identifier: MIT
#include "domain/unit_price.h"

namespace mostrador::domain {

UnitPrice UnitPrice::fromMoney(Money m) {
    return UnitPrice(fixed::rescale(m.minor(), m.currency().decimals(), kScale));
}

Money UnitPrice::amountFor(Quantity qty, Currency currency) const {
    // qty (10^-3) × price (10^-4) = 10^-7 units; the minor unit is 10^-decimals.
    const Int128 product = Int128(qty.thousandths()) * m_value;
    const int drop = Quantity::kScale + kScale - currency.decimals();
    return Money::fromMinor(fixed::divideRounded(product, fixed::pow10(drop)), currency);
}

QString UnitPrice::toString(const QLocale& locale, Currency currency) const {
    return fixed::format(m_value, kScale, locale, currency.decimals());
}

QString UnitPrice::toPlainString(Currency currency) const {
    return fixed::formatPlain(m_value, kScale, currency.decimals());
}

Result<UnitPrice> UnitPrice::parse(QStringView text, const QLocale& locale) {
    QString s = text.toString();
    s.remove(QStringLiteral("€")).remove(QLatin1Char('$'));
    return mapResult(fixed::parse(s, kScale, locale), [](qint64 v) { return UnitPrice(v); });
}

Result<UnitPrice> UnitPrice::parsePlain(QStringView text) {
    return mapResult(fixed::parsePlain(text, kScale), [](qint64 v) { return UnitPrice(v); });
}

} // namespace mostrador::domain
