// SPDX-License-Identifier: MIT
#include "app/dialogs/users_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/labels.h"
#include "services/services.h"
#include "ui_users_dialog.h"

#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Role;

UsersDialog::UsersDialog(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , ui(std::make_unique<Ui::UsersForm>()) {
    ui->setupUi(this);
    for (Role role : domain::allRoles()) {
        ui->roleCombo->addItem(Labels::role(role), int(role));
        ui->newRoleCombo->addItem(Labels::role(role), int(role));
    }
    ui->newRoleCombo->setCurrentIndex(ui->newRoleCombo->findData(int(Role::Sales)));
    ui->usersTable->setColumnWidth(0, 120);
    ui->usersTable->setColumnWidth(1, 120);
    ui->usersTable->setMinimumWidth(330);
    ui->newPasswordEdit->setPlaceholderText(tr("at least 8 characters"));
    ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->usersTable, &QTableWidget::itemSelectionChanged, this,
            &UsersDialog::selectionChanged);
    connect(ui->changeRoleButton, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(ui->resetPasswordButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(ui->resetRepeatEdit, &QLineEdit::returnPressed, this, &UsersDialog::setPassword);
    connect(ui->activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(ui->newRepeatEdit, &QLineEdit::returnPressed, this, &UsersDialog::addUser);
    ui->messageLabel->hide();
    reload();
    if (auto ok = actor.require(domain::Permission::ManageUsers); !ok) {
        ui->selectedBox->setEnabled(false);
        ui->newBox->setEnabled(false);
        DialogSupport::showError(ui->messageLabel, ok.error().message);
    }
    ui->usersTable->setFocus(Qt::OtherFocusReason);
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload(const QString& select) {
    auto users = m_services.users().list(m_actor);
    m_users = users.value_or(QList<domain::User>());
    if (!users)
        DialogSupport::showError(ui->messageLabel, users.error().message);
    QTableWidget* table = ui->usersTable;
    const QSignalBlocker block(table);
    table->setRowCount(0);
    for (const domain::User& user : m_users) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(user.name));
        table->setItem(row, 1, new QTableWidgetItem(Labels::role(user.role)));
        table->setItem(row, 2, new QTableWidgetItem(user.active ? tr("active") : tr("inactive")));
        if (user.name == select || (select.isEmpty() && row == 0))
            table->selectRow(row);
    }
    selectionChanged();
}

QString UsersDialog::selectedName() const {
    const int row = ui->usersTable->currentRow();
    const auto selected = ui->usersTable->selectionModel()->selectedRows();
    if (selected.isEmpty() || row < 0 || row >= m_users.size())
        return {};
    return m_users[row].name;
}

void UsersDialog::selectionChanged() {
    const int row = ui->usersTable->currentRow();
    const bool any = !selectedName().isEmpty();
    for (QWidget* w :
         QList<QWidget*>{ui->roleCombo, ui->changeRoleButton, ui->resetPasswordEdit,
                         ui->resetRepeatEdit, ui->resetPasswordButton, ui->activeButton})
        w->setEnabled(any);
    if (!any)
        return;
    const domain::User& user = m_users[row];
    ui->selectedBox->setTitle(tr("User %1").arg(user.name));
    ui->roleCombo->setCurrentIndex(ui->roleCombo->findData(int(user.role)));
    ui->activeButton->setText(user.active ? tr("&Deactivate") : tr("A&ctivate"));
}

bool UsersDialog::passwordsMatch(QLineEdit* password, QLineEdit* repeat) {
    DialogSupport::markInvalid(repeat, false);
    if (password->text() == repeat->text())
        return true;
    const QString message = tr("The two passwords are not the same");
    DialogSupport::markInvalid(repeat, true, message);
    DialogSupport::showError(ui->messageLabel, message);
    repeat->setFocus(Qt::OtherFocusReason);
    repeat->selectAll();
    return false;
}

void UsersDialog::done(const Status& status, const QString& success, const QString& select) {
    if (!status) {
        DialogSupport::showError(ui->messageLabel, status.error().message);
        return;
    }
    reload(select);
    DialogSupport::showNotice(ui->messageLabel, success);
}

void UsersDialog::changeRole() {
    const QString name = selectedName();
    const auto role = Role(ui->roleCombo->currentData().toInt());
    done(m_services.users().setRole(m_actor, name, role),
         tr("%1 is now %2.").arg(name, Labels::role(role)), name);
}

void UsersDialog::setPassword() {
    const QString name = selectedName();
    if (name.isEmpty() || !passwordsMatch(ui->resetPasswordEdit, ui->resetRepeatEdit))
        return;
    const Status status =
        m_services.users().setPassword(m_actor, name, ui->resetPasswordEdit->text());
    if (status) {
        ui->resetPasswordEdit->clear();
        ui->resetRepeatEdit->clear();
    }
    done(status, tr("The password of %1 was changed.").arg(name), name);
}

void UsersDialog::toggleActive() {
    const int row = ui->usersTable->currentRow();
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const bool activate = !m_users[row].active;
    done(m_services.users().setActive(m_actor, name, activate),
         activate ? tr("%1 may log in again.").arg(name) : tr("%1 may no longer log in.").arg(name),
         name);
}

void UsersDialog::addUser() {
    if (!passwordsMatch(ui->newPasswordEdit, ui->newRepeatEdit))
        return;
    const QString name = ui->newNameEdit->text().trimmed();
    const auto role = Role(ui->newRoleCombo->currentData().toInt());
    auto added = m_services.users().add(m_actor, name, role, ui->newPasswordEdit->text());
    if (!added) {
        DialogSupport::showError(ui->messageLabel, added.error().message);
        return;
    }
    for (QLineEdit* edit : {ui->newNameEdit, ui->newPasswordEdit, ui->newRepeatEdit})
        edit->clear();
    done({}, tr("User %1 was added as %2.").arg(added->name, Labels::role(role)), added->name);
    ui->usersTable->setFocus(Qt::OtherFocusReason);
}

} // namespace mostrador::app
