// SPDX-License-Identifier: MIT
#include "services/user_service.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

const QString kPassword = QStringLiteral("correct horse");

class UserServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(users.add(root, QStringLiteral("admin"), Role::Admin, kPassword));
    }

    QString scalarText(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    UserService users{ctx};
    Actor root = test::admin();
};

} // namespace

TEST_F(UserServiceTest, LoginAnswersTheActor) {
    auto actor = users.login(QStringLiteral("admin"), kPassword);
    ASSERT_TRUE(actor) << actor.error().message.toStdString();
    EXPECT_EQ(actor->name, QStringLiteral("admin"));
    EXPECT_EQ(actor->role, Role::Admin);
    EXPECT_GT(actor->userId, 0);
}

TEST_F(UserServiceTest, WrongPasswordUnknownUserAndInactiveUserLookTheSame) {
    ASSERT_TRUE(users.add(root, QStringLiteral("ana"), Role::Sales, kPassword));
    ASSERT_TRUE(users.setActive(root, QStringLiteral("ana"), false));
    const auto wrong = users.login(QStringLiteral("admin"), QStringLiteral("wrong password"));
    const auto unknown = users.login(QStringLiteral("nobody"), kPassword);
    const auto inactive = users.login(QStringLiteral("ana"), kPassword);
    for (const auto& r : {wrong, unknown, inactive}) {
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Rule);
        EXPECT_EQ(r.error().code, QStringLiteral("auth.failed"));
        EXPECT_EQ(r.error().message, QStringLiteral("Wrong user name or password"));
    }
    ASSERT_TRUE(users.setActive(root, QStringLiteral("ana"), true));
    EXPECT_TRUE(users.login(QStringLiteral("ana"), kPassword));
}

TEST_F(UserServiceTest, TheStoredHashIsArgon2idAndNotThePassword) {
    const QString hash =
        scalarText(QStringLiteral("SELECT password_hash FROM users WHERE name = 'admin'"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_FALSE(hash.contains(kPassword));
    EXPECT_TRUE(UserService::verifyPassword(hash, kPassword));
    EXPECT_FALSE(UserService::verifyPassword(hash, QStringLiteral("correct horsE")));
    // Salted: the same password never hashes the same way twice.
    EXPECT_NE(*UserService::hashPassword(kPassword), hash);
}

TEST_F(UserServiceTest, TheAuditLogNeverHoldsPasswordsOrHashes) {
    ASSERT_TRUE(users.add(root, QStringLiteral("ana"), Role::Sales, kPassword));
    ASSERT_TRUE(users.setPassword(root, QStringLiteral("ana"), QStringLiteral("another secret")));
    auto entries = ctx.audit.list(QStringLiteral("user"), {});
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 3);
    for (const AuditEntry& e : *entries) {
        EXPECT_FALSE(e.after.contains(QStringLiteral("horse")));
        EXPECT_FALSE(e.after.contains(QStringLiteral("secret")));
        EXPECT_FALSE(e.after.contains(QStringLiteral("argon2")));
        EXPECT_FALSE(e.before.contains(QStringLiteral("argon2")));
    }
    EXPECT_EQ(entries->first().action, QStringLiteral("user.password"));
}

TEST_F(UserServiceTest, NamesAreUniqueAndPasswordsLongEnough) {
    auto dup = users.add(root, QStringLiteral("admin"), Role::Sales, kPassword);
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().kind, ErrorKind::Rule);
    EXPECT_EQ(dup.error().code, QStringLiteral("user.duplicate"));
    auto shortPassword =
        users.add(root, QStringLiteral("ana"), Role::Sales, QStringLiteral("1234567"));
    ASSERT_FALSE(shortPassword);
    EXPECT_EQ(shortPassword.error().field, QStringLiteral("password"));
    auto badName = users.add(root, QStringLiteral("ana maría"), Role::Sales, kPassword);
    ASSERT_FALSE(badName);
    EXPECT_EQ(badName.error().field, QStringLiteral("name"));
    EXPECT_EQ(users.list(root)->size(), 1);
}

TEST_F(UserServiceTest, UsersChangeTheirOwnPasswordButNotOthers) {
    ASSERT_TRUE(users.add(root, QStringLiteral("ana"), Role::Sales, kPassword));
    ASSERT_TRUE(users.add(root, QStringLiteral("luis"), Role::Sales, kPassword));
    const Actor ana = *users.login(QStringLiteral("ana"), kPassword);
    ASSERT_TRUE(users.setPassword(ana, QStringLiteral("ana"), QStringLiteral("nueva clave")));
    EXPECT_TRUE(users.login(QStringLiteral("ana"), QStringLiteral("nueva clave")));
    EXPECT_FALSE(users.login(QStringLiteral("ana"), kPassword));
    auto other = users.setPassword(ana, QStringLiteral("luis"), QStringLiteral("hijacked!"));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().kind, ErrorKind::Permission);
    EXPECT_TRUE(users.login(QStringLiteral("luis"), kPassword));
    // An administrator may reset anyone's.
    ASSERT_TRUE(users.setPassword(root, QStringLiteral("luis"), QStringLiteral("reset 2024")));
    EXPECT_TRUE(users.login(QStringLiteral("luis"), QStringLiteral("reset 2024")));
}

TEST_F(UserServiceTest, TheLastActiveAdminCannotBeDemotedOrDeactivated) {
    auto demote = users.setRole(root, QStringLiteral("admin"), Role::Manager);
    ASSERT_FALSE(demote);
    EXPECT_EQ(demote.error().code, QStringLiteral("user.last_admin"));
    auto deactivate = users.setActive(root, QStringLiteral("admin"), false);
    ASSERT_FALSE(deactivate);
    EXPECT_EQ(deactivate.error().code, QStringLiteral("user.last_admin"));

    ASSERT_TRUE(users.add(root, QStringLiteral("boss"), Role::Admin, kPassword));
    ASSERT_TRUE(users.setActive(root, QStringLiteral("boss"), false));
    EXPECT_FALSE(users.setRole(root, QStringLiteral("admin"), Role::Manager));
    ASSERT_TRUE(users.setActive(root, QStringLiteral("boss"), true));
    ASSERT_TRUE(users.setRole(root, QStringLiteral("admin"), Role::Manager));
    EXPECT_EQ(users.login(QStringLiteral("admin"), kPassword)->role, Role::Manager);
    EXPECT_FALSE(users.setActive(root, QStringLiteral("boss"), false));
}

TEST_F(UserServiceTest, OnlyAdminsManageUsers) {
    const Actor manager = test::actorWithRole(Role::Manager);
    EXPECT_EQ(users.add(manager, QStringLiteral("x"), Role::Admin, kPassword).error().kind,
              ErrorKind::Permission);
    EXPECT_EQ(users.setRole(manager, QStringLiteral("admin"), Role::Sales).error().kind,
              ErrorKind::Permission);
    EXPECT_EQ(users.list(manager).error().kind, ErrorKind::Permission);
    EXPECT_EQ(users.list(root)->size(), 1);
    EXPECT_EQ(users.list(root)->first().role, Role::Admin);
}

TEST_F(UserServiceTest, AnyUsersTellsAFreshDatabase) {
    EXPECT_TRUE(*users.anyUsers());
    test::TempDatabase fresh;
    ServiceContext freshCtx{*fresh.db};
    UserService none{freshCtx};
    EXPECT_FALSE(*none.anyUsers());
}
