// SPDX-License-Identifier: MIT
#include "domain/numbering.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

TEST(Numbering, FormatsYearAndPaddedCounter) {
    EXPECT_EQ(formatDocumentNumber(u"INV-{YYYY}-{#####}", 2026, 42),
              QStringLiteral("INV-2026-00042"));
    EXPECT_EQ(formatDocumentNumber(u"F{YY}/{###}", 2026, 7), QStringLiteral("F26/007"));
    EXPECT_EQ(formatDocumentNumber(u"C{###}", 2026, 12345), QStringLiteral("C12345"));
}

TEST(Numbering, FormatNeedsExactlyOneCounter) {
    EXPECT_TRUE(validateSeriesFormat(u"INV-{YYYY}-{#####}").has_value());
    EXPECT_FALSE(validateSeriesFormat(u"INV-{YYYY}").has_value());
    EXPECT_FALSE(validateSeriesFormat(u"{##}-{##}").has_value());
}

TEST(Numbering, YearlyResetFollowsTheFormat) {
    EXPECT_TRUE(seriesResetsYearly(u"INV-{YYYY}-{#####}"));
    EXPECT_FALSE(seriesResetsYearly(u"C{#####}"));
}
