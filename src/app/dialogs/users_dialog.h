// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>
#include <memory>

class QLineEdit;

namespace Ui {
class UsersForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The users of the database, for an administrator: add one (name, role, password
// twice), change a role, set a new password, activate or deactivate. Each action is
// one UserService call, done at once; a refusal is shown under the list.
class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(services::Services& services, const domain::Actor& actor,
                QWidget* parent = nullptr);
    ~UsersDialog() override;

private:
    void reload(const QString& select = {});
    void selectionChanged();
    QString selectedName() const;
    void changeRole();
    void setPassword();
    void toggleActive();
    void addUser();
    // Both fields hold the same password; otherwise says so and focuses the second.
    bool passwordsMatch(QLineEdit* password, QLineEdit* repeat);
    void done(const Status& status, const QString& success, const QString& select);

    services::Services& m_services;
    domain::Actor m_actor;
    std::unique_ptr<Ui::UsersForm> ui;
    QList<domain::User> m_users;
};

} // namespace mostrador::app
