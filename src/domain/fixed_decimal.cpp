// SPDX-License-Identifier: MIT
#include "domain/fixed_decimal.h"

#include <limits>

namespace mostrador::domain::fixed {
namespace {

constexpr Int128 kMax = std::numeric_limits<qint64>::max();
constexpr Int128 kMin = std::numeric_limits<qint64>::min();

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isSpaceLike(QStringView s) {
    return s == u" " || s == u"\u00a0" || s == u"\u202f";
}

Error notANumber(QStringView text) {
    return Error::invalid(QStringLiteral("number.invalid"),
                          trMsg("“%1” is not a valid number").arg(text.toString()));
}

// Digits of an integer part with optional group separators between them.
bool collectIntegerDigits(QStringView part, QStringView group, QString& digits) {
    bool lastWasDigit = false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part[i];
        if (isAsciiDigit(c)) {
            digits.append(c);
            lastWasDigit = true;
            continue;
        }
        const bool isGroup =
            part.mid(i).startsWith(group) || (isSpaceLike(group) && isSpaceLike(part.mid(i, 1)));
        if (!isGroup || !lastWasDigit)
            return false;
        i += (part.mid(i).startsWith(group) ? group.size() : 1) - 1;
        lastWasDigit = false;
    }
    return lastWasDigit;
}

Result<qint64> assemble(QStringView original, bool negative, const QString& intDigits,
                        QStringView fraction, int scale, bool roundExtra) {
    for (QChar c : fraction)
        if (!isAsciiDigit(c))
            return fail(notANumber(original));
    if (fraction.size() > scale && !roundExtra)
        return fail(Error::invalid(
            QStringLiteral("number.too_many_decimals"),
            trMsg("“%1” has more than %2 decimals").arg(original.toString()).arg(scale)));
    if (intDigits.size() > 19)
        return fail(Error::invalid(QStringLiteral("number.out_of_range"),
                                   trMsg("“%1” is too large").arg(original.toString())));
    Int128 whole = 0;
    for (QChar c : intDigits)
        whole = whole * 10 + (c.unicode() - u'0');
    const qsizetype kept = std::min<qsizetype>(fraction.size(), scale);
    Int128 frac = 0;
    for (qsizetype i = 0; i < kept; ++i)
        frac = frac * 10 + (fraction[i].unicode() - u'0');
    for (qsizetype i = kept; i < scale; ++i)
        frac *= 10;
    Int128 value = whole * pow10(scale) + frac;
    if (fraction.size() > scale && fraction[scale].unicode() >= u'5')
        value += 1; // half away from zero: the sign is applied afterwards
    if (negative)
        value = -value;
    if (value > kMax || value < kMin)
        return fail(Error::invalid(QStringLiteral("number.out_of_range"),
                                   trMsg("“%1” is too large").arg(original.toString())));
    return static_cast<qint64>(value);
}

QString joinFraction(QString intText, qint64 fraction, int scale, int minDecimals,
                     QStringView point) {
    QString digits = QString::number(fraction).rightJustified(scale, u'0');
    qsizetype keep = digits.size();
    while (keep > minDecimals && digits[keep - 1] == u'0')
        --keep;
    digits.truncate(keep);
    if (digits.isEmpty())
        return intText;
    return intText + point + digits;
}

// How a locale groups an integer's digits: the first group's size, the size of the
// others, and the fewest digits a number has before it is grouped at all.
struct Grouping {
    int primary = 3;
    int secondary = 3;
    int minimumDigits = 4;
};

Grouping groupingOf(const QLocale& locale) {
    // The locale's own sizes come from a long number; whether a four-digit number is
    // grouped (not in Spanish) from 1000.
    const QString sep = locale.groupSeparator();
    Grouping g;
    if (sep.isEmpty())
        return g;
    const QStringList groups = locale.toString(qulonglong(1234567890123)).split(sep);
    if (groups.size() >= 3) {
        g.primary = int(groups.last().size());
        g.secondary = int(groups.at(groups.size() - 2).size());
    }
    if (!locale.toString(qulonglong(1000)).contains(sep))
        g.minimumDigits = g.primary + 2;
    else
        g.minimumDigits = g.primary + 1;
    return g;
}

// Qt 6.4 applies a locale's minimum grouping digits to every group, so Spanish
// 2644813 came out as "2644.813"; the separators are placed here instead.
QString integerText(quint64 value, const QLocale& locale, bool grouped) {
    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString digits = plain.toString(value);
    if (!grouped)
        return digits;
    // Lists format thousands of cells in one locale; its grouping is read once.
    thread_local QLocale cachedLocale(QLocale::C);
    thread_local Grouping cached = groupingOf(cachedLocale);
    if (!(cachedLocale == locale)) {
        cachedLocale = locale;
        cached = groupingOf(locale);
    }
    const Grouping& g = cached;
    if (digits.size() < g.minimumDigits)
        return digits;
    const QString sep = locale.groupSeparator();
    QString out;
    qsizetype end = digits.size();
    int size = g.primary;
    while (end > size) {
        out.prepend(sep + digits.mid(end - size, size));
        end -= size;
        size = g.secondary;
    }
    return digits.left(end) + out;
}

} // namespace

