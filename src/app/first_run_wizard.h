// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The first start on a new database: either the demo company (Ferretería Demo S.L.
// with sample customers and products) or the user's own company; both end with the
// administrator's name and password. Finishing initializes the database; the wizard
// then knows the administrator, so the application can log in without asking.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { ChoicePage, CompanyPage, AdminPage };
    static constexpr int kDemoCustomers = 200;
    static constexpr int kDemoProducts = 150;
    static constexpr int kDemoQuotations = 40;
    static constexpr int kDemoHistoryOrders = 3000;

    explicit FirstRunWizard(services::Services& services, QWidget* parent = nullptr);

    // The administrator created on finishing.
    const domain::Actor& admin() const { return m_admin; }

    QRadioButton* demoChoice() const { return m_demo; }
    QRadioButton* ownChoice() const { return m_own; }
    QLineEdit* companyName() const { return m_companyName; }
    QLineEdit* companyTaxId() const { return m_taxId; }
    QComboBox* currency() const { return m_currency; }
    QLineEdit* adminName() const { return m_adminName; }
    QLineEdit* password() const { return m_password; }
    QLineEdit* passwordAgain() const { return m_passwordAgain; }
    QLabel* companyError() const { return m_companyError; }
    QLabel* adminError() const { return m_adminError; }

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    QWizardPage* buildChoicePage();
    QWizardPage* buildCompanyPage();
    QWizardPage* buildAdminPage();
    bool checkCompany();
    bool checkAdmin();
    bool createCompany();

    services::Services& m_services;
    domain::Actor m_admin;
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_own = nullptr;
    QLineEdit* m_companyName = nullptr;
    QLineEdit* m_taxId = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_companyError = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordAgain = nullptr;
    QLabel* m_adminError = nullptr;
};

} // namespace mostrador::app
