// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Lists users and lets an admin add them, change roles, reset passwords and
// activate or deactivate them.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(services::Services& services, const domain::Actor& actor,
                QWidget* parent = nullptr);
    ~UsersDialog() override;
};

} // namespace mostrador::app
