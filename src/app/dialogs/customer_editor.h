// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/editor_dialog.h"
#include "domain/customer.h"
#include "domain/user.h"

#include <memory>

namespace Ui {
class CustomerEditorForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Edits one customer file with its contacts. Saving goes through CustomerService; a
// refused save leaves the dialog open, names the reason and focuses the field it is about.
class CustomerEditor : public EditorDialog {
    Q_OBJECT
public:
    // An empty `code` opens a new customer.
    CustomerEditor(services::Services& services, const domain::Actor& actor, const QString& code,
                   QWidget* parent = nullptr);
    ~CustomerEditor() override;

    // The code of the customer saved by this dialog; empty when nothing was saved.
    QString savedCode() const { return m_savedCode; }

protected:
    bool save() override;

private:
    void setUpFields();
    void setUpContacts();
    void addAccountButton();
    void load(const QString& code);
    void fill(const domain::Customer& customer);
    void addContactRow(const domain::Contact& contact);
    void addContact();
    void removeContact();
    void syncShipping();
    void checkCreditLimit();
    // The customer as the form shows it, or the refusal of a field that cannot be read.
    Result<domain::Customer> collect();

    services::Services& m_services;
    domain::Actor m_actor;
    std::unique_ptr<Ui::CustomerEditorForm> ui;
    domain::Customer m_customer;
    QString m_savedCode;
};

} // namespace mostrador::app
