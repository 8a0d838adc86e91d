// SPDX-License-Identifier: MIT
#include "app/dialogs/users_dialog.h"

#include "services/services.h"

namespace mostrador::app {

UsersDialog::UsersDialog(services::Services&, const domain::Actor&, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Users"));
}

UsersDialog::~UsersDialog() = default;

} // namespace mostrador::app
