// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fixed_decimal.h"

#include <QLocale>
#include <QString>
#include <compare>

namespace mostrador::domain {

class Percent;

// An ISO 4217 code with the number of decimals of its minor unit (EUR 2, JPY 0).
class Currency {
public:
    Currency() = default; // EUR
    // For codes already known to be valid (stored ones); user input goes through parse().
    static Currency fromCode(QStringView code);
    // Three ASCII letters, any case ("eur" is EUR); anything else is an Invalid error.
    static Result<Currency> parse(QStringView code);
    static bool isValidCode(QStringView code);

    QString code() const { return QString::fromLatin1(m_code, 3); }
    int decimals() const { return m_decimals; }
    QString symbol(const QLocale& locale) const;
    friend bool operator==(const Currency& a, const Currency& b) = default;

private:
    char m_code[3] = {'E', 'U', 'R'};
    qint8 m_decimals = 2;
};

// An amount in integer minor units of its currency (cents for EUR). Arithmetic is
// checked: overflow throws OverflowError, currencies never mix silently.
class Money {
public:
    Money() = default;
    static Money fromMinor(qint64 minor, Currency currency = {}) { return Money(minor, currency); }
    static Money zero(Currency currency = {}) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    // round(this × rate), half away from zero: used for tax on a net amount.
    Money times(Percent rate) const;

    friend bool operator==(const Money& a, const Money& b) = default;
    friend std::strong_ordering operator<=>(const Money& a, const Money& b) {
        return a.m_minor <=> b.m_minor;
    }

    // "1.234,56 €" in Spanish, "€1,234.56" in English.
    QString toString(const QLocale& locale) const;
    // The number alone, in the locale's way: "1.234,56".
    QString toNumberString(const QLocale& locale) const;
    // "1234.50": the machine form of the CLI, JSON and CSV.
    QString toPlainString() const;

    // Accepts the locale's number, optionally with the currency symbol or code.
    static Result<Money> parse(QStringView text, const QLocale& locale, Currency currency = {});
    static Result<Money> parsePlain(QStringView text, Currency currency = {});

private:
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency) {}
    void requireSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace mostrador::domain
