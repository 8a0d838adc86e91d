// SPDX-License-Identifier: MIT
#include "domain/iso_date.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;
using namespace Qt::StringLiterals;

TEST(IsoDate, FormatsEveryDayLikeQt) {
    for (QDate d(1600, 1, 1); d <= QDate(2400, 12, 31); d = d.addDays(1))
        ASSERT_EQ(isoDate(d), d.toString(Qt::ISODate)) << d.toJulianDay();
}

TEST(IsoDate, FormatsEdgeYearsAndInvalidLikeQt) {
    for (QDate d :
         {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-5, 3, 1), QDate()})
        EXPECT_EQ(isoDate(d), d.toString(Qt::ISODate));
    EXPECT_TRUE(isoDate(QDate()).isEmpty());
}

TEST(IsoDate, ParsesEveryDayLikeQt) {
    for (QDate d(1600, 1, 1); d <= QDate(2400, 12, 31); d = d.addDays(1))
        ASSERT_EQ(parseIsoDate(d.toString(Qt::ISODate)), d) << d.toJulianDay();
}

TEST(IsoDate, ParsesMalformedTextsLikeQt) {
    const QStringList texts = {
        u""_s,           u"2026-02-30"_s, u"2026-13-01"_s, u"2026-00-10"_s, u"2026-11-00"_s,
        u"2026/11/28"_s, u"2026-1-01"_s,  u"abcd-ef-gh"_s, u"0000-01-01"_s, u"2026-11-28T10:00"_s,
        u" 2026-11-2"_s, u"2024-02-29"_s, u"2023-02-29"_s, u"20261128"_s};
    for (const QString& text : texts)
        EXPECT_EQ(parseIsoDate(text), QDate::fromString(text, Qt::ISODate)) << qPrintable(text);
}
