// SPDX-License-Identifier: MIT
#include "reports/table_writer.h"
#include "services/csv_reader.h"
#include "support/test_db.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::reports;
using domain::Money;
using domain::Quantity;
using domain::UnitPrice;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TableData sample() {
    TableData t;
    t.columns = {{QStringLiteral("name")},
                 {QStringLiteral("amount"), ColumnKind::Money},
                 {QStringLiteral("price"), ColumnKind::UnitPrice},
                 {QStringLiteral("qty"), ColumnKind::Quantity},
                 {QStringLiteral("ok"), ColumnKind::Boolean}};
    t.rows = {
        {QStringLiteral("Plain"), Money::fromMinor(123450), UnitPrice::fromTenThousandths(125),
         Quantity::fromThousandths(2500), true},
        {QStringLiteral("Comma, \"quoted\" and\nnew line"), Money::fromMinor(-5),
         UnitPrice::fromTenThousandths(120000), Quantity::fromUnits(3), false},
        {QStringLiteral("  spaces kept  "), TableCell(), TableCell(), TableCell(), TableCell()},
        {QStringLiteral("Ñandú €"), Money::fromMinor(0), UnitPrice(), Quantity(), true}};
    return t;
}

} // namespace

TEST(TableWriter, CsvQuotesWhatNeedsItAndReadsBackTheSame) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(writeCsv(sample(), path));
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("name,amount,price,qty,ok\r\nPlain,1234.50,0.0125,2.5,true\r\n"))
        << bytes.toStdString();
    EXPECT_TRUE(bytes.contains("\"Comma, \"\"quoted\"\" and\nnew line\",-0.05,12.00,3,false\r\n"));
    auto records = services::readCsv(bytes);
    ASSERT_TRUE(records) << records.error().message.toStdString();
    ASSERT_EQ(records->size(), 5);
    EXPECT_EQ(records->at(2).fields.at(0), QStringLiteral("Comma, \"quoted\" and\nnew line"));
    EXPECT_EQ(records->at(3).fields,
              (QStringList{QStringLiteral("  spaces kept  "), {}, {}, {}, {}}));
    EXPECT_EQ(records->at(4).fields.at(0), QStringLiteral("Ñandú €"));
    EXPECT_EQ(records->at(4).line, 6); // after the two-line record
}

TEST(TableWriter, XlsxIsAZipWorkbook) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    ASSERT_TRUE(writeXlsx(sample(), path));
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("PK"));
    EXPECT_GT(bytes.size(), 1000);
    // Only the finished file is left behind, no partial one.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("t.xlsx")});
}

TEST(TableWriter, AnAbandonedExportLeavesTheEarlierFileAlone) {
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("t.csv"), QStringLiteral("t.xlsx")}) {
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        {
            auto writer = openTableWriter(path, sample().columns, {});
            ASSERT_TRUE(writer);
            ASSERT_TRUE((*writer)->writeRow(sample().rows.first()));
        } // dropped without finish()
        EXPECT_EQ(readAll(path), QByteArray("old"));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

TEST(TableWriter, AnUnknownExtensionIsInvalid) {
    QTemporaryDir dir;
    auto ok = writeTable(sample(), dir.filePath(QStringLiteral("t.pdf")));
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(ok.error().code, QStringLiteral("export.unknown_format"));
}
