// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fixed_decimal.h"

#include <compare>

namespace mostrador::domain {

// A percentage in basis points, hundredths of a percent (21 % = 2100), for tax
// rates and discounts.
class Percent {
public:
    static constexpr int kScale = 2;

    constexpr Percent() = default;
    static constexpr Percent fromBasisPoints(qint64 bp) { return Percent(bp); }
    static constexpr Percent fromWhole(qint64 pct) { return Percent(pct * 100); }

    constexpr qint64 basisPoints() const { return m_value; }
    constexpr bool isZero() const { return m_value == 0; }
    friend constexpr auto operator<=>(const Percent&, const Percent&) = default;

    // "21", "10,5" (no % sign: the caller decides where it goes).
    QString toString(const QLocale& locale) const {
        return fixed::format(m_value, kScale, locale, 0);
    }
    QString toPlainString() const { return fixed::formatPlain(m_value, kScale, 0); }
    // Accepts an optional trailing "%".
    static Result<Percent> parse(QStringView text, const QLocale& locale);
    static Result<Percent> parsePlain(QStringView text);

private:
    constexpr explicit Percent(qint64 v)
        : m_value(v) {}
    qint64 m_value = 0;
};

} // namespace mostrador::domain
