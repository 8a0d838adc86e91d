// SPDX-License-Identifier: MIT
#include "domain/fixed_decimal.h"
#include "domain/money.h"
#include "domain/percent.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <gtest/gtest.h>
#include <limits>
#include <vector>

using namespace mostrador::domain;

namespace {
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
} // namespace

TEST(Money, ParsesSpanishAndEnglishFormats) {
    EXPECT_EQ(Money::parse(u"1.234,56", kSpanish)->minor(), 123456);
    EXPECT_EQ(Money::parse(u"1234,5", kSpanish)->minor(), 123450);
    EXPECT_EQ(Money::parse(u"1.234,56 €", kSpanish)->minor(), 123456);
    EXPECT_EQ(Money::parse(u"1,234.56", kEnglish)->minor(), 123456);
    EXPECT_EQ(Money::parse(u"€1,234.56", kEnglish)->minor(), 123456);
    EXPECT_EQ(Money::parse(u"-0.05", kEnglish)->minor(), -5);
    EXPECT_EQ(Money::parse(u",5", kSpanish)->minor(), 50);
}

TEST(Money, RefusesMalformedInput) {
    for (const char16_t* bad : {u"", u"abc", u"1,2,3", u"1.234,567", u"12,", u"1..2", u",1.5"})
        EXPECT_FALSE(Money::parse(bad, kSpanish).has_value())
            << QString::fromUtf16(bad).toStdString();
    EXPECT_EQ(Money::parse(u"1.234,567", kSpanish).error().code,
              QStringLiteral("number.too_many_decimals"));
    EXPECT_FALSE(Money::parse(u"99999999999999999999", kEnglish).has_value());
}

TEST(Money, FormatsInTheLocaleWay) {
    const Money m = Money::fromMinor(123456);
    // Spanish (CLDR) groups from five integer digits on.
    EXPECT_EQ(m.toString(kSpanish), QStringLiteral("1234,56\u00a0€"));
    EXPECT_EQ(Money::fromMinor(1234567).toString(kSpanish), QStringLiteral("12.345,67\u00a0€"));
    EXPECT_EQ(Money::fromMinor(-1234567).toString(kSpanish), QStringLiteral("-12.345,67\u00a0€"));
    EXPECT_EQ(m.toString(kEnglish), QStringLiteral("€1,234.56"));
    EXPECT_EQ(Money::fromMinor(-5).toString(kEnglish), QStringLiteral("-€0.05"));
    EXPECT_EQ(m.toPlainString(), QStringLiteral("1234.56"));
    EXPECT_EQ(Money::fromMinor(-100).toPlainString(), QStringLiteral("-1.00"));
}

TEST(Money, LargeAmountsAreGroupedEveryThreeDigits) {
    // Qt 6.4 left the top group whole in Spanish ("2644.813,81").
    EXPECT_EQ(Money::fromMinor(264481381).toString(kSpanish),
              QStringLiteral("2.644.813,81\u00a0€"));
    EXPECT_EQ(Money::fromMinor(123456789012).toString(kSpanish),
              QStringLiteral("1.234.567.890,12\u00a0€"));
    EXPECT_EQ(Money::fromMinor(264481381).toString(kEnglish), QStringLiteral("€2,644,813.81"));
    const QLocale indian(QLocale::English, QLocale::India);
    EXPECT_EQ(Money::fromMinor(264481381).toNumberString(indian), QStringLiteral("26,44,813.81"));
    EXPECT_EQ(Money::fromMinor(123456).toNumberString(QLocale(QLocale::German)),
              QStringLiteral("1.234,56"));
    // A round trip through the parser keeps the amount.
    EXPECT_EQ(Money::parse(Money::fromMinor(264481381).toString(kSpanish), kSpanish)->minor(),
              264481381);
}

TEST(Money, PlainFormRoundTrips) {
    for (qint64 v : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL, -987654321LL})
        EXPECT_EQ(Money::parsePlain(Money::fromMinor(v).toPlainString())->minor(), v);
    EXPECT_FALSE(Money::parsePlain(u"1,50").has_value());
}

TEST(Money, ArithmeticIsCheckedNotWrapped) {
    const Money max = Money::fromMinor(std::numeric_limits<qint64>::max());
    EXPECT_THROW((void)(max + Money::fromMinor(1)), OverflowError);
    EXPECT_THROW((void)(-Money::fromMinor(std::numeric_limits<qint64>::min())), OverflowError);
    EXPECT_THROW((void)(Money::fromMinor(1) + Money::fromMinor(1, Currency::fromCode(u"USD"))),
                 OverflowError);
    EXPECT_EQ((Money::fromMinor(250) - Money::fromMinor(300)).minor(), -50);
}

