// SPDX-License-Identifier: MIT
#include "import_fixture.h"
#include "storage/price_list_repository.h"
#include "storage/settings_repository.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class CustomerImportTest : public test::ImportFixture {
protected:
    void SetUp() override {
        storage::SettingsRepository settings(*t.db);
        ASSERT_TRUE(settings.saveTerms({QStringLiteral("NET30"), QStringLiteral("Net 30"), {30}}));
    }

    Result<ImportReport> importCsv(const QByteArray& csv, bool dryRun = false,
                                   const ImportProgress& progress = {}) {
        return imports.importCustomers(admin, writeFile(csv), dryRun, progress);
    }

    qint64 customerCount() { return countOf(QStringLiteral("customers")); }
    qint64 auditCount() { return countOf(QStringLiteral("audit_log")); }
};

const QByteArray kBadRows = "code,name,email,credit_limit\n"
                            "A1,Alfa,alfa@example.com,100.00\n"
                            "B1,Beta,not-an-email,50\n"
                            "C1,,c@example.com,abc\n"
                            "D1,Delta,d@example.com,1.234\n";

} // namespace

TEST_F(CustomerImportTest, AGoodFileImportsEveryRowInAnyColumnOrder) {
    auto r = importCsv(" Credit_Limit ,NAME,code,tax_id,payment_terms,billing_address\n"
                       "1500.50,Alfa S.L.,alfa,b123,net30,\"Calle Mayor 1\n28001 Madrid\"\n"
                       ",Beta,,,,\n");
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(r->rows, 2);
    auto alfa = customers.get(admin, QStringLiteral("ALFA"));
    ASSERT_TRUE(alfa);
    EXPECT_EQ(alfa->name, QStringLiteral("Alfa S.L."));
    EXPECT_EQ(alfa->taxId, QStringLiteral("B123"));
    EXPECT_EQ(alfa->paymentTermsCode, QStringLiteral("NET30"));
    EXPECT_EQ(alfa->creditLimit, Money::fromMinor(150050));
    EXPECT_EQ(alfa->billingAddress, QStringLiteral("Calle Mayor 1\n28001 Madrid"));
    auto beta = customers.get(admin, QStringLiteral("C00001")); // numbered from the series
    ASSERT_TRUE(beta);
    EXPECT_EQ(beta->name, QStringLiteral("Beta"));
    EXPECT_FALSE(beta->creditLimit.has_value());
    auto audit = ctx.audit.list(QStringLiteral("customer"), QStringLiteral("in.csv"));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("customer.import"));
    EXPECT_TRUE(audit->first().after.contains(QStringLiteral("\"imported\":2")));
}

TEST_F(CustomerImportTest, EveryBadRowIsListedAndNothingIsImported) {
    const qint64 audits = auditCount();
    auto r = importCsv(kBadRows);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(r->rows, 4);
    ASSERT_EQ(r->errors.size(), 4) << test::describe(*r);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[0].column, QStringLiteral("email"));
    EXPECT_EQ(r->errors[1].line, 4); // both problems of line 4
    EXPECT_EQ(r->errors[1].column, QStringLiteral("credit_limit"));
    EXPECT_EQ(r->errors[2].line, 4);
    EXPECT_EQ(r->errors[2].column, QStringLiteral("name"));
    EXPECT_EQ(r->errors[3].line, 5);
    EXPECT_EQ(r->errors[3].column, QStringLiteral("credit_limit"));
    EXPECT_TRUE(r->errors[3].message.contains(QStringLiteral("1.234")));
    EXPECT_EQ(customerCount(), 0);
    EXPECT_EQ(auditCount(), audits);
}

