// SPDX-License-Identifier: MIT
#include "app/dialogs/users_dialog.h"
#include "dialog_test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class UsersDialogTest : public test::DialogTest {
protected:
    template <class W> static W* child(const QWidget& w, const char* name) {
        return w.findChild<W*>(QString::fromLatin1(name));
    }
    std::optional<User> user(const QString& name) {
        const auto users = s->users().list(admin);
        for (const User& u : users.value_or(QList<User>()))
            if (u.name == name)
                return u;
        return std::nullopt;
    }
};

} // namespace

TEST_F(UsersDialogTest, AddsAUserFromTheKeyboardThenChangesRoleAndDeactivates) {
    UsersDialog dialog(*s, admin);
    showActive(dialog);
    child<QLineEdit>(dialog, "newNameEdit")->setFocus();
    type(QStringLiteral("ana"));
    ASSERT_EQ(tab(2), QStringLiteral("newPasswordEdit")); // past the role (Sales)
    type(QStringLiteral("secreto-123"));
    tab();
    type(QStringLiteral("secreto-12"));
    press(Qt::Key_Return);
    EXPECT_FALSE(user(QStringLiteral("ana"))); // the two passwords differ
    EXPECT_EQ(focusedName(), QStringLiteral("newRepeatEdit"));

    type(QStringLiteral("secreto-123"));
    press(Qt::Key_Return);
    ASSERT_TRUE(user(QStringLiteral("ana")))
        << child<QLabel>(dialog, "messageLabel")->text().toStdString();
    EXPECT_EQ(user(QStringLiteral("ana"))->role, Role::Sales);
    EXPECT_TRUE(s->users().login(QStringLiteral("ana"), QStringLiteral("secreto-123")));

    auto* table = child<QTableWidget>(dialog, "usersTable");
    ASSERT_EQ(table->item(table->currentRow(), 0)->text(), QStringLiteral("ana"));
    auto* role = child<QComboBox>(dialog, "roleCombo");
    role->setCurrentIndex(role->findData(int(Role::Manager)));
    child<QPushButton>(dialog, "changeRoleButton")->click();
    EXPECT_EQ(user(QStringLiteral("ana"))->role, Role::Manager);

    child<QPushButton>(dialog, "activeButton")->click();
    EXPECT_FALSE(user(QStringLiteral("ana"))->active);
    EXPECT_EQ(table->item(table->currentRow(), 2)->text(), QStringLiteral("inactive"));
}

TEST_F(UsersDialogTest, RefusalsAreShown) {
    ASSERT_TRUE(
        s->users().add(admin, QStringLiteral("luis"), Role::Sales, QStringLiteral("password-1")));
    UsersDialog dialog(*s, admin);
    showActive(dialog);
    child<QLineEdit>(dialog, "newNameEdit")->setText(QStringLiteral("luis"));
    child<QLineEdit>(dialog, "newPasswordEdit")->setText(QStringLiteral("password-2"));
    child<QLineEdit>(dialog, "newRepeatEdit")->setText(QStringLiteral("password-2"));
    child<QPushButton>(dialog, "addButton")->click();
    EXPECT_FALSE(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
    EXPECT_EQ(s->users().list(admin)->size(), 1);

    child<QLineEdit>(dialog, "resetPasswordEdit")->setText(QStringLiteral("short"));
    child<QLineEdit>(dialog, "resetRepeatEdit")->setText(QStringLiteral("short"));
    child<QPushButton>(dialog, "resetPasswordButton")->click();
    EXPECT_TRUE(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("8")))
        << child<QLabel>(dialog, "messageLabel")->text().toStdString();
}

TEST_F(UsersDialogTest, NonAdminsCanChangeNothing) {
    UsersDialog dialog(*s, test::actorWithRole(Role::Manager));
    showActive(dialog);
    EXPECT_FALSE(child<QWidget>(dialog, "newBox")->isEnabled());
    EXPECT_FALSE(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
}