TEST(Money, TaxRoundsHalfAwayFromZero) {
    // 0.10 × 25 % = 0.025 → 0.03; -0.10 × 25 % → -0.03
    EXPECT_EQ(Money::fromMinor(10).times(Percent::fromWhole(25)).minor(), 3);
    EXPECT_EQ(Money::fromMinor(-10).times(Percent::fromWhole(25)).minor(), -3);
    EXPECT_EQ(Money::fromMinor(1999).times(Percent::fromWhole(21)).minor(), 420); // 419.79
}

TEST(UnitPrice, AmountForQuantityRounds) {
    // 3 × 0.0125 = 0.0375 → 0.04
    EXPECT_EQ(UnitPrice::fromTenThousandths(125).amountFor(Quantity::fromUnits(3)).minor(), 4);
    // 2.5 × 19.99 = 49.975 → 49.98
    EXPECT_EQ(
        UnitPrice::fromTenThousandths(199900).amountFor(Quantity::fromThousandths(2500)).minor(),
        4998);
    EXPECT_EQ(
        UnitPrice::fromTenThousandths(199900).amountFor(Quantity::fromThousandths(-2500)).minor(),
        -4998);
    // Yen has no minor unit: 3 × 33.3333 = 99.9999 → 100
    EXPECT_EQ(UnitPrice::fromTenThousandths(333333)
                  .amountFor(Quantity::fromUnits(3), Currency::fromCode(u"JPY"))
                  .minor(),
              100);
}

TEST(UnitPrice, ParsesAndShowsUpToFourDecimals) {
    EXPECT_EQ(UnitPrice::parse(u"0,0125", kSpanish)->tenThousandths(), 125);
    EXPECT_EQ(UnitPrice::parsePlain(u"12.5")->tenThousandths(), 125000);
    EXPECT_EQ(UnitPrice::fromTenThousandths(125000).toString(kSpanish), QStringLiteral("12,50"));
    EXPECT_EQ(UnitPrice::fromTenThousandths(125).toString(kEnglish), QStringLiteral("0.0125"));
    EXPECT_FALSE(UnitPrice::parsePlain(u"1.00001").has_value());
}

TEST(Quantity, ParsesAndFormats) {
    EXPECT_EQ(Quantity::parse(u"2,5", kSpanish)->thousandths(), 2500);
    EXPECT_EQ(Quantity::parse(u"1.000", kSpanish)->thousandths(), 1000000);
    EXPECT_EQ(Quantity::parse(u"1,000", kEnglish)->thousandths(), 1000000);
    EXPECT_EQ(Quantity::fromThousandths(2500).toString(kSpanish), QStringLiteral("2,5"));
    EXPECT_EQ(Quantity::fromThousandths(1234500).toString(kEnglish), QStringLiteral("1,234.5"));
    EXPECT_EQ(Quantity::fromThousandths(-3000).toPlainString(), QStringLiteral("-3"));
}

TEST(Percent, ParsesWithOptionalSign) {
    EXPECT_EQ(Percent::parse(u"21 %", kSpanish)->basisPoints(), 2100);
    EXPECT_EQ(Percent::parse(u"10,5%", kSpanish)->basisPoints(), 1050);
    EXPECT_EQ(Percent::parsePlain(u"12.25")->basisPoints(), 1225);
    EXPECT_EQ(Percent::fromBasisPoints(1050).toString(kEnglish), QStringLiteral("10.5"));
}

TEST(Currency, ParsesThreeLetterCodesOnly) {
    EXPECT_EQ(Currency::parse(u"usd")->code(), QStringLiteral("USD"));
    EXPECT_EQ(Currency::parse(u" JPY ")->decimals(), 0);
    for (const char16_t* bad : {u"", u"EU", u"EURO", u"E1R", u"€"})
        EXPECT_FALSE(Currency::parse(bad).has_value()) << QString::fromUtf16(bad).toStdString();
}

TEST(FixedDecimal, ThePlainFormIsTheCLocaleFormWithoutGroups) {
    // formatPlain writes digits by hand; the locale formatter is the reference.
    std::vector<qint64> values = {0,
                                  1,
                                  -1,
                                  5,
                                  -5,
                                  10,
                                  100,
                                  1000,
                                  123456789,
                                  -123456789,
                                  10000000,
                                  -10000000,
                                  1234500000,
                                  -999999999,
                                  7,
                                  std::numeric_limits<qint64>::max(),
                                  std::numeric_limits<qint64>::min()};
    quint64 seed = 88172645463325252ULL;
    for (int i = 0; i < 2000; ++i) { // xorshift: spread over every magnitude
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        values.push_back(qint64(seed) >> (seed % 63));
    }
    for (qint64 v : values)
        for (int scale = 0; scale <= 4; ++scale)
            for (int minDecimals = 0; minDecimals <= scale; ++minDecimals)
                ASSERT_EQ(fixed::formatPlain(v, scale, minDecimals),
                          fixed::format(v, scale, QLocale::c(), minDecimals, false))
                    << v << " scale " << scale << " min " << minDecimals;
}
