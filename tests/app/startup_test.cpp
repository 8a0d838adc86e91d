// SPDX-License-Identifier: MIT
#include "app/application.h"
#include "app/first_run_wizard.h"
#include "app/login_dialog.h"
#include "app_fixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;

namespace {

// A new database, opened but not set up: what the first start finds.
struct EmptyDatabase {
    EmptyDatabase() {
        auto opened = services::Services::open(dir.filePath(QStringLiteral("new.db")));
        if (opened)
            services = std::move(*opened);
        else
            ADD_FAILURE() << opened.error().message.toStdString();
    }
    QTemporaryDir dir;
    std::unique_ptr<services::Services> services;
};

void fillAdmin(FirstRunWizard& wizard, const QString& password, const QString& again) {
    wizard.password()->setText(password);
    wizard.passwordAgain()->setText(again);
}

} // namespace

TEST(FirstRunWizard, RefusesDifferentPasswordsNamingTheField) {
    EmptyDatabase db;
    FirstRunWizard wizard(*db.services);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::AdminPage); // demo skips the company page
    fillAdmin(wizard, QStringLiteral("secret123"), QStringLiteral("secret124"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    EXPECT_TRUE(wizard.adminError()->text().startsWith(QStringLiteral("Repeat password")));
    EXPECT_FALSE(*db.services->setup().isInitialized());

    fillAdmin(wizard, QStringLiteral("short"), QStringLiteral("short"));
    wizard.next();
    EXPECT_TRUE(wizard.adminError()->text().startsWith(QStringLiteral("Password")));
    EXPECT_FALSE(*db.services->setup().isInitialized());
}

TEST(FirstRunWizard, OwnCompanyNeedsItsNameAndCreatesItWithTheAdmin) {
    EmptyDatabase db;
    FirstRunWizard wizard(*db.services);
    wizard.show();
    wizard.ownChoice()->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::CompanyPage);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), FirstRunWizard::CompanyPage);
    EXPECT_TRUE(wizard.companyError()->text().startsWith(QStringLiteral("Company name")));

    wizard.companyName()->setText(QStringLiteral("Suministros Ruiz S.L."));
    wizard.currency()->setCurrentText(QStringLiteral("USD"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), FirstRunWizard::AdminPage);
    wizard.adminName()->setText(QStringLiteral("marta"));
    fillAdmin(wizard, QStringLiteral("secret123"), QStringLiteral("secret123"));
    ASSERT_TRUE(wizard.validateCurrentPage());

    EXPECT_EQ(wizard.admin().name, QStringLiteral("marta"));
    EXPECT_EQ(wizard.admin().role, domain::Role::Admin);
    auto company = db.services->settings().company();
    ASSERT_TRUE(company);
    EXPECT_EQ(company->name, QStringLiteral("Suministros Ruiz S.L."));
    EXPECT_EQ(company->currency.code(), QStringLiteral("USD"));
    EXPECT_EQ(*db.services->customers().count(wizard.admin(), {}), 0);
    EXPECT_TRUE(db.services->users().login(QStringLiteral("marta"), QStringLiteral("secret123")));
}

TEST(FirstRunWizard, DemoCompanyComesWithCustomersAndProducts) {
    EmptyDatabase db;
    FirstRunWizard wizard(*db.services);
    wizard.show();
    wizard.next();
    fillAdmin(wizard, QStringLiteral("secret123"), QStringLiteral("secret123"));
    ASSERT_TRUE(wizard.validateCurrentPage());
    auto company = db.services->settings().company();
    ASSERT_TRUE(company);
    EXPECT_EQ(company->name, QStringLiteral("Ferretería Demo S.L."));
    EXPECT_EQ(company->currency.code(), QStringLiteral("EUR"));
    EXPECT_EQ(*db.services->customers().count(wizard.admin(), {}), FirstRunWizard::kDemoCustomers);
    EXPECT_EQ(*db.services->products().count(wizard.admin(), {}), FirstRunWizard::kDemoProducts);
}

TEST(LoginDialog, ShowsTheRefusalAndEnterLogsIn) {
    test::AppFixture f;
    LoginDialog login(*f.services);
    login.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&login));
    login.userName()->setText(QStringLiteral("admin"));
    QTest::keyClicks(login.password(), QStringLiteral("wrong-one"));
    QTest::keyClick(login.password(), Qt::Key_Return);
    EXPECT_TRUE(login.isVisible());
    EXPECT_TRUE(login.errorLabel()->isVisible());
    EXPECT_FALSE(login.errorLabel()->text().isEmpty());

    login.password()->setText(QStringLiteral("secret123"));
    QTest::keyClick(login.password(), Qt::Key_Return);
    EXPECT_EQ(login.result(), QDialog::Accepted);
    EXPECT_EQ(login.actor().name, QStringLiteral("admin"));
}

TEST(Startup, ADatabaseThatCannotBeOpenedIsExplainedAndExitsWith3) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QString shown;
    test::onNextModal([&](QWidget* box) {
        if (auto* message = qobject_cast<QMessageBox*>(box))
            shown = message->text();
    });
    const int status = run(*qApp, {path, QStringLiteral("en")});
    EXPECT_EQ(status, kExitStorage);
    EXPECT_TRUE(shown.contains(path));
}
