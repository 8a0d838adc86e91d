// SPDX-License-Identifier: MIT
#include "services/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace mostrador::services {

QString dataFolder() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("mostrador.db"));
}

void initLogging(const QString& name) {
    const QString dir = QDir(dataFolder()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name + QStringLiteral(".log"));
    try {
        auto logger =
            spdlog::rotating_logger_mt(name.toStdString(), file.toStdString(), 5 * 1024 * 1024, 5);
        logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex&) {
        // A read-only data folder must not stop the program; it logs to stderr then.
    }
}

void routeQtMessagesToLog() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        const std::string message = text.toStdString();
        switch (type) {
        case QtDebugMsg:
        case QtInfoMsg:
            spdlog::debug("qt: {}", message);
            break;
        case QtWarningMsg:
            spdlog::warn("qt: {}", message);
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            spdlog::error("qt: {}", message);
            break;
        }
    });
}

} // namespace mostrador::services
