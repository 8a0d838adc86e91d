// SPDX-License-Identifier: MIT
// Usage, init, login, permissions, settings and storage errors of mostrador-cli.
#include "cli_fixture.h"
#include "storage/database.h"
#include "storage/sql.h"

using namespace mostrador;
using namespace mostrador::test;
using namespace Qt::StringLiterals;

TEST_F(CliTest, NoCommandPrintsUsageOnStderr) {
    CliRun r = run({});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Usage:")));
}

TEST_F(CliTest, HelpListsTheCommands) {
    CliRun r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("customer add --name N")));
    CliRun command = run(words("customer add --help"));
    EXPECT_EQ(command.status, 0);
    EXPECT_TRUE(command.out.contains(QStringLiteral("[--credit-limit A]")));
}

TEST_F(CliTest, BadUsageAnswersTwoWithOneJsonDocument) {
    for (const char* args : {"frobnicate", "customer", "customer list --colour red",
                             "customer show", "customer add"}) {
        CliRun r = json(words(args));
        EXPECT_EQ(r.status, 2) << args;
        EXPECT_TRUE(r.rule().startsWith(QStringLiteral("usage."))) << args << r.out.toStdString();
    }
}

TEST_F(CliTest, CommandsNeedAnExistingDatabase) {
    CliRun r = json(words("customer list"));
    EXPECT_EQ(r.status, 3);
    EXPECT_EQ(r.rule(), QStringLiteral("storage.no_database"));
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(CliTest, CorruptDatabaseIsAStorageError) {
    writeFile(QStringLiteral("cli.db"), QByteArray(4096, 'x'));
    EXPECT_EQ(json(words("customer list")).status, 3);
}

TEST_F(CliTest, DatabaseOfANewerVersionIsAStorageError) {
    {
        auto opened = storage::Database::open(db);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(storage::run((*opened)->connection(),
                                 QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                                "VALUES (9999, '2030-01-01')")));
    }
    CliRun r = json(words("customer list"));
    EXPECT_EQ(r.status, 3);
    EXPECT_EQ(r.rule(), QStringLiteral("storage.newer_schema"));
}

TEST_F(CliTest, InitTwiceIsRefused) {
    init();
    CliRun again =
        json({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Other"),
              QStringLiteral("--currency"), QStringLiteral("USD"),
              QStringLiteral("--admin-password"), QStringLiteral("another-pass")});
    EXPECT_EQ(again.status, 1) << again.out.toStdString();
    auto company = open()->settings().company();
    ASSERT_TRUE(company);
    EXPECT_EQ(company->name, QStringLiteral("ACME"));
}

TEST_F(CliTest, InitRefusesABadCurrency) {
    CliRun r = json({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("ACME"),
                     QStringLiteral("--currency"), QStringLiteral("EURO"),
                     QStringLiteral("--admin-password"), kAdminPassword});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.message().contains(QStringLiteral("--currency")));
}

TEST_F(CliTest, CommandsBeforeInitAreRefused) {
    writeFile(QStringLiteral("cli.db"), {}); // an empty file is a new database
    CliRun r = json(words("customer list"));
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.rule(), QStringLiteral("setup.not_initialized"));
}

TEST_F(CliTest, WrongPasswordIsRefused) {
    init();
    password = QStringLiteral("not-the-password");
    CliRun r = json(words("customer list"));
    EXPECT_EQ(r.status, 1) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(password));
}

TEST_F(CliTest, SalesUserMayNotChangeSettings) {
    init();
    ASSERT_EQ(json({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"),
                    QStringLiteral("--role"), QStringLiteral("sales"), QStringLiteral("--password"),
                    QStringLiteral("ana-password")})
                  .status,
              0);
    password = QStringLiteral("ana-password");
    CliRun refused = json(words("--user ana settings set tax.rounding global"));
    EXPECT_EQ(refused.status, 1) << refused.out.toStdString();
    EXPECT_EQ(refused.rule(), QStringLiteral("permission.denied"));
    EXPECT_EQ(*open()->settings().value(QStringLiteral("tax.rounding")), QStringLiteral("line"));
}