TEST_F(CustomerImportTest, AMissingRequiredColumnIsAnErrorBeforeAnyRow) {
    auto r = importCsv("code,email\nA1,a@example.com\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(r.error().code, QStringLiteral("import.missing_column"));
    EXPECT_EQ(r.error().field, QStringLiteral("name"));
}

TEST_F(CustomerImportTest, AnUnknownColumnIsNamedWithTheKnownOnes) {
    auto r = importCsv("name,fax\nAlfa,1\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("import.unknown_column"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("fax")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("shipping_address")));
}

TEST_F(CustomerImportTest, ARepeatedColumnIsAnError) {
    auto r = importCsv("name,Name\nAlfa,Beta\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("import.duplicate_column"));
}

TEST_F(CustomerImportTest, DuplicateCodesAndTaxIdsInTheFileNameTheEarlierLine) {
    auto r = importCsv("code,name,tax_id\nA1,Alfa,X1\nB1,Beta,X2\na1,Alfa again,x2\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 2) << test::describe(*r);
    EXPECT_EQ(r->errors[0].line, 4);
    EXPECT_EQ(r->errors[0].column, QStringLiteral("code"));
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("line 2")));
    EXPECT_EQ(r->errors[1].column, QStringLiteral("tax_id"));
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("line 3")));
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CustomerImportTest, DuplicatesAgainstTheDatabaseAreListed) {
    Customer existing;
    existing.code = QStringLiteral("A1");
    existing.name = QStringLiteral("Alfa");
    existing.taxId = QStringLiteral("X1");
    ASSERT_TRUE(customers.create(admin, existing));
    auto r = importCsv("code,name,tax_id\nA1,Other,\nB1,Beta,x1\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 2) << test::describe(*r);
    EXPECT_EQ(r->errors[0].line, 2);
    EXPECT_EQ(r->errors[0].column, QStringLiteral("code"));
    EXPECT_EQ(r->errors[1].line, 3);
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("A1")));
    EXPECT_EQ(customerCount(), 1);
}

