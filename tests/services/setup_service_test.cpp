// SPDX-License-Identifier: MIT
#include "services/customer_service.h"
#include "services/product_service.h"
#include "services/settings_service.h"
#include "services/setup_service.h"
#include "services/user_service.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

const QString kPassword = QStringLiteral("admin-password");

class SetupServiceTest : public ::testing::Test {
protected:
    CompanyProfile company(const QString& currency = QStringLiteral("EUR")) {
        CompanyProfile c;
        c.name = QStringLiteral("Suministros Mostrador S.L.");
        c.currency = Currency::fromCode(currency);
        return c;
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    Actor initialized() {
        auto admin = setup.initialize(company(), QStringLiteral("admin"), kPassword);
        EXPECT_TRUE(admin) << (admin ? "" : admin.error().message.toStdString());
        return admin.value_or(Actor{});
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    CustomerService customers{ctx};
    ProductService products{ctx};
    SettingsService settings{ctx};
    UserService users{ctx};
    SetupService setup{ctx};
};

} // namespace

TEST_F(SetupServiceTest, InitializeWritesCompanyAdminAndDefaults) {
    EXPECT_FALSE(*setup.isInitialized());
    auto admin =
        setup.initialize(company(QStringLiteral("USD")), QStringLiteral("admin"), kPassword);
    ASSERT_TRUE(admin) << admin.error().message.toStdString();
    EXPECT_TRUE(*setup.isInitialized());
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_GT(admin->userId, 0);
    EXPECT_EQ(ctx.currency.code(), QStringLiteral("USD"));
    EXPECT_EQ(users.login(QStringLiteral("admin"), kPassword)->userId, admin->userId);

    const auto rates = settings.taxRates();
    ASSERT_TRUE(rates);
    QStringList codes;
    for (const TaxRate& r : *rates)
        codes.append(r.code + u'=' + r.rate.toPlainString());
    EXPECT_EQ(codes, (QStringList{QStringLiteral("IVA21=21"), QStringLiteral("IVA10=10"),
                                  QStringLiteral("IVA4=4"), QStringLiteral("EXEMPT=0")}));
    const auto allTerms = settings.paymentTerms();
    ASSERT_TRUE(allTerms);
    QStringList terms;
    for (const PaymentTerms& p : *allTerms)
        terms.append(p.code + u'=' + formatTermDays(p.days));
    EXPECT_EQ(terms,
              (QStringList{QStringLiteral("30-60-90=30,60,90"), QStringLiteral("IMMEDIATE=0"),
                           QStringLiteral("NET30=30"), QStringLiteral("NET60=60")}));
    EXPECT_EQ(*settings.value(QStringLiteral("product.default_tax")), QStringLiteral("IVA21"));
    EXPECT_EQ(*settings.value(QStringLiteral("customer.default_terms")), QStringLiteral("NET30"));
    EXPECT_EQ(ctx.audit.list(QStringLiteral("company"), {})->size(), 1);
}

TEST_F(SetupServiceTest, InitializingTwiceIsRefusedAndChangesNothing) {
    initialized();
    const qint64 audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    CompanyProfile other = company();
    other.name = QStringLiteral("Otra");
    auto again = setup.initialize(other, QStringLiteral("root"), kPassword);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Rule);
    EXPECT_EQ(again.error().code, QStringLiteral("setup.already_initialized"));
    EXPECT_EQ(settings.company()->name, QStringLiteral("Suministros Mostrador S.L."));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM users")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

TEST_F(SetupServiceTest, AShortAdminPasswordLeavesTheDatabaseEmpty) {
    auto r = setup.initialize(company(), QStringLiteral("admin"), QStringLiteral("short"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("password"));
    EXPECT_FALSE(*setup.isInitialized());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM tax_rates")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

TEST_F(SetupServiceTest, DemoDataIsValidDeterministicAndComplete) {
    const Actor admin = initialized();
    ASSERT_TRUE(setup.loadDemo(admin, 60, 90));
    EXPECT_EQ(*customers.count(admin, {}), 60);
    EXPECT_EQ(*products.count(admin, {}), 90);
    // Every record reads back through the services and passes their rules.
    auto first = customers.get(admin, QStringLiteral("C00001"));
    ASSERT_TRUE(first);
    EXPECT_FALSE(first->taxId.isEmpty());
    EXPECT_FALSE(first->billingAddress.isEmpty());
    EXPECT_GE(first->contacts.size(), 1);
    EXPECT_LE(first->contacts.size(), 2);
    EXPECT_TRUE(validateCustomer(*first));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE payment_terms IS NULL")),
              0);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE credit_limit > 0")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT tax_id) FROM customers")), 60);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM products WHERE standard_cost >= list_price")),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM products WHERE tax_code IS NULL")), 0);
    EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(DISTINCT category) FROM products")), 7);
    EXPECT_GT(scalar(QStringLiteral("SELECT COUNT(*) FROM products WHERE tracked = 0")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_levels s WHERE on_hand <> "
                                    "(SELECT SUM(qty) FROM stock_movements m "
                                    "WHERE m.product_id = s.product_id)")),
              0);
    // The customer series continues after the sample customers.
    Customer next;
    next.name = QStringLiteral("Nuevo");
    EXPECT_EQ(customers.create(admin, next)->code, QStringLiteral("C00061"));

    // The same counts give the same records on another database.
    test::TempDatabase other;
    ServiceContext otherCtx{*other.db};
    CustomerService otherCustomers{otherCtx};
    ProductService otherProducts{otherCtx};
    SetupService otherSetup{otherCtx};
    ASSERT_TRUE(otherSetup.initialize(company(), QStringLiteral("admin"), kPassword));
    ASSERT_TRUE(otherSetup.loadDemo(admin, 60, 90));
    EXPECT_EQ(*otherCustomers.get(admin, QStringLiteral("C00042")),
              *customers.get(admin, QStringLiteral("C00042")));
    EXPECT_EQ(otherProducts.get(admin, QStringLiteral("HER-00002"))->name,
              products.get(admin, QStringLiteral("HER-00002"))->name);
}

TEST_F(SetupServiceTest, DemoNeedsThePermission) {
    initialized();
    auto r = setup.loadDemo(test::actorWithRole(Role::Sales), 5, 5);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

TEST_F(SetupServiceTest, ASecondDemoLoadAddsNewRecords) {
    const Actor admin = initialized();
    ASSERT_TRUE(setup.loadDemo(admin, 10, 10));
    auto second = setup.loadDemo(admin, 10, 10);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(*customers.count(admin, {}), 20);
    EXPECT_EQ(*products.count(admin, {}), 20);
}

// Its speed is measured by `mostrador_bench`, not here.
TEST_F(SetupServiceTest, DemoLoadsManyCustomersSearchably) {
    const Actor admin = initialized();
    ASSERT_TRUE(setup.loadDemo(admin, 10000, 1000));
    EXPECT_EQ(*customers.count(admin, {}), 10000);
    storage::ListQuery q;
    q.search = QStringLiteral("ferreteria garcia");
    EXPECT_GT(*customers.count(admin, q), 0);
}
