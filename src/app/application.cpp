// SPDX-License-Identifier: MIT
#include "app/application.h"

#include "app/first_run_wizard.h"
#include "app/login_dialog.h"
#include "app/main_window.h"
#include "services/logging.h"
#include "services/services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>
#include <cstdio>
#include <spdlog/spdlog.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initMostradorResources() {
    Q_INIT_RESOURCE(mostrador);
}

namespace mostrador::app {

void initResources() {
    initMostradorResources();
}

StartupOptions parseArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Mostrador: sales management for small companies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QApplication::translate("main", "The database file to open."),
        QApplication::translate("main", "FILE"), services::defaultDatabasePath());
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "The language: es or en."),
                                  QApplication::translate("main", "LANG"));
    parser.addOption(db);
    parser.addOption(lang);
    parser.process(app);

    StartupOptions options{parser.value(db), parser.value(lang).toLower()};
    if (options.language.isEmpty())
        options.language = QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es")
                                                                            : QStringLiteral("en");
    if (options.language != u"es" && options.language != u"en") {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "--lang must be es or en")));
        std::exit(kExitUsage);
    }
    return options;
}

void installTranslations(QApplication& app, const QString& language) {
    const QLocale system = QLocale::system();
    const QLocale locale = system.name().startsWith(language) ? system : QLocale(language);
    QLocale::setDefault(locale);
    if (language == u"en")
        return;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mostrador"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    else
        spdlog::warn("no translation for {}", language.toStdString());
}

namespace {

// The acting user: the new administrator after the wizard, otherwise whoever logs in.
std::optional<domain::Actor> whoIsWorking(services::Services& services, bool& failed) {
    auto initialized = services.setup().isInitialized();
    if (!initialized) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Mostrador"),
                              initialized.error().message);
        failed = true;
        return std::nullopt;
    }
    if (!*initialized) {
        FirstRunWizard wizard(services);
        if (wizard.exec() != QDialog::Accepted)
            return std::nullopt;
        return wizard.admin();
    }
    LoginDialog login(services);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.actor();
}

} // namespace

int run(QApplication& app, const StartupOptions& options) {
    Q_UNUSED(app);
    auto opened = services::Services::open(options.databasePath);
    if (!opened) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Mostrador"),
            QApplication::translate("main", "The database %1 could not be opened.\n\n%2")
                .arg(options.databasePath, opened.error().message));
        return kExitStorage;
    }
    services::Services& services = **opened;
    bool failed = false;
    const auto actor = whoIsWorking(services, failed);
    if (!actor)
        return failed ? kExitStorage : kExitOk;
    spdlog::info("{} started the application", actor->name.toStdString());
    MainWindow window(services, *actor);
    window.show();
    return QApplication::exec();
}

} // namespace mostrador::app
