// SPDX-License-Identifier: MIT
#include "app/dialogs/customer_editor.h"
#include "app/record_views.h"
#include "dialog_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class CustomerEditorTest : public test::DialogTest {
protected:
    qint64 customerCount() { return *s->customers().count(admin, {}); }
    QList<services::CustomerRow> search(const QString& text) {
        storage::ListQuery q;
        q.search = text;
        return *s->customers().list(admin, q);
    }
    QString errorText(const CustomerEditor& e) {
        return e.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    }
};

} // namespace

// The whole file entered from the keyboard: name, tab to tax id and e-mail, tab on to
// the credit limit written the Spanish way, Ctrl+S; then found by searching.
TEST_F(CustomerEditorTest, CreatesACustomerWithKeysOnlyAndFindsItBySearching) {
    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    ASSERT_EQ(focusedName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Ferretería Sol"));
    ASSERT_EQ(tab(), QStringLiteral("taxIdEdit"));
    type(QStringLiteral("B11111111"));
    ASSERT_EQ(tab(), QStringLiteral("emailEdit"));
    type(QStringLiteral("compras@sol.example"));
    ASSERT_EQ(tab(3), QStringLiteral("creditLimitEdit")); // past phone and payment terms
    type(QStringLiteral("1.500,00"));
    press(Qt::Key_S, Qt::ControlModifier);

    ASSERT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    EXPECT_FALSE(editor.isVisible());
    ASSERT_FALSE(editor.savedCode().isEmpty());

    const auto rows = search(QStringLiteral("ferre"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].code, editor.savedCode());
    EXPECT_EQ(rows[0].name, QStringLiteral("Ferretería Sol"));
    EXPECT_EQ(rows[0].email, QStringLiteral("compras@sol.example"));
    EXPECT_EQ(rows[0].creditLimitMinor, 150000);

    // And through the customer list, typing in its search field.
    CustomersView view(*s, admin);
    showActive(view);
    view.focusSearch();
    type(QStringLiteral("sol"));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->filter(), QStringLiteral("sol"), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 2000);
    EXPECT_EQ(view.model()->keyAt(0), editor.savedCode());
}

TEST_F(CustomerEditorTest, EnterOnTheFormSavesAndContactsAreAddedWithInsert) {
    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("Talleres Norte"));
    auto* table = editor.findChild<QTableWidget*>(QStringLiteral("contactsTable"));
    table->setFocus();
    press(Qt::Key_Insert);
    ASSERT_EQ(table->rowCount(), 1);
    type(QStringLiteral("Ana Ruiz"));
    press(Qt::Key_Tab); // commits the cell; Tab leaves the table for the next button
    editor.findChild<QLineEdit*>(QStringLiteral("phoneEdit"))->setFocus();
    type(QStringLiteral("600 000 000"));
    press(Qt::Key_Return);

    ASSERT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    auto saved = s->customers().get(admin, editor.savedCode());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->phone, QStringLiteral("600 000 000"));
    ASSERT_EQ(saved->contacts.size(), 1);
    EXPECT_EQ(saved->contacts[0].name, QStringLiteral("Ana Ruiz"));
    EXPECT_FALSE(saved->creditLimit.has_value()); // empty = unlimited
}

TEST_F(CustomerEditorTest, DuplicateTaxIdKeepsTheDialogOpenOnTheTaxIdField) {
    Customer first;
    first.name = QStringLiteral("Primero");
    first.taxId = QStringLiteral("B22222222");
    ASSERT_TRUE(s->customers().create(admin, first));

    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("Segundo"));
    tab();
    type(QStringLiteral("B22222222"));
    tab();
    type(QStringLiteral("segundo@example.com"));
    press(Qt::Key_S, Qt::ControlModifier);

    EXPECT_TRUE(editor.isVisible());
    EXPECT_NE(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(editor.savedCode().isEmpty());
    EXPECT_EQ(focusedName(), QStringLiteral("taxIdEdit"));
    EXPECT_TRUE(errorText(editor).contains(QStringLiteral("B22222222")));
    EXPECT_FALSE(editor.findChild<QLineEdit*>(QStringLiteral("taxIdEdit"))->toolTip().isEmpty());
    EXPECT_EQ(customerCount(), 1);

    // Correcting the field and saving again works from the same dialog.
    press(Qt::Key_End);
    press(Qt::Key_Backspace);
    type(QStringLiteral("3"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    EXPECT_EQ(customerCount(), 2);
}

TEST_F(CustomerEditorTest, UnparsableCreditLimitIsRefusedNamingTheField) {
    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("Sin Límite Claro"));
    auto* limit = editor.findChild<QLineEdit*>(QStringLiteral("creditLimitEdit"));
    limit->setFocus();
    type(QStringLiteral("mil"));
    // Marked while typing, before any save.
    EXPECT_FALSE(limit->toolTip().isEmpty());
    auto* hint = editor.findChild<QLabel*>(QStringLiteral("creditLimitHint"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("12.345,67"))) << hint->text().toStdString();

    editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("creditLimitEdit"));
    EXPECT_TRUE(errorText(editor).contains(QStringLiteral("mil")));
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CustomerEditorTest, EditingKeepsTheCodeAndSavesChanges) {
    Customer c;
    c.name = QStringLiteral("Antiguo");
    c.creditLimit = Money::fromMinor(12345678);
    auto created = s->customers().create(admin, c);
    ASSERT_TRUE(created);

    CustomerEditor editor(*s, admin, created->code);
    showActive(editor);
    auto* code = editor.findChild<QLineEdit*>(QStringLiteral("codeEdit"));
    EXPECT_TRUE(code->isReadOnly());
    EXPECT_EQ(code->text(), created->code);
    auto* limit = editor.findChild<QLineEdit*>(QStringLiteral("creditLimitEdit"));
    EXPECT_EQ(limit->text(), QStringLiteral("123.456,78"));
    limit->setFocus();
    limit->selectAll();
    type(QStringLiteral("0"));
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(editor.result(), QDialog::Accepted);
    auto saved = s->customers().get(admin, created->code);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->creditLimit, Money::fromMinor(0)); // zero = prepaid, not unlimited
}

TEST_F(CustomerEditorTest, EscapeWithoutChangesCloses) {
    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    press(Qt::Key_Escape);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(editor.result(), QDialog::Rejected);
}

TEST_F(CustomerEditorTest, ReadOnlyForUsersWhoMayNotEditCustomers) {
    const Actor warehouse = test::actorWithRole(Role::Warehouse);
    ASSERT_FALSE(warehouse.require(Permission::EditCustomers));
    Customer c;
    c.name = QStringLiteral("Solo Lectura");
    auto created = s->customers().create(admin, c);
    ASSERT_TRUE(created);
    CustomerEditor editor(*s, warehouse, created->code);
    showActive(editor);
    EXPECT_TRUE(editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isReadOnly());
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.isVisible());
}

TEST_F(CustomerEditorTest, EscapeWithUnsavedChangesAsksFirst) {
    CustomerEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("A medias"));
    auto answer = [](QMessageBox::StandardButton button, bool* asked) {
        QTimer::singleShot(0, [=] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            *asked = box != nullptr;
            if (box)
                box->button(button)->click();
        });
    };
    bool asked = false;
    answer(QMessageBox::Cancel, &asked);
    press(Qt::Key_Escape);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(editor.isVisible());

    showActive(editor); // the closed question gave focus back to no one offscreen
    asked = false;
    answer(QMessageBox::Discard, &asked);
    press(Qt::Key_Escape);
    EXPECT_TRUE(asked);
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(customerCount(), 0);
}
