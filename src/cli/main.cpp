// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "services/logging.h"

#include <QCoreApplication>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The same name as the desktop application, so both find the same default database
    // in the same data folder (~/.local/share/Mostrador).
    QCoreApplication::setApplicationName(QStringLiteral("Mostrador"));
    // Log lines must never reach stdout, which holds the answer (one JSON document with
    // --json): should the log file be unusable, they go to stderr.
    spdlog::set_default_logger(spdlog::stderr_logger_mt("mostrador-cli-stderr"));
    mostrador::services::initLogging(QStringLiteral("mostrador-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mostrador::cli::runCli(QCoreApplication::arguments().mid(1), out, err,
                                  QProcessEnvironment::systemEnvironment());
}