TEST_F(CustomerImportTest, UnknownPaymentTermsAndWrongFieldCountsAreRowErrors) {
    auto r = importCsv("name,payment_terms\nAlfa,NET99\nBeta\nGamma,NET30,extra\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 3) << test::describe(*r);
    EXPECT_EQ(r->errors[0].column, QStringLiteral("payment_terms"));
    EXPECT_EQ(r->errors[1].line, 3);
    EXPECT_TRUE(r->errors[1].column.isEmpty());
    EXPECT_EQ(r->errors[2].line, 4);
}

TEST_F(CustomerImportTest, AnUnknownPriceListIsARowError) {
    auto r = importCsv("name,price_list\nAlfa,NOSUCH\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 1) << test::describe(*r);
    EXPECT_EQ(r->errors[0].column, QStringLiteral("price_list"));
    EXPECT_EQ(r->errors[0].line, 2);
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CustomerImportTest, LineNumbersStayRightAfterAMultiLineRecord) {
    auto r = importCsv("name,billing_address,email\n"
                       "\"Alfa \"\"Quoted\"\"\",\"Line 1\nLine 2\nLine 3\",a@example.com\n"
                       "Beta,,bad\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors[0].line, 5);
}

TEST_F(CustomerImportTest, Latin1FileIsAnInvalidError) {
    auto r = importCsv("name\nAlfa\nMart\xEDn\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("line 3")));
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CustomerImportTest, EmptyAndHeaderOnlyFilesImportNothingWithoutErrors) {
    for (const QByteArray& csv : {QByteArray(), QByteArray("name,code\n")}) {
        auto r = importCsv(csv);
        ASSERT_TRUE(r) << r.error().message.toStdString();
        EXPECT_TRUE(r->ok());
        EXPECT_EQ(r->imported, 0);
    }
}

TEST_F(CustomerImportTest, ADryRunReportsErrorsAndWritesNothing) {
    auto bad = importCsv(kBadRows, true);
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->errors.size(), 4);
    const qint64 audits = auditCount();
    auto good = importCsv("name\nAlfa\nBeta\n", true);
    ASSERT_TRUE(good);
    EXPECT_TRUE(good->ok());
    EXPECT_EQ(good->rows, 2);
    EXPECT_EQ(good->imported, 0);
    EXPECT_EQ(customerCount(), 0);
    EXPECT_EQ(auditCount(), audits);
}

TEST_F(CustomerImportTest, CancellingThroughProgressWritesNothing) {
    QByteArray csv = "name\n";
    for (int i = 0; i < 1200; ++i)
        csv += "Customer " + QByteArray::number(i) + "\n";
    QList<int> seen;
    auto r = importCsv(csv, false, [&](int done, int total) {
        EXPECT_EQ(total, 1200);
        seen.append(done);
        return done < 1000;
    });
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->ok());
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(seen, (QList<int>{0, 500, 1000}));
    EXPECT_EQ(customerCount(), 0);
    EXPECT_EQ(auditCount(), 0);
    // The series was rolled back too: the next customer gets the first number.
    auto next = customers.create(admin, Customer{.name = QStringLiteral("After")});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->code, QStringLiteral("C00001"));
}

TEST_F(CustomerImportTest, ProgressReachesTheTotal) {
    int last = -1;
    auto r = importCsv("name\nAlfa\nBeta\n", false, [&](int done, int) {
        last = done;
        return true;
    });
    ASSERT_TRUE(r);
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(last, 2);
}

TEST_F(CustomerImportTest, AWarehouseUserMayNotImportCustomers) {
    auto r = imports.importCustomers(test::actorWithRole(Role::Warehouse),
                                     writeFile("name\nAlfa\n"), false);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    auto sales =
        imports.importCustomers(test::actorWithRole(Role::Sales), writeFile("name\nAlfa\n"), false);
    ASSERT_FALSE(sales); // sales may edit customers but not import
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CustomerImportTest, ImportedCustomersAreStoredAsTheServiceWouldStoreThem) {
    ASSERT_TRUE(storage::PriceListRepository(*t.db).insertList(
        {QStringLiteral("RETAIL"), QStringLiteral("Retail"), domain::Currency()}));
    Customer typed;
    typed.code = QStringLiteral(" alfa-1 ");
    typed.name = QStringLiteral("  Alfa  S.L. ");
    typed.taxId = QStringLiteral(" b-123 ");
    typed.email = QStringLiteral(" ana@alfa.es ");
    typed.phone = QStringLiteral("+34 600");
    typed.paymentTermsCode = QStringLiteral("net30");
    typed.priceListCode = QStringLiteral("retail");
    typed.creditLimit = Money::fromMinor(100000);
    auto viaService = customers.create(admin, typed);
    ASSERT_TRUE(viaService) << viaService.error().message.toStdString();

    auto r = importCsv("code,name,tax_id,email,phone,payment_terms,price_list,credit_limit\n"
                       "\" alfa-2 \",\"  Alfa  S.L. \",\" b-124 \",\" ana@alfa.es \",+34 600,"
                       "net30,retail,1000\n");
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    auto viaImport = customers.get(admin, QStringLiteral("ALFA-2"));
    ASSERT_TRUE(viaImport);
    Customer expected = *viaService;
    expected.id = viaImport->id;
    expected.code = QStringLiteral("ALFA-2");
    expected.taxId = QStringLiteral("B-124");
    EXPECT_EQ(*viaImport, expected);
}

TEST_F(CustomerImportTest, ASeriesNumberAlreadyTakenIsARowErrorAndNothingIsKept) {
    Customer taken;
    taken.code = QStringLiteral("C00002");
    taken.name = QStringLiteral("Taken by hand");
    ASSERT_TRUE(customers.create(admin, taken));
    auto r = importCsv("name\nAlfa\nBeta\nGamma\n");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->errors.size(), 1) << test::describe(*r);
    EXPECT_EQ(r->errors[0].line, 3); // Beta would get C00002
    EXPECT_EQ(r->errors[0].column, QStringLiteral("code"));
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("C00002")));
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(customerCount(), 1);
    auto next = customers.create(admin, Customer{.name = QStringLiteral("Next")});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->code, QStringLiteral("C00001")); // the series was not advanced
}

TEST_F(CustomerImportTest, ManyRowsAreAllWrittenAcrossBatches) {
    QByteArray csv = "name,tax_id\n";
    for (int i = 0; i < 345; ++i)
        csv += "Customer " + QByteArray::number(i) + ",T" + QByteArray::number(i) + "\n";
    auto r = importCsv(csv);
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 345);
    EXPECT_EQ(customerCount(), 345);
    auto last = customers.get(admin, QStringLiteral("C00345"));
    ASSERT_TRUE(last);
    EXPECT_EQ(last->taxId, QStringLiteral("T344"));
}
