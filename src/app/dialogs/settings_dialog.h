// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Company profile, tax rates, payment terms, numbering and options; read-only for
// users who may not manage settings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(services::Services& services, const domain::Actor& actor,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;
};

} // namespace mostrador::app
