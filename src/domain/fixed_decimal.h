// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QLocale>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <stdexcept>

namespace mostrador::domain {

// Thrown when fixed-point arithmetic would leave the 64-bit range: overflow is an
// error, never a wrap. Services turn it into an Error at their boundary.
class OverflowError : public std::overflow_error {
public:
    using std::overflow_error::overflow_error;
};

__extension__ using Int128 = __int128;

// Fixed-point helpers shared by Money, UnitPrice, Quantity and Percent. A value is an
// integer count of 10^-scale units.
namespace fixed {

qint64 pow10(int exponent);

// num / den rounded half away from zero; throws OverflowError outside qint64.
qint64 divideRounded(Int128 num, Int128 den);

// Rescales a value from one scale to another, rounding half away from zero.
qint64 rescale(qint64 value, int fromScale, int toScale);

qint64 checkedAdd(qint64 a, qint64 b);
qint64 checkedSub(qint64 a, qint64 b);
qint64 toInt64(Int128 v);

// Parses a decimal written the way `locale` writes numbers ("1.234,56" in Spanish,
// "1,234.56" in English); group separators are optional. More decimals than
// `scale` is an error unless `roundExtra` is set. Never goes through floating point.
Result<qint64> parse(QStringView text, int scale, const QLocale& locale, bool roundExtra = false);

// Parses the plain machine form used by the CLI, JSON and CSV: "-1234.5".
Result<qint64> parsePlain(QStringView text, int scale, bool roundExtra = false);

// Formats with the locale's separators and exactly `minDecimals`..`scale` decimals:
// trailing zeros beyond `minDecimals` are dropped.
QString format(qint64 value, int scale, const QLocale& locale, int minDecimals, bool group = true);

// "-1234.50": the plain machine form, with `minDecimals`..`scale` decimals.
QString formatPlain(qint64 value, int scale, int minDecimals);

} // namespace fixed
} // namespace mostrador::domain
