// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Asks for a user name and password and logs in through UserService; a refusal is
// shown in the dialog and the password is selected for another try. Enter submits.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(services::Services& services, QWidget* parent = nullptr);

    const domain::Actor& actor() const { return m_actor; }
    QLineEdit* userName() const { return m_user; }
    QLineEdit* password() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    services::Services& m_services;
    domain::Actor m_actor;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mostrador::app
