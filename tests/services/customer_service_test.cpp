// SPDX-License-Identifier: MIT
#include "services/customer_service.h"
#include "storage/price_list_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class CustomerServiceTest : public ::testing::Test {
protected:
    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    CustomerService customers{ctx};
    Actor admin = test::admin();

    Customer named(const QString& name, const QString& code = {}, const QString& taxId = {}) {
        Customer c;
        c.name = name;
        c.code = code;
        c.taxId = taxId;
        return c;
    }

    qint64 auditCount() {
        auto q = storage::run(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(CustomerServiceTest, CreateGeneratesACodeWhenNoneIsGiven) {
    auto a = customers.create(admin, named(QStringLiteral("Alfa")));
    auto b = customers.create(admin, named(QStringLiteral("Beta")));
    ASSERT_TRUE(a) << a.error().message.toStdString();
    ASSERT_TRUE(b);
    EXPECT_EQ(a->code, QStringLiteral("C00001"));
    EXPECT_EQ(b->code, QStringLiteral("C00002"));
}

TEST_F(CustomerServiceTest, DuplicateCodeIsRefusedAndNothingChanges) {
    ASSERT_TRUE(customers.create(admin, named(QStringLiteral("Alfa"), QStringLiteral("ALFA"))));
    const qint64 audits = auditCount();
    auto dup = customers.create(admin, named(QStringLiteral("Other"), QStringLiteral("alfa")));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, QStringLiteral("customer.duplicate_code"));
    EXPECT_EQ(dup.error().kind, ErrorKind::Rule);
    EXPECT_EQ(auditCount(), audits);
    EXPECT_EQ(*customers.count(admin, {}), 1);
}

TEST_F(CustomerServiceTest, DuplicateTaxIdIsRefusedNamingTheHolder) {
    ASSERT_TRUE(customers.create(
        admin, named(QStringLiteral("Alfa"), QStringLiteral("A1"), QStringLiteral("B12345678"))));
    auto dup =
        customers.create(admin, named(QStringLiteral("Beta"), {}, QStringLiteral("b12345678")));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().field, QStringLiteral("tax_id"));
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("A1")));
}

TEST_F(CustomerServiceTest, UnknownPaymentTermsAreRefused) {
    Customer c = named(QStringLiteral("Alfa"));
    c.paymentTermsCode = QStringLiteral("NET30");
    auto r = customers.create(admin, c);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("payment_terms"));
    storage::SettingsRepository settings(*t.db);
    ASSERT_TRUE(settings.saveTerms({QStringLiteral("NET30"), QStringLiteral("Net 30"), {30}}));
    EXPECT_TRUE(customers.create(admin, c));
}

TEST_F(CustomerServiceTest, UpdateKeepsContactsAndWritesAuditBeforeAndAfter) {
    Customer c = named(QStringLiteral("Alfa"), QStringLiteral("ALFA"));
    c.contacts = {
        {0, QStringLiteral("Ana"), QStringLiteral("Compras"), QStringLiteral("ana@alfa.es"), {}}};
    auto created = customers.create(admin, c);
    ASSERT_TRUE(created);
    Customer edit = *created;
    edit.name = QStringLiteral("Alfa S.L.");
    edit.creditLimit = Money::fromMinor(500000);
    auto updated = customers.update(admin, edit);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(updated->contacts.size(), 1);
    auto entries = ctx.audit.list(QStringLiteral("customer"), QStringLiteral("ALFA"));
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->first().action, QStringLiteral("customer.update"));
    EXPECT_TRUE(entries->first().before.contains(QStringLiteral("\"Alfa\"")));
    EXPECT_TRUE(entries->first().after.contains(QStringLiteral("5000.00")));
}

TEST_F(CustomerServiceTest, AStaleEditIsRefused) {
    auto created = customers.create(admin, named(QStringLiteral("Alfa")));
    ASSERT_TRUE(created);
    Customer first = *created, second = *created;
    first.phone = QStringLiteral("1");
    second.phone = QStringLiteral("2");
    ASSERT_TRUE(customers.update(admin, first));
    auto r = customers.update(admin, second);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("customer.stale"));
    EXPECT_EQ(customers.get(admin, created->code)->phone, QStringLiteral("1"));
}

TEST_F(CustomerServiceTest, WarehouseUsersMayNotEditCustomers) {
    auto r = customers.create(test::actorWithRole(Role::Warehouse), named(QStringLiteral("Alfa")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    EXPECT_EQ(*customers.count(admin, {}), 0);
}

TEST_F(CustomerServiceTest, SearchFindsByPrefixIgnoringAccents) {
    ASSERT_TRUE(customers.create(admin, named(QStringLiteral("Ferretería García"))));
    ASSERT_TRUE(customers.create(admin, named(QStringLiteral("Talleres Martín"))));
    storage::ListQuery q;
    q.search = QStringLiteral("garc ferre");
    auto rows = customers.list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().name, QStringLiteral("Ferretería García"));
    EXPECT_EQ(*customers.count(admin, q), 1);
}

TEST_F(CustomerServiceTest, ListSortsAndPagesInSql) {
    for (const char* n : {"Delta", "alfa", "Charlie", "Bravo"})
        ASSERT_TRUE(customers.create(admin, named(QString::fromLatin1(n))));
    storage::ListQuery q;
    q.sortKey = QStringLiteral("name");
    q.limit = 2;
    q.offset = 1;
    auto rows = customers.list(admin, q);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).name, QStringLiteral("Bravo"));
    EXPECT_EQ(rows->at(1).name, QStringLiteral("Charlie"));
}

TEST_F(CustomerServiceTest, AnUnknownPriceListIsRefusedOnItsField) {
    Customer c = named(QStringLiteral("Alfa"));
    c.priceListCode = QStringLiteral("mayor");
    auto refused = customers.create(admin, c);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("price_list"));
    EXPECT_EQ(*customers.count(admin, {}), 0);
    ASSERT_TRUE(storage::PriceListRepository(*t.db).insertList(
        {QStringLiteral("MAYOR"), QStringLiteral("Mayorista"), Currency()}));
    auto created = customers.create(admin, c);
    ASSERT_TRUE(created);
    EXPECT_EQ(created->priceListCode, QStringLiteral("MAYOR"));
}
