// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/quantity.h"

namespace mostrador::domain {

// A price per unit in ten-thousandths of the currency unit (4 decimals), so that
// unit prices like 0.0125 € are exact. Amounts derived from it are rounded to Money.
class UnitPrice {
public:
    static constexpr int kScale = 4;

    constexpr UnitPrice() = default;
    static constexpr UnitPrice fromTenThousandths(qint64 v) { return UnitPrice(v); }
    static UnitPrice fromMoney(Money m);

    constexpr qint64 tenThousandths() const { return m_value; }
    constexpr bool isNegative() const { return m_value < 0; }
    friend constexpr auto operator<=>(const UnitPrice&, const UnitPrice&) = default;

    // round(qty × price) in the currency's minor unit, half away from zero.
    Money amountFor(Quantity qty, Currency currency = {}) const;

    // Shows at least the currency's decimals and up to four: "12,50", "0,0125".
    QString toString(const QLocale& locale, Currency currency = {}) const;
    QString toPlainString(Currency currency = {}) const;
    static Result<UnitPrice> parse(QStringView text, const QLocale& locale);
    static Result<UnitPrice> parsePlain(QStringView text);

private:
    constexpr explicit UnitPrice(qint64 v)
        : m_value(v) {}
    qint64 m_value = 0;
};

} // namespace mostrador::domain
