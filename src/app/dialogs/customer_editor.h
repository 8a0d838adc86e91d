// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Edits one customer file with its contacts; saving goes through CustomerService.
class CustomerEditor : public QDialog {
    Q_OBJECT
public:
    // An empty `code` opens a new customer.
    CustomerEditor(services::Services& services, const domain::Actor& actor, const QString& code,
                   QWidget* parent = nullptr);
    ~CustomerEditor() override;

    // The code of the customer saved by this dialog; empty when nothing was saved.
    QString savedCode() const { return m_savedCode; }

private:
    QString m_savedCode;
};

} // namespace mostrador::app
