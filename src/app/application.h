// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QApplication;

namespace mostrador::app {

// What the command line asks for: `mostrador [--db FILE] [--lang es|en]`.
struct StartupOptions {
    QString databasePath;
    QString language; // "es" or "en"
};

// Exit statuses of the application (as the CLI's: 3 = storage or internal error).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitStorage = 3;

// Registers the compiled-in resources (icons, translations) of this static library.
void initResources();

// Reads the arguments; prints the usage and exits on --help or a bad --lang.
StartupOptions parseArguments(const QApplication& app);

// Installs the application's and Qt's translations for `language` and makes the
// matching locale the default, so numbers and money are shown in its way.
void installTranslations(QApplication& app, const QString& language);

// Opens the database, runs the first-run wizard or the login, shows the main window
// and runs the event loop; answers the exit status.
int run(QApplication& app, const StartupOptions& options);

} // namespace mostrador::app
