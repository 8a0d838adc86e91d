// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/services.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace mostrador::test {

// A company in a temporary database, opened through Services as the application does,
// with an administrator logged in. Window settings go to QStandardPaths' test folders.
struct AppFixture {
    AppFixture();
    ~AppFixture();

    QString databasePath() const { return dir.filePath(QStringLiteral("app.db")); }
    void addCustomer(const QString& code, const QString& name);

    QTemporaryDir dir;
    std::unique_ptr<services::Services> services;
    domain::Actor admin;
};

// Runs `inspect` on the next modal dialog that opens (e.g. an editor opened by a key
// press), then closes that dialog, so a test can check which dialog a key opened.
void onNextModal(std::function<void(QWidget*)> inspect, int attempts = 200);

} // namespace mostrador::test