TEST_F(CliTest, AdminSetsTaxesTermsAndSettings) {
    init();
    ASSERT_EQ(json(words("tax add RED5 --rate 5.5 --name Reduced")).status, 0);
    ASSERT_EQ(json(words("terms add N15 --days 15,45")).status, 0);
    ASSERT_EQ(json(words("settings set tax.rounding global")).status, 0);
    const QJsonObject s = json(words("settings show")).object();
    EXPECT_EQ(s[QStringLiteral("settings")][QStringLiteral("tax.rounding")].toString(),
              QStringLiteral("global"));
    bool foundTax = false, foundTerms = false;
    for (const QJsonValue& t : s[QStringLiteral("tax_rates")].toArray())
        foundTax |= t[QStringLiteral("code")] == QStringLiteral("RED5") &&
                    t[QStringLiteral("rate")] == QStringLiteral("5.5");
    for (const QJsonValue& t : s[QStringLiteral("payment_terms")].toArray())
        foundTerms |= t[QStringLiteral("code")] == QStringLiteral("N15") &&
                      t[QStringLiteral("days")] == QStringLiteral("15,45");
    EXPECT_TRUE(foundTax);
    EXPECT_TRUE(foundTerms);
}

TEST_F(CliTest, BadValuesNameTheirOption) {
    init();
    CliRun rate = json(words("tax add X --rate lots"));
    EXPECT_EQ(rate.status, 2);
    EXPECT_TRUE(rate.message().startsWith(QStringLiteral("--rate")))
        << rate.message().toStdString();
    CliRun days = json(words("terms add X --days 60,30"));
    EXPECT_EQ(days.status, 2);
    EXPECT_TRUE(days.message().startsWith(QStringLiteral("--days")));
    CliRun setting = json(words("settings set tax.rounding sometimes"));
    EXPECT_EQ(setting.status, 2);
}

TEST_F(CliTest, InitWithDemoLoadsSampleData) {
    CliRun r = json({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("ACME"),
                     QStringLiteral("--currency"), QStringLiteral("EUR"),
                     QStringLiteral("--admin-password"), kAdminPassword, QStringLiteral("--demo")});
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    EXPECT_EQ(customerCount(), 50);
    EXPECT_EQ(productCount(), 40);
    // The desk's orders name the demo's salespeople, who log in with the admin's password.
    auto s = open();
    const auto count = [&](const QString& sql) {
        auto q = storage::run(s->database().connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sales_orders WHERE salesperson NOT IN "
                    "(SELECT name FROM users)"_s),
              0);
    EXPECT_GT(count(u"SELECT COUNT(*) FROM sales_orders WHERE salesperson = 'ana.ruiz'"_s), 0);
    password = QStringLiteral("x");
    EXPECT_EQ(json(words("--user ana.ruiz customer list")).status, 1);
    password = kAdminPassword;
    EXPECT_EQ(json(words("--user ana.ruiz customer list")).status, 0);
}

TEST_F(CliTest, DemoOrdersMakeASalesHistoryOnlyOnce) {
    init();
    CliRun r = json(words("demo --customers 20 --products 10 --orders 200"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    EXPECT_EQ(r.object().value(QStringLiteral("orders")).toInt(), 200);
    EXPECT_GT(r.object().value(QStringLiteral("invoices")).toInt(), 0);
    EXPECT_EQ(customerCount(), 20);
    // Over a history already there: refused by a rule, and nothing changes.
    CliRun again = json(words("demo --customers 3 --products 2 --orders 5"));
    EXPECT_EQ(again.status, 1);
    EXPECT_EQ(again.rule(), QStringLiteral("demo.history_not_empty"));
    EXPECT_EQ(customerCount(), 20);
    EXPECT_EQ(productCount(), 10);
    EXPECT_EQ(json(words("demo --customers 3 --products 2 --orders 0")).status, 0);
    EXPECT_EQ(customerCount(), 23);
}

TEST_F(CliTest, MissingPasswordVariableIsBadUsage) {
    init();
    password = QString();
    CliRun r = json(words("customer list"));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.rule(), QStringLiteral("login.no_password"));
}

TEST_F(CliTest, UnknownUserIsRefused) {
    init();
    EXPECT_EQ(json(words("--user nobody customer list")).status, 1);
}
