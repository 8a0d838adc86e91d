// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/product.h"
#include "services/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Lets gtest print QStrings readably when an expectation fails.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace mostrador::test {

// What one in-process run of mostrador-cli answered.
struct CliRun {
    int status = -1;
    QString out;
    QString err;

    // stdout as exactly one JSON document; a test failure when it is not.
    QJsonDocument json() const;
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QString rule() const {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("rule"))
            .toString();
    }
    QString message() const {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

// "customer list --limit 1" → {"customer", "list", "--limit", "1"}
inline QStringList words(const char* text) {
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

inline const QString kAdminPassword = QStringLiteral("s3cret-admin");

// runCli against a database in a temporary folder, as the admin by default.
class CliTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.db"));
    QString password = kAdminPassword;

    // `mostrador-cli --db DB ARGS…` with MOSTRADOR_PASSWORD = password (unset when null).
    CliRun run(const QStringList& args);
    // The same with --json first.
    CliRun json(const QStringList& args);
    // `init` with company ACME in EUR; a test failure when it does not succeed.
    void init();
    QString writeFile(const QString& name, const QByteArray& content);

    // Direct access to the same database, as an admin, for setting up data and checking
    // what a command left behind without the cost of a login (argon2id) per check.
    std::unique_ptr<services::Services> open();
    qint64 customerCount();
    qint64 productCount();
    void addCustomer(const QString& name, const QString& code = {});
    void addProduct(const QString& sku, const QString& stock);
    QString onHand(const QString& sku);
};

} // namespace mostrador::test
