// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "services/logging.h"

#include <QGuiApplication>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    // Printing lays out text with fonts, which needs a GUI application; the offscreen
    // platform gives one without a display (the CLI never shows a window). It sees only
    // the program name: it would take options of ours such as --title for its own.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // The same name as the desktop application, so both find the same default database
    // in the same data folder (~/.local/share/Mostrador).
    QCoreApplication::setApplicationName(QStringLiteral("Mostrador"));
    // Log lines must never reach stdout, which holds the answer (one JSON document with
    // --json): should the log file be unusable, they go to stderr.
    spdlog::set_default_logger(spdlog::stderr_logger_mt("mostrador-cli-stderr"));
    mostrador::services::initLogging(QStringLiteral("mostrador-cli"));
    mostrador::services::routeQtMessagesToLog();
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mostrador::cli::runCli(args, out, err, QProcessEnvironment::systemEnvironment());
}
