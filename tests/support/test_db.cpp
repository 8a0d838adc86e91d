// SPDX-License-Identifier: MIT
#include "support/test_db.h"

#include "storage/sql.h"

#include <gtest/gtest.h>

namespace mostrador::test {

TempDatabase::TempDatabase() {
    auto opened = storage::Database::open(path());
    if (!opened)
        ADD_FAILURE() << opened.error().message.toStdString();
    else
        db = std::move(*opened);
}

domain::Actor actorWithRole(domain::Role role, const QString& name) {
    return {0, name.isEmpty() ? domain::roleKey(role) : name, role};
}

} // namespace mostrador::test