qint64 pow10(int exponent) {
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

qint64 toInt64(Int128 v) {
    if (v > kMax || v < kMin)
        throw OverflowError("fixed-point value out of range");
    return static_cast<qint64>(v);
}

qint64 divideRounded(Int128 num, Int128 den) {
    if (den == 0)
        throw OverflowError("division by zero");
    if (den < 0) {
        num = -num;
        den = -den;
    }
    Int128 q = num / den;
    const Int128 r = num % den;
    if (2 * (r < 0 ? -r : r) >= den)
        q += (num < 0) ? -1 : 1;
    return toInt64(q);
}

qint64 rescale(qint64 value, int fromScale, int toScale) {
    if (toScale >= fromScale)
        return toInt64(Int128(value) * pow10(toScale - fromScale));
    return divideRounded(value, pow10(fromScale - toScale));
}

qint64 checkedAdd(qint64 a, qint64 b) {
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw OverflowError("fixed-point addition overflow");
    return r;
}

qint64 checkedSub(qint64 a, qint64 b) {
    qint64 r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        throw OverflowError("fixed-point subtraction overflow");
    return r;
}

Result<qint64> parse(QStringView text, int scale, const QLocale& locale, bool roundExtra) {
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(Error::invalid(QStringLiteral("number.empty"), trMsg("A number is required")));
    bool negative = false;
    const QString minus = locale.negativeSign();
    if (s.startsWith(minus) || s.startsWith(u'-')) {
        negative = true;
        s = s.mid(s.startsWith(minus) ? minus.size() : 1).trimmed();
    } else if (s.startsWith(locale.positiveSign()) || s.startsWith(u'+')) {
        s = s.mid(1).trimmed();
    }
    const QString point = locale.decimalPoint();
    const qsizetype at = s.indexOf(point);
    if (at >= 0 && s.indexOf(point, at + 1) >= 0)
        return fail(notANumber(text));
    const QStringView intPart = at >= 0 ? s.left(at) : s;
    const QStringView fraction = at >= 0 ? s.mid(at + point.size()) : QStringView();
    QString digits;
    if (intPart.isEmpty() && !fraction.isEmpty())
        digits = QStringLiteral("0");
    else if (!collectIntegerDigits(intPart, locale.groupSeparator(), digits))
        return fail(notANumber(text));
    if (at >= 0 && fraction.isEmpty())
        return fail(notANumber(text));
    return assemble(text, negative, digits, fraction, scale, roundExtra);
}

Result<qint64> parsePlain(QStringView text, int scale, bool roundExtra) {
    static const QLocale c = [] {
        QLocale l = QLocale::c();
        l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
        return l;
    }();
    QStringView s = text.trimmed();
    for (QChar ch : s)
        if (ch == u',')
            return fail(notANumber(text));
    return parse(s, scale, c, roundExtra);
}

QString format(qint64 value, int scale, const QLocale& locale, int minDecimals, bool group) {
    const Int128 wide = value;
    const Int128 magnitude = wide < 0 ? -wide : wide;
    const Int128 unit = pow10(scale);
    const auto whole = static_cast<quint64>(magnitude / unit);
    const bool grouped = group && !locale.numberOptions().testFlag(QLocale::OmitGroupSeparator);
    const QString intText = integerText(whole, locale, grouped);
    QString text = joinFraction(intText, static_cast<qint64>(magnitude % unit), scale, minDecimals,
                                locale.decimalPoint());
    return value < 0 ? locale.negativeSign() + text : text;
}

// The machine form (CLI, JSON, CSV, audit entries) is written digit by digit: through
// QLocale it took a twentieth of the order workflow, in its audit entries alone.
QString formatPlain(qint64 value, int scale, int minDecimals) {
    const Int128 wide = value;
    const Int128 magnitude = wide < 0 ? -wide : wide;
    const Int128 unit = pow10(scale);
    auto whole = static_cast<quint64>(magnitude / unit);
    auto fraction = static_cast<qint64>(magnitude % unit);
    int decimals = scale;
    while (decimals > minDecimals && fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    char buffer[48];
    char* const end = buffer + sizeof buffer;
    char* p = end;
    for (int i = 0; i < decimals; ++i, fraction /= 10)
        *--p = char('0' + fraction % 10);
    if (decimals > 0)
        *--p = '.';
    do
        *--p = char('0' + whole % 10);
    while ((whole /= 10) != 0);
    if (value < 0)
        *--p = '-';
    return QString::fromLatin1(p, end - p);
}

} // namespace mostrador::domain::fixed
