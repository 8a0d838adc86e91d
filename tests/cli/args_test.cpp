// SPDX-License-Identifier: MIT
#include "cli/args.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::cli;

namespace {

const ArgsSpec kSpec{{valueOption(QStringLiteral("qty"), QStringLiteral("Q"), true),
                      valueOption(QStringLiteral("name"), QStringLiteral("N")),
                      flagOption(QStringLiteral("dry-run"))},
                     0,
                     1};

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

TEST(ArgsTest, ANegativeNumberIsTheOptionsValue) {
    auto args = parseArgs(words("--qty -5"), kSpec);
    ASSERT_TRUE(args);
    EXPECT_EQ(args->value(QStringLiteral("qty")), QStringLiteral("-5"));
}

TEST(ArgsTest, ANegativeNumberAloneIsPositional) {
    auto args = parseArgs(words("--qty 1 -2.5"), kSpec);
    ASSERT_TRUE(args);
    EXPECT_EQ(args->positionals(), QStringList{QStringLiteral("-2.5")});
}

TEST(ArgsTest, EqualsFormAndFlags) {
    auto args = parseArgs(words("--qty=-0.5 --dry-run"), kSpec);
    ASSERT_TRUE(args);
    EXPECT_EQ(args->value(QStringLiteral("qty")), QStringLiteral("-0.5"));
    EXPECT_TRUE(args->has(QStringLiteral("dry-run")));
    EXPECT_FALSE(args->has(QStringLiteral("name")));
}

TEST(ArgsTest, DoubleDashEndsOptions) {
    auto args = parseArgs(words("--qty 1 -- --name"), kSpec);
    ASSERT_TRUE(args);
    EXPECT_EQ(args->positional(0), QStringLiteral("--name"));
}

TEST(ArgsTest, UsageErrorsAreInvalidAndNameTheOption) {
    struct Case {
        const char* args;
        const char* code;
    };
    for (const Case& c :
         {Case{"--qty", "usage.missing_value"}, Case{"--name x", "usage.missing_option"},
          Case{"--qty 1 --color red", "usage.unknown_option"},
          Case{"--qty 1 -x", "usage.unknown_option"}, Case{"--qty 1 a b", "usage.extra_argument"},
          Case{"--qty 1 --dry-run=yes", "usage.unexpected_value"}}) {
        auto args = parseArgs(words(c.args), kSpec);
        ASSERT_FALSE(args) << c.args;
        EXPECT_EQ(args.error().kind, ErrorKind::Invalid) << c.args;
        EXPECT_EQ(args.error().code, QString::fromUtf8(c.code)) << c.args;
    }
}
