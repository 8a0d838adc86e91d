// SPDX-License-Identifier: MIT
#include "services/customer_service.h"
#include "services/external_change_watcher.h"
#include "support/test_db.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::services;

// Two connections on one file stand for two workstations.
TEST(ExternalChangeWatcher, SeesAnotherConnectionsCommitOnlyOnce) {
    test::TempDatabase t;
    auto other = storage::Database::open(t.path());
    ASSERT_TRUE(other);
    ServiceContext mine(*t.db);
    ServiceContext theirs(**other);
    CustomerService theirCustomers(theirs);
    ExternalChangeWatcher watcher(*t.db, mine.notifier, 60000);
    QSignalSpy announced(&mine.notifier, &ChangeNotifier::changed);

    EXPECT_FALSE(watcher.poll());
    domain::Customer c;
    c.name = QStringLiteral("Alfa");
    ASSERT_TRUE(theirCustomers.create(test::admin(), c));
    EXPECT_TRUE(watcher.poll());
    EXPECT_FALSE(watcher.poll());
    ASSERT_EQ(announced.count(), 1);
    EXPECT_EQ(announced.first().first().toString(), QStringLiteral("*"));
}

TEST(ExternalChangeWatcher, OwnCommitsAreNotAnnouncedTwice) {
    test::TempDatabase t;
    ServiceContext mine(*t.db);
    CustomerService customers(mine);
    ExternalChangeWatcher watcher(*t.db, mine.notifier, 60000);
    domain::Customer c;
    c.name = QStringLiteral("Alfa");
    ASSERT_TRUE(customers.create(test::admin(), c));
    EXPECT_FALSE(watcher.poll());
}
