// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>

namespace mostrador::app {

// Where the application keeps window geometry and list layouts (never business data):
// ~/.config/Mostrador/Mostrador.conf on Linux. Named explicitly because the data folder
// (~/.local/share/Mostrador) depends on the application name only.
class AppSettings : public QSettings {
public:
    AppSettings()
        : QSettings(QStringLiteral("Mostrador"), QStringLiteral("Mostrador")) {}
};

} // namespace mostrador::app
