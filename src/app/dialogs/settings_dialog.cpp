// SPDX-License-Identifier: MIT
#include "app/dialogs/settings_dialog.h"

#include "services/services.h"

namespace mostrador::app {

SettingsDialog::SettingsDialog(services::Services&, const domain::Actor&, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
}

SettingsDialog::~SettingsDialog() = default;

} // namespace mostrador::app
