// SPDX-License-Identifier: MIT
#include "reports/list_export.h"
#include "services/services.h"
#include "storage/settings_repository.h"
#include "support/test_db.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;

namespace {

class ListExportTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<services::Services> source = openAt(QStringLiteral("source.db"));
    std::unique_ptr<services::Services> target = openAt(QStringLiteral("target.db"));
    Actor admin = test::admin();

    std::unique_ptr<services::Services> openAt(const QString& name) {
        auto s = services::Services::open(dir.filePath(name));
        if (!s) {
            ADD_FAILURE() << s.error().message.toStdString();
            return nullptr;
        }
        storage::SettingsRepository settings((*s)->database());
        if (!settings.saveTerms({QStringLiteral("NET30"), QStringLiteral("Net 30"), {30}}))
            ADD_FAILURE() << "cannot save terms";
        return std::move(*s);
    }

    Customer customer(int i) {
        Customer c;
        c.code = QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Cliente, \"%1\" Ñ").arg(i);
        c.taxId = QStringLiteral("B%1").arg(i);
        c.email = QStringLiteral("c%1@example.com").arg(i);
        c.phone = QStringLiteral("+34 600 %1").arg(i);
        if (i % 2)
            c.creditLimit = Money::fromMinor(i * 1001);
        c.paymentTermsCode = i % 3 ? QStringLiteral("NET30") : QString();
        c.billingAddress = QStringLiteral("Calle %1\n28001 Madrid").arg(i);
        c.shippingAddress = i % 4 ? QString() : QStringLiteral("Muelle %1").arg(i);
        return c;
    }
};

} // namespace

TEST_F(ListExportTest, CustomersExportedToCsvImportIntoAFreshDatabaseUnchanged) {
    ASSERT_TRUE(source && target);
    const int count = 1203; // more than one page
    for (int i = 1; i <= count; ++i)
        ASSERT_TRUE(source->customers().create(admin, customer(i)));
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    auto written = reports::exportCustomers(*source, admin, path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, count);

    auto imported = target->imports().importCustomers(admin, path, false);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(imported->ok()) << imported->errors.value(0).message.toStdString();
    EXPECT_EQ(imported->imported, count);
    for (int i : {1, 2, 3, 4, 600, count}) {
        auto before = source->customers().get(admin, customer(i).code);
        auto after = target->customers().get(admin, customer(i).code);
        ASSERT_TRUE(before && after);
        Customer expected = *before;
        expected.id = after->id; // ids are the target database's own
        EXPECT_EQ(*after, expected) << i;
    }
}

TEST_F(ListExportTest, CustomersExportToXlsx) {
    ASSERT_TRUE(source);
    ASSERT_TRUE(source->customers().create(admin, customer(1)));
    const QString path = dir.filePath(QStringLiteral("customers.xlsx"));
    auto written = reports::exportCustomers(*source, admin, path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK");
}

TEST_F(ListExportTest, AnotherExtensionIsRefusedAndWritesNothing) {
    ASSERT_TRUE(source);
    const QString path = dir.filePath(QStringLiteral("customers.txt"));
    auto written = reports::exportCustomers(*source, admin, path);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ListExportTest, AGivenTableIsExportedWithItsRowCount) {
    reports::TableData table;
    table.columns = {{QStringLiteral("Name")},
                     {QStringLiteral("Total"), reports::ColumnKind::Money}};
    table.rows = {{QStringLiteral("a"), Money::fromMinor(100)}, {QStringLiteral("b"), Money()}};
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    auto written = reports::exportTable(table, admin, path);
    ASSERT_TRUE(written);
    EXPECT_EQ(*written, 2);
}
