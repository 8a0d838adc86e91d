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

} // namespace mostrador::services
