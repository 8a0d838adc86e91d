// SPDX-License-Identifier: MIT
#include "app_fixture.h"

#include "app/application.h"

#include <QApplication>
#include <QDialog>
#include <QStandardPaths>
#include <QTimer>
#include <gtest/gtest.h>

namespace mostrador::test {

AppFixture::AppFixture() {
    QStandardPaths::setTestModeEnabled(true);
    app::initResources();
    auto opened = services::Services::open(databasePath());
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    services = std::move(*opened);
    domain::CompanyProfile company;
    company.name = QStringLiteral("Pruebas S.L.");
    auto actor =
        services->setup().initialize(company, QStringLiteral("admin"), QStringLiteral("secret123"));
    if (!actor) {
        ADD_FAILURE() << actor.error().message.toStdString();
        return;
    }
    admin = *actor;
}

AppFixture::~AppFixture() = default;

void AppFixture::addCustomer(const QString& code, const QString& name) {
    domain::Customer c;
    c.code = code;
    c.name = name;
    auto created = services->customers().create(admin, c);
    if (!created)
        ADD_FAILURE() << created.error().message.toStdString();
}

void onNextModal(std::function<void(QWidget*)> inspect, int attempts) {
    QTimer::singleShot(10, [inspect = std::move(inspect), attempts] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            // Not open yet: look again shortly, for a while.
            if (attempts > 0)
                onNextModal(inspect, attempts - 1);
            return;
        }
        inspect(modal);
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
    });
}

} // namespace mostrador::test
