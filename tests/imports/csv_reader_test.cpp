// SPDX-License-Identifier: MIT
#include "services/csv_reader.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::services;

TEST(CsvReader, ReportsTheLineWhereEachRecordStarts) {
    const QByteArray csv = "name,billing_address\r\n"
                           "\"Alfa, S.L.\",\"Calle Mayor 1\r\n28001 Madrid\r\nEspaña\"\r\n"
                           "\r\n"
                           "\"Beta \"\"the best\"\"\",x\r\n"
                           "Gamma,y";
    auto records = readCsv(csv);
    ASSERT_TRUE(records) << records.error().message.toStdString();
    ASSERT_EQ(records->size(), 4);
    EXPECT_EQ(records->at(0).line, 1);
    EXPECT_EQ(records->at(1).line, 2);
    EXPECT_EQ(records->at(1).fields.at(0), QStringLiteral("Alfa, S.L."));
    EXPECT_EQ(records->at(1).fields.at(1),
              QStringLiteral("Calle Mayor 1\r\n28001 Madrid\r\nEspaña"));
    EXPECT_EQ(records->at(2).line, 6); // after the three-line record and a blank line
    EXPECT_EQ(records->at(2).fields.at(0), QStringLiteral("Beta \"the best\""));
    EXPECT_EQ(records->at(3).line, 7);
    EXPECT_EQ(records->at(3).fields.at(1), QStringLiteral("y"));
}

TEST(CsvReader, StripsTheByteOrderMark) {
    auto records = readCsv("\xEF\xBB\xBFname\nÁlvaro\n");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(0).fields, QStringList{QStringLiteral("name")});
    EXPECT_EQ(records->at(1).fields, QStringList{QStringLiteral("Álvaro")});
}

TEST(CsvReader, Latin1BytesAreRefusedNamingTheFirstBadLine) {
    auto records = readCsv("name\nAlfa\nMart\xEDn\nN\xFA\xF1\x65z\n");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, QStringLiteral("import.not_utf8"));
    EXPECT_EQ(records.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(records.error().message.contains(QStringLiteral("line 3")))
        << records.error().message.toStdString();
}

TEST(CsvReader, AnUnclosedQuoteIsAnError) {
    auto records = readCsv("name,phone\n\"Alfa,1\nBeta,2\n");
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().code, QStringLiteral("import.malformed_csv"));
}

TEST(CsvReader, AnEmptyFileHasNoRecords) {
    auto records = readCsv(QByteArray());
    ASSERT_TRUE(records);
    EXPECT_TRUE(records->isEmpty());
}
