// SPDX-License-Identifier: MIT
// mostrador-cli import and export, in-process.
#include "cli_fixture.h"

#include <QFile>

using namespace mostrador::test;

namespace {

class CliTransferTest : public CliTest {
protected:
    void SetUp() override { init(); }
};

} // namespace

TEST_F(CliTransferTest, ImportWithABadRowAnswersOneAndImportsNothing) {
    const QString file = writeFile(QStringLiteral("customers.csv"),
                                   "code,name,credit_limit\nA1,Alfa,100\nB2,,lots\nC3,Gamma,5\n");
    CliRun r = json({QStringLiteral("import"), QStringLiteral("customers"), file});
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_EQ(r.object()[QStringLiteral("imported")].toInt(), 0);
    const QJsonArray errors = r.object()[QStringLiteral("errors")].toArray();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors[0][QStringLiteral("line")].toInt(), 3);
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CliTransferTest, ImportOfAGoodFileAndItsDryRun) {
    const QString file = writeFile(QStringLiteral("products.csv"),
                                   "sku,name,price,stock\nP1,Uno,1.50,4\nP2,Dos,2,0\n");
    CliRun dry = json(
        {QStringLiteral("import"), QStringLiteral("products"), file, QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.status, 0) << dry.out.toStdString();
    EXPECT_EQ(productCount(), 0);
    CliRun real = json({QStringLiteral("import"), QStringLiteral("products"), file});
    EXPECT_EQ(real.status, 0);
    EXPECT_EQ(real.object()[QStringLiteral("imported")].toInt(), 2);
    EXPECT_EQ(productCount(), 2);
    EXPECT_EQ(onHand(QStringLiteral("P1")), QStringLiteral("4"));
}

TEST_F(CliTransferTest, UnusableImportFileIsInvalidInput) {
    const QString file = writeFile(QStringLiteral("nonsense.csv"), "colour,size\nred,big\n");
    EXPECT_EQ(json({QStringLiteral("import"), QStringLiteral("customers"), file}).status, 2);
    EXPECT_EQ(json({QStringLiteral("import"), QStringLiteral("customers"),
                    dir.filePath(QStringLiteral("missing.csv"))})
                  .status,
              2);
}

TEST_F(CliTransferTest, ExportedCustomersImportAgain) {
    addCustomer(QStringLiteral("Alfa"), QStringLiteral("A1"));
    addCustomer(QStringLiteral("Beta"), QStringLiteral("B2"));
    const QString file = dir.filePath(QStringLiteral("customers.csv"));
    CliRun exported = json({QStringLiteral("export"), QStringLiteral("customers"), file});
    ASSERT_EQ(exported.status, 0) << exported.out.toStdString();
    EXPECT_EQ(exported.object()[QStringLiteral("exported")].toInt(), 2);
    EXPECT_EQ(exported.object()[QStringLiteral("file")].toString(), file);

    db = dir.filePath(QStringLiteral("other.db"));
    init();
    CliRun imported = json({QStringLiteral("import"), QStringLiteral("customers"), file});
    EXPECT_EQ(imported.status, 0) << imported.out.toStdString();
    EXPECT_EQ(customerCount(), 2);
}

TEST_F(CliTransferTest, ProductsExportToXlsx) {
    addProduct(QStringLiteral("P1"), QStringLiteral("3"));
    const QString file = dir.filePath(QStringLiteral("products.xlsx"));
    CliRun exported = json({QStringLiteral("export"), QStringLiteral("products"), file});
    ASSERT_EQ(exported.status, 0) << exported.out.toStdString();
    EXPECT_EQ(exported.object()[QStringLiteral("exported")].toInt(), 1);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK"); // a zip container
}

TEST_F(CliTransferTest, UnknownExportFormatIsInvalidInput) {
    CliRun r = json({QStringLiteral("export"), QStringLiteral("customers"),
                     dir.filePath(QStringLiteral("customers.pdf"))});
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("customers.pdf"))));
}
