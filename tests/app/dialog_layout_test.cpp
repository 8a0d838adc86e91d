// SPDX-License-Identifier: MIT
// Every dialog opened over demo data: no label, button or check box is squeezed below
// the width its text needs. With MOSTRADOR_DIALOG_SHOTS=DIR set, the dialogs are also
// saved there as PNGs (the user guide's docs/images).
#include "app/dialogs/customer_editor.h"
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/product_editor.h"
#include "app/dialogs/settings_dialog.h"
#include "app/dialogs/stock_adjust_dialog.h"
#include "app/dialogs/users_dialog.h"
#include "dialog_test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class DialogLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        auto opened = services::Services::open(dir.filePath(QStringLiteral("demo.db")));
        ASSERT_TRUE(opened);
        s = std::move(*opened);
        CompanyProfile company;
        company.name = QStringLiteral("Suministros Ruiz S.L.");
        company.taxId = QStringLiteral("B87654321");
        company.address = QStringLiteral("Calle Mayor 12\n28013 Madrid");
        auto actor = s->setup().initialize(company, QStringLiteral("admin"),
                                           QStringLiteral("secret-password"));
        ASSERT_TRUE(actor) << actor.error().message.toStdString();
        admin = *actor;
        ASSERT_TRUE(s->setup().loadDemo(admin, 12, 12));
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    QString firstCustomer() {
        storage::ListQuery q;
        q.limit = 1;
        return s->customers().list(admin, q)->first().code;
    }
    QString firstProduct() {
        storage::ListQuery q;
        q.limit = 1;
        return s->products().list(admin, q)->first().sku;
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> s;
    Actor admin;
};

} // namespace

TEST_F(DialogLayoutTest, Editors) {
    CustomerEditor customer(*s, admin, firstCustomer());
    test::look(customer, QStringLiteral("customer-editor"));
    ProductEditor product(*s, admin, firstProduct());
    test::look(product, QStringLiteral("product-editor"));
    ProductEditor newProduct(*s, admin, {});
    newProduct.findChild<QLineEdit*>(QStringLiteral("costEdit"))->setText(QStringLiteral("9,99"));
    newProduct.findChild<QLineEdit*>(QStringLiteral("priceEdit"))->setText(QStringLiteral("7,50"));
    test::look(newProduct, QStringLiteral("product-new"));
    StockAdjustDialog adjust(*s, admin, firstProduct());
    adjust.findChild<QLineEdit*>(QStringLiteral("qtyEdit"))->setText(QStringLiteral("-2"));
    adjust.findChild<QComboBox*>(QStringLiteral("reasonCombo"))->setCurrentIndex(2);
    test::look(adjust, QStringLiteral("stock-adjust"));
}

TEST_F(DialogLayoutTest, SettingsTabs) {
    SettingsDialog settings(*s, admin);
    auto* tabs = settings.findChild<QTabWidget*>(QStringLiteral("tabs"));
    const QStringList names{QStringLiteral("company"), QStringLiteral("taxes"),
                            QStringLiteral("terms"), QStringLiteral("numbering"),
                            QStringLiteral("options")};
    ASSERT_EQ(tabs->count(), names.size());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        test::look(settings, QStringLiteral("settings-") + names[i]);
    }
}

TEST_F(DialogLayoutTest, UsersAndImport) {
    ASSERT_TRUE(
        s->users().add(admin, QStringLiteral("marta"), Role::Sales, QStringLiteral("password-1")));
    UsersDialog users(*s, admin);
    test::look(users, QStringLiteral("users"));

    const QString path = dir.filePath(QStringLiteral("clientes.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,tax_id,email,credit_limit\n"
               "Bazar Norte,B11111111,compras@bazar.example,1500.00\n"
               ",B22222222,,\n"
               "Casa Sur,B33333333,casa-sur,abc\n");
    file.close();
    ImportDialog import(*s, admin, ImportDialog::Kind::Customers);
    import.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(path);
    import.findChild<QPushButton*>(QStringLiteral("checkButton"))->click();
    test::look(import, QStringLiteral("import-errors"));
}
