// SPDX-License-Identifier: MIT
#include "domain/money.h"

#include "domain/percent.h"

namespace mostrador::domain {
namespace {

int decimalsOf(QStringView code) {
    static const char16_t* const zero[] = {u"JPY", u"KRW", u"CLP", u"ISK", u"VND", u"PYG"};
    static const char16_t* const three[] = {u"KWD", u"BHD", u"OMR", u"JOD", u"TND"};
    for (const char16_t* c : zero)
        if (code == QStringView(c))
            return 0;
    for (const char16_t* c : three)
        if (code == QStringView(c))
            return 3;
    return 2;
}

QString stripCurrency(QStringView text, const QString& symbol, const QString& code) {
    QString s = text.toString();
    if (!symbol.isEmpty())
        s.remove(symbol);
    s.remove(code, Qt::CaseInsensitive);
    return s.trimmed();
}

} // namespace

Currency Currency::fromCode(QStringView code) {
    Currency c;
    const QString upper = code.trimmed().toString().toUpper();
    for (int i = 0; i < 3; ++i)
        c.m_code[i] = i < upper.size() ? static_cast<char>(upper[i].toLatin1()) : ' ';
    c.m_decimals = static_cast<qint8>(decimalsOf(upper));
    return c;
}

bool Currency::isValidCode(QStringView code) {
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    return true;
}

Result<Currency> Currency::parse(QStringView code) {
    const QStringView trimmed = code.trimmed();
    if (!isValidCode(trimmed))
        return fail(Error::invalid(
            QStringLiteral("currency.invalid"),
            trMsg("Currency “%1”: give a three-letter ISO code such as EUR").arg(code.toString()),
            QStringLiteral("currency")));
    return fromCode(trimmed);
}

QString Currency::symbol(const QLocale& locale) const {
    // QLocale knows the symbol of its own currency only; use it when the codes match.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> known = {
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
    };
    return known.value(code(), code());
}

void Money::requireSameCurrency(const Money& other) const {
    if (!(m_currency == other.m_currency))
        throw OverflowError("money of different currencies mixed");
}

Money Money::operator+(Money other) const {
    requireSameCurrency(other);
    return Money(fixed::checkedAdd(m_minor, other.m_minor), m_currency);
}

Money Money::operator-(Money other) const {
    requireSameCurrency(other);
    return Money(fixed::checkedSub(m_minor, other.m_minor), m_currency);
}

Money Money::operator-() const {
    return Money(fixed::checkedSub(0, m_minor), m_currency);
}

Money Money::times(Percent rate) const {
    return Money(fixed::divideRounded(Int128(m_minor) * rate.basisPoints(), 10000), m_currency);
}

QString Money::toNumberString(const QLocale& locale) const {
    const int d = m_currency.decimals();
    return fixed::format(m_minor, d, locale, d);
}

QString Money::toString(const QLocale& locale) const {
    // The locale places the symbol (an integer template tells where); a negative amount
    // gets a plain leading minus, never the accounting parentheses of some locales.
    const QString pattern = locale.toCurrencyString(qlonglong(7), m_currency.symbol(locale));
    const int d = m_currency.decimals();
    const qint64 magnitude = m_minor < 0 ? fixed::checkedSub(0, m_minor) : m_minor;
    QString out = pattern;
    out.replace(QLatin1Char('7'), fixed::format(magnitude, d, locale, d));
    return m_minor < 0 ? locale.negativeSign() + out : out;
}

QString Money::toPlainString() const {
    const int d = m_currency.decimals();
    return fixed::formatPlain(m_minor, d, d);
}

Result<Money> Money::parse(QStringView text, const QLocale& locale, Currency currency) {
    const QString s = stripCurrency(text, currency.symbol(locale), currency.code());
    auto v = fixed::parse(s, currency.decimals(), locale);
    if (!v)
        return fail(v.error());
    return Money(*v, currency);
}

Result<Money> Money::parsePlain(QStringView text, Currency currency) {
    auto v = fixed::parsePlain(text, currency.decimals());
    if (!v)
        return fail(v.error());
    return Money(*v, currency);
}

} // namespace mostrador::domain
