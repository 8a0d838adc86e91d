// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>
#include <ostream>

namespace mostrador::test {

// A fresh, migrated database in a temporary folder (a real file, so WAL and several
// connections behave as in use). Deleted with the fixture.
struct TempDatabase {
    TempDatabase();
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }

    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
};

domain::Actor actorWithRole(domain::Role role, const QString& name = QString());
inline domain::Actor admin() {
    return actorWithRole(domain::Role::Admin, QStringLiteral("admin"));
}

} // namespace mostrador::test

namespace mostrador {
// Lets gtest print an Error when an expectation on a Result fails.
inline void PrintTo(const Error& e, std::ostream* os) {
    *os << e.code.toStdString() << ": " << e.message.toStdString();
}
} // namespace mostrador
