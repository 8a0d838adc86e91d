// SPDX-License-Identifier: MIT
// app_screenshots OUTDIR [es|en]: builds a demo company in a temporary database and
// saves PNGs of the wizard, the login and the main window's lists, as the user guide
// shows them (the dialogs' pictures come from their layout test). Run it under
// xvfb-run (or offscreen) after a build.
#include "app/app_settings.h"
#include "app/application.h"
#include "app/first_run_wizard.h"
#include "app/global_search.h"
#include "app/login_dialog.h"
#include "app/main_window.h"
#include "app/record_views.h"
#include "app/stock_view.h"
#include "services/services.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace mostrador;

namespace {

QString outDir;

void settle(int ms = 150) {
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

void save(QWidget* widget, const QString& name) {
    settle();
    const QString path = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

domain::Actor runWizard(services::Services& services) {
    app::FirstRunWizard wizard(services);
    wizard.show();
    save(&wizard, QStringLiteral("wizard-choice"));
    wizard.ownChoice()->setChecked(true);
    wizard.next();
    wizard.companyName()->setText(QStringLiteral("Suministros Ruiz S.L."));
    wizard.companyTaxId()->setText(QStringLiteral("B87654321"));
    save(&wizard, QStringLiteral("wizard-company"));
    wizard.back();
    wizard.demoChoice()->setChecked(true);
    wizard.next();
    wizard.password()->setText(QStringLiteral("secret123"));
    wizard.passwordAgain()->setText(QStringLiteral("secret124"));
    wizard.next(); // refused: the two passwords differ
    save(&wizard, QStringLiteral("wizard-admin"));
    wizard.passwordAgain()->setText(QStringLiteral("secret123"));
    wizard.next();
    wizard.accept();
    return wizard.admin();
}

void shootMainWindow(services::Services& services, const domain::Actor& admin) {
    app::MainWindow window(services, admin);
    window.resize(1200, 750);
    window.show();
    settle(300);
    window.customersView()->table()->selectRow(2);
    save(&window, QStringLiteral("customers"));

    window.globalSearch()->setFocus();
    window.globalSearch()->setText(QStringLiteral("mart"));
    window.globalSearch()->searchNow();
    save(&window, QStringLiteral("global-search"));
    window.globalSearch()->clear();
    window.customersView()->setFocus();

    window.showSection(app::MainWindow::Products);
    window.productsView()->table()->selectRow(0);
    save(&window, QStringLiteral("products"));
    window.showSection(app::MainWindow::Stock);
    window.stockView()->table()->selectRow(1);
    save(&window, QStringLiteral("stock"));
}

} // namespace

int main(int argc, char** argv) {
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mostrador"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's window settings
    app::initResources();
    app::AppSettings().clear(); // default column widths and window size
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: app_screenshots OUTDIR [es|en]\n");
        return 2;
    }
    outDir = args.at(1);
    QDir().mkpath(outDir);
    app::installTranslations(qapp, args.size() > 2 ? args.at(2) : QStringLiteral("en"));

    QTemporaryDir dir;
    auto services = services::Services::open(dir.filePath(QStringLiteral("demo.db")));
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(services.error().message));
        return 3;
    }
    const domain::Actor admin = runWizard(**services);

    app::LoginDialog login(**services);
    login.userName()->setText(QStringLiteral("admin"));
    login.password()->setText(QStringLiteral("wrong-password"));
    login.show();
    login.accept(); // refused: shows why
    save(&login, QStringLiteral("login"));
    login.reject();

    shootMainWindow(**services, admin);
    return 0;
}
