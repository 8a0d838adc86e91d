// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fixed_decimal.h"

#include <compare>

namespace mostrador::domain {

// A quantity in thousandths of its unit (2.5 kg = 2500). Checked arithmetic.
class Quantity {
public:
    static constexpr int kScale = 3;

    constexpr Quantity() = default;
    static constexpr Quantity fromThousandths(qint64 v) { return Quantity(v); }
    static Quantity fromUnits(qint64 units) {
        return Quantity(fixed::toInt64(Int128(units) * 1000));
    }

    constexpr qint64 thousandths() const { return m_value; }
    constexpr bool isZero() const { return m_value == 0; }
    constexpr bool isNegative() const { return m_value < 0; }

    Quantity operator+(Quantity o) const { return Quantity(fixed::checkedAdd(m_value, o.m_value)); }
    Quantity operator-(Quantity o) const { return Quantity(fixed::checkedSub(m_value, o.m_value)); }
    Quantity operator-() const { return Quantity(fixed::checkedSub(0, m_value)); }
    Quantity& operator+=(Quantity o) { return *this = *this + o; }
    Quantity& operator-=(Quantity o) { return *this = *this - o; }
    friend constexpr auto operator<=>(const Quantity&, const Quantity&) = default;

    QString toString(const QLocale& locale) const {
        return fixed::format(m_value, kScale, locale, 0);
    }
    QString toPlainString() const { return fixed::formatPlain(m_value, kScale, 0); }
    static Result<Quantity> parse(QStringView text, const QLocale& locale);
    static Result<Quantity> parsePlain(QStringView text);

private:
    constexpr explicit Quantity(qint64 v)
        : m_value(v) {}
    qint64 m_value = 0;
};

} // namespace mostrador::domain
