// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mostrador::services {

// The folder for the default database and the logs (QStandardPaths::AppDataLocation).
QString dataFolder();
QString defaultDatabasePath();

// Sends spdlog's default logger to a rotating file `logs/<name>.log` in the data
// folder (5 files of 5 MB). Never log passwords.
void initLogging(const QString& name);
// Sends Qt's own messages (qWarning and the like) to the log instead of stderr: the CLI's
// stderr carries only its answers' errors.
void routeQtMessagesToLog();

} // namespace mostrador::services
