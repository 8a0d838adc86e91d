// SPDX-License-Identifier: MIT
#include "app/dialogs/export_table.h"
#include "app/record_views.h"
#include "dialog_test_support.h"

#include <QFile>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ExportTableTest : public test::DialogTest {};

} // namespace

// More rows than one page of the lazy model, filtered: every matching row is written,
// amounts exactly in the machine form, nothing that the filter leaves out.
TEST_F(ExportTableTest, WritesEveryFilteredRowOfTheLazyListWithExactAmounts) {
    const int pages = 2;
    const int matching = PagedTableModel::kPageSize * pages + 7;
    for (int i = 0; i < matching + 5; ++i) {
        Customer c;
        c.name = (i < matching ? QStringLiteral("Alfa %1") : QStringLiteral("Beta %1")).arg(i);
        c.creditLimit = Money::fromMinor(100000 + i); // 1000.00 + i cents
        ASSERT_TRUE(s->customers().create(admin, c));
    }
    CustomersView view(*s, admin);
    view.model()->setFilter(QStringLiteral("alfa"));
    ASSERT_EQ(view.model()->rowCount(), matching);

    const QString path = dir.filePath(QStringLiteral("out.csv"));
    auto written = writeModel(*view.model(), path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, matching);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), matching + 1); // header first
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Credit limit")) ||
                lines[0].contains(QStringLiteral("Límite")));
    EXPECT_FALSE(QStringList(lines).filter(QStringLiteral("Beta")).size());
    EXPECT_EQ(lines.filter(QStringLiteral(",1000.00,")).size(), 1);
    EXPECT_EQ(lines.filter(QStringLiteral(",1004.06,")).size(), 1); // i = 406, on page 3

    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    written = writeModel(*view.model(), xlsx);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_EQ(book.read(2), QByteArray("PK")); // a zip container
}

TEST_F(ExportTableTest, UnknownExtensionIsRefused) {
    CustomersView view(*s, admin);
    auto written = writeModel(*view.model(), dir.filePath(QStringLiteral("out.txt")));
    EXPECT_FALSE(written);
}
