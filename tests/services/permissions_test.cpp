// SPDX-License-Identifier: MIT
// Every role against every guarded write of the foundation: allowed exactly when
// roleAllows() says so, and a refused action leaves the database as it was.
#include "services/customer_service.h"
#include "services/product_service.h"
#include "services/settings_service.h"
#include "services/user_service.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <functional>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

struct Stack {
    explicit Stack(storage::Database& db)
        : ctx(db)
        , customers(ctx)
        , products(ctx)
        , stock(ctx)
        , settings(ctx)
        , users(ctx) {}
    ServiceContext ctx;
    CustomerService customers;
    ProductService products;
    StockService stock;
    SettingsService settings;
    UserService users;
};

struct Action {
    const char* name;
    Permission permission;
    std::function<Status(Stack&, const Actor&)> run;
};

template <class T> Status status(const Result<T>& r) {
    return r ? Status{} : fail(r.error());
}

const std::vector<Action>& actions() {
    static const std::vector<Action> list{
        {"settings set", Permission::ManageSettings,
         [](Stack& s, const Actor& a) {
             return s.settings.setValue(a, QStringLiteral("tax.rounding"),
                                        QStringLiteral("global"));
         }},
        {"user add", Permission::ManageUsers,
         [](Stack& s, const Actor& a) {
             return status(s.users.add(a, QStringLiteral("nuevo"), Role::Sales,
                                       QStringLiteral("a long password")));
         }},
        {"customer create", Permission::EditCustomers,
         [](Stack& s, const Actor& a) {
             Customer c;
             c.name = QStringLiteral("Cliente");
             return status(s.customers.create(a, c));
         }},
        {"product create", Permission::EditProducts,
         [](Stack& s, const Actor& a) {
             Product p;
             p.sku = QStringLiteral("NEW-1");
             p.name = QStringLiteral("Nuevo");
             return status(s.products.create(a, p));
         }},
        {"stock adjust", Permission::AdjustStock,
         [](Stack& s, const Actor& a) {
             return status(s.stock.adjust(a, QStringLiteral("BASE"), Quantity::fromUnits(1),
                                          QStringLiteral("recuento")));
         }},
    };
    return list;
}

// A digest of everything the actions above may write.
QString snapshot(storage::Database& db) {
    QStringList parts;
    for (const char* sql :
         {"SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM users",
          "SELECT COUNT(*) FROM customers", "SELECT COUNT(*) FROM products",
          "SELECT COUNT(*) FROM stock_movements",
          "SELECT COALESCE(SUM(on_hand), 0) FROM stock_levels", "SELECT COUNT(*) FROM settings"}) {
        auto q = storage::run(db.connection(), QString::fromLatin1(sql));
        parts.append(q && q->next() ? q->value(0).toString() : QStringLiteral("?"));
    }
    return parts.join(u',');
}

class PermissionsTest : public ::testing::TestWithParam<Role> {};

} // namespace

TEST_P(PermissionsTest, EachActionIsAllowedExactlyAsTheRoleTableSays) {
    const Role role = GetParam();
    const Actor actor = test::actorWithRole(role);
    for (const Action& action : actions()) {
        SCOPED_TRACE(std::string(action.name) + " as " + roleKey(role).toStdString());
        test::TempDatabase t; // a fresh database per action, so actions do not interact
        Stack s(*t.db);
        Product base;
        base.sku = QStringLiteral("BASE");
        base.name = QStringLiteral("Base");
        ASSERT_TRUE(s.products.create(test::admin(), base));
        const QString before = snapshot(*t.db);

        const Status result = action.run(s, actor);
        if (roleAllows(role, action.permission)) {
            EXPECT_TRUE(result) << result.error().message.toStdString();
            EXPECT_NE(snapshot(*t.db), before);
        } else {
            ASSERT_FALSE(result);
            EXPECT_EQ(result.error().kind, ErrorKind::Permission);
            EXPECT_EQ(snapshot(*t.db), before);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllRoles, PermissionsTest,
                         ::testing::Values(Role::Admin, Role::Manager, Role::Sales, Role::Warehouse,
                                           Role::Accounting),
                         [](const auto& info) { return roleKey(info.param).toStdString(); });

TEST(PermissionTable, SalesMayNotChangeSettingsOrUsers) {
    EXPECT_FALSE(roleAllows(Role::Sales, Permission::ManageSettings));
    EXPECT_FALSE(roleAllows(Role::Sales, Permission::ManageUsers));
    EXPECT_TRUE(roleAllows(Role::Admin, Permission::ManageSettings));
}

TEST(PermissionTable, AccountingInvoicesAndTakesPaymentsSalesAndWarehouseDoNot) {
    for (Permission p : {Permission::EditInvoices, Permission::RecordPayments}) {
        EXPECT_TRUE(roleAllows(Role::Accounting, p));
        EXPECT_TRUE(roleAllows(Role::Manager, p));
        EXPECT_FALSE(roleAllows(Role::Sales, p));
        EXPECT_FALSE(roleAllows(Role::Warehouse, p));
    }
    EXPECT_TRUE(roleAllows(Role::Warehouse, Permission::HandleReturns));
    EXPECT_FALSE(roleAllows(Role::Sales, Permission::HandleReturns));
}
