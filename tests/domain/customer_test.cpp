// SPDX-License-Identifier: MIT
#include "domain/customer.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

namespace {
Customer valid() {
    Customer c;
    c.code = QStringLiteral("C001");
    c.name = QStringLiteral("Ferretería López");
    c.taxId = QStringLiteral("B-12345678");
    c.email = QStringLiteral("compras@lopez.es");
    return c;
}
} // namespace

TEST(CustomerRules, AValidCustomerPasses) {
    EXPECT_TRUE(validateCustomer(valid()).has_value());
}

TEST(CustomerRules, EachBadFieldIsNamed) {
    struct Case {
        void (*spoil)(Customer&);
        const char* field;
    };
    const Case cases[] = {
        {[](Customer& c) { c.name = QStringLiteral("  "); }, "name"},
        {[](Customer& c) { c.code = QStringLiteral("has space"); }, "code"},
        {[](Customer& c) { c.taxId = QStringLiteral("B/123"); }, "tax_id"},
        {[](Customer& c) { c.email = QStringLiteral("not-an-email"); }, "email"},
        {[](Customer& c) { c.creditLimit = Money::fromMinor(-1); }, "credit_limit"},
        {[](Customer& c) { c.contacts = {Contact{}}; }, "contacts"},
    };
    for (const Case& k : cases) {
        Customer c = valid();
        k.spoil(c);
        const auto r = validateCustomer(c);
        ASSERT_FALSE(r.has_value()) << k.field;
        EXPECT_EQ(r.error().field, QString::fromLatin1(k.field));
    }
}

TEST(CustomerRules, ZeroCreditLimitIsAllowed) {
    Customer c = valid();
    c.creditLimit = Money::zero();
    EXPECT_TRUE(validateCustomer(c).has_value());
}
