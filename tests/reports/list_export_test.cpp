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

TEST_F(ListExportTest, ProductsExportedToCsvImportIntoAFreshDatabaseWithTheirStock) {
    ASSERT_TRUE(source && target);
    for (auto* s : {source.get(), target.get()}) {
        storage::SettingsRepository settings(s->database());
        ASSERT_TRUE(settings.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
    }
    Product screw;
    screw.sku = QStringLiteral("TOR-M6");
    screw.name = QStringLiteral("Tornillo \"M6\", caja");
    screw.unit = QStringLiteral("caja");
    screw.listPrice = UnitPrice::fromTenThousandths(125);
    screw.standardCost = UnitPrice::fromTenThousandths(90);
    screw.taxCode = QStringLiteral("IVA21");
    screw.weightKg = Quantity::fromThousandths(1250);
    screw.category = QStringLiteral("Tornillería");
    Product service;
    service.sku = QStringLiteral("SRV");
    service.name = QStringLiteral("Montaje");
    service.listPrice = UnitPrice::fromTenThousandths(450000);
    service.tracked = false;
    ASSERT_TRUE(source->products().create(admin, screw, Quantity::fromThousandths(12500)));
    ASSERT_TRUE(source->products().create(admin, service));

    const QString path = dir.filePath(QStringLiteral("products.csv"));
    auto written = reports::exportProducts(*source, admin, path);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, 2);
    auto imported = target->imports().importProducts(admin, path, false);
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(imported->ok()) << imported->errors.value(0).message.toStdString();
    for (const QString& sku : {screw.sku, service.sku}) {
        auto before = source->products().get(admin, sku);
        auto after = target->products().get(admin, sku);
        ASSERT_TRUE(before && after);
        Product expected = *before;
        expected.id = after->id;
        EXPECT_EQ(*after, expected);
    }
    auto level = target->products().stockLevel(admin, screw.sku);
    ASSERT_TRUE(level);
    EXPECT_EQ(level->onHand, Quantity::fromThousandths(12500));
}
