// SPDX-License-Identifier: MIT
// The real mostrador-cli binary, once: arguments, environment, stdout and exit status.
#include "cli_fixture.h"

#include <QProcess>

using namespace mostrador::test;

TEST_F(CliTest, BinaryAnswersJsonCustomerList) {
    init();
    addCustomer(QStringLiteral("Ñandú Motor"), QStringLiteral("NM"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOSTRADOR_PASSWORD"), kAdminPassword);
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // Qt warns about it: to the log, not stderr
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data"))); // logs
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MOSTRADOR_CLI_BINARY),
                  {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("customer"),
                   QStringLiteral("list")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(process.readAllStandardError(), QByteArray()); // nothing but the answer
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 1);
    EXPECT_EQ(doc.array()[0][QStringLiteral("name")].toString(), QStringLiteral("Ñandú Motor"));
}
