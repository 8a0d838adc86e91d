// SPDX-License-Identifier: MIT
// mostrador [--db FILE] [--lang es|en]: the desktop application.
#include "app/application.h"
#include "services/logging.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // The application name alone sets the data folder: ~/.local/share/Mostrador.
    QApplication::setApplicationName(QStringLiteral("Mostrador"));
    QApplication::setApplicationVersion(QStringLiteral(MOSTRADOR_VERSION));
    mostrador::app::initResources();
    mostrador::services::initLogging(QStringLiteral("mostrador"));
    const auto options = mostrador::app::parseArguments(app);
    mostrador::app::installTranslations(app, options.language);
    return mostrador::app::run(app, options);
}
