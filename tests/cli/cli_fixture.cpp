// SPDX-License-Identifier: MIT
#include "cli_fixture.h"

#include "cli/cli.h"
#include "support/test_db.h"

#include <QFile>

namespace mostrador::test {

QJsonDocument CliRun::json() const {
    QJsonParseError error;
    // fromJson refuses anything after the first document, so this checks "exactly one".
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " in: " << out.toStdString();
    return doc;
}

CliRun CliTest::run(const QStringList& args) {
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QProcessEnvironment env;
    if (!password.isNull())
        env.insert(QStringLiteral("MOSTRADOR_PASSWORD"), password);
    result.status = cli::runCli(QStringList{QStringLiteral("--db"), db} + args, out, err, env);
    out.flush();
    err.flush();
    return result;
}

CliRun CliTest::json(const QStringList& args) {
    return run(QStringList{QStringLiteral("--json")} + args);
}

void CliTest::init() {
    const CliRun r =
        json({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("ACME"),
              QStringLiteral("--currency"), QStringLiteral("EUR"),
              QStringLiteral("--admin-password"), kAdminPassword});
    ASSERT_EQ(r.status, 0) << r.out.toStdString() << r.err.toStdString();
}

QString CliTest::writeFile(const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

std::unique_ptr<services::Services> CliTest::open() {
    auto opened = services::Services::open(db);
    EXPECT_TRUE(opened) << opened.error().message.toStdString();
    return opened ? std::move(*opened) : nullptr;
}

qint64 CliTest::customerCount() {
    auto s = open();
    auto n = s->customers().count(test::admin(), {});
    return n ? *n : -1;
}

qint64 CliTest::productCount() {
    auto s = open();
    auto n = s->products().count(test::admin(), {});
    return n ? *n : -1;
}

void CliTest::addCustomer(const QString& name, const QString& code) {
    domain::Customer c;
    c.name = name;
    c.code = code;
    auto created = open()->customers().create(test::admin(), c);
    ASSERT_TRUE(created) << created.error().message.toStdString();
}

void CliTest::addProduct(const QString& sku, const QString& stock) {
    domain::Product p;
    p.sku = sku;
    p.name = sku;
    p.listPrice = domain::UnitPrice::fromTenThousandths(10000);
    auto created =
        open()->products().create(test::admin(), p, *domain::Quantity::parsePlain(stock));
    ASSERT_TRUE(created) << created.error().message.toStdString();
}

QString CliTest::onHand(const QString& sku) {
    auto level = open()->products().stockLevel(test::admin(), sku);
    return level ? level->onHand.toPlainString() : QString();
}

} // namespace mostrador::test
