// SPDX-License-Identifier: MIT
#include "app/first_run_wizard.h"

#include "services/demo_sales.h"
#include "services/services.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    label->hide();
    return label;
}

void showError(QLabel* label, QWidget* field, const QString& message) {
    label->setText(message);
    label->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace

FirstRunWizard::FirstRunWizard(services::Services& services, QWidget* parent)
    : QWizard(parent)
    , m_services(services) {
    setWindowTitle(tr("Welcome to Mostrador"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mostrador.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ChoicePage, buildChoicePage());
    setPage(CompanyPage, buildCompanyPage());
    setPage(AdminPage, buildAdminPage());
    setButtonText(QWizard::FinishButton, tr("&Start"));
    resize(640, 480);
}

QWizardPage* FirstRunWizard::buildChoicePage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Welcome to Mostrador"));
    page->setSubTitle(tr("This database is new. Try Mostrador with a demo company, or set up "
                         "your own company."));
    m_demo = new QRadioButton(tr("Open the &demo company"), page);
    auto* demoText =
        new QLabel(tr("Ferretería Demo S.L., a hardware wholesaler, with %1 customers, %2 "
                      "products in stock and two years of sales to explore freely.")
                       .arg(kDemoCustomers)
                       .arg(kDemoProducts),
                   page);
    m_own = new QRadioButton(tr("&Create my company"), page);
    auto* ownText =
        new QLabel(tr("Start empty with your company's name, tax ID and currency."), page);
    for (QLabel* text : {demoText, ownText}) {
        text->setWordWrap(true);
        text->setContentsMargins(24, 0, 0, 12);
    }
    m_demo->setChecked(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_demo);
    layout->addWidget(demoText);
    layout->addWidget(m_own);
    layout->addWidget(ownText);
    layout->addStretch(1);
    return page;
}

QWizardPage* FirstRunWizard::buildCompanyPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your company"));
    page->setSubTitle(tr("It appears on every document you print. You can change it later in "
                         "Tools › Settings."));
    m_companyName = new QLineEdit(page);
    m_taxId = new QLineEdit(page);
    m_address = new QPlainTextEdit(page);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(80);
    m_currency = new QComboBox(page);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("MXN")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_companyError = errorLabel(page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Company &name:"), m_companyName);
    form->addRow(tr("&Tax ID:"), m_taxId);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(m_companyError);
    return page;
}

QWizardPage* FirstRunWizard::buildAdminPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The administrator manages users and settings. Choose a password of at "
                         "least 8 characters and keep it safe."));
    m_adminName = new QLineEdit(QStringLiteral("admin"), page);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = new QLineEdit(page);
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    m_adminError = errorLabel(page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&User name:"), m_adminName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_passwordAgain);
    form->addRow(m_adminError);
    return page;
}

int FirstRunWizard::nextId() const {
    switch (currentId()) {
    case ChoicePage:
        return m_own->isChecked() ? CompanyPage : AdminPage;
    case CompanyPage:
        return AdminPage;
    default:
        return -1;
    }
}

bool FirstRunWizard::validateCurrentPage() {
    switch (currentId()) {
    case CompanyPage:
        return checkCompany();
    case AdminPage:
        return checkAdmin() && createCompany();
    default:
        return true;
    }
}

bool FirstRunWizard::checkCompany() {
    m_companyError->hide();
    if (m_companyName->text().trimmed().isEmpty()) {
        showError(m_companyError, m_companyName,
                  tr("Company name: enter the name of your company."));
        return false;
    }
    if (m_currency->currentText().trimmed().size() != 3) {
        showError(m_companyError, m_currency,
                  tr("Currency: enter the three-letter ISO code, such as EUR or USD."));
        return false;
    }
    return true;
}

bool FirstRunWizard::checkAdmin() {
    m_adminError->hide();
    if (auto ok = domain::validateUserName(m_adminName->text().trimmed()); !ok) {
        showError(m_adminError, m_adminName, tr("User name: %1.").arg(ok.error().message));
        return false;
    }
    if (auto ok = domain::validatePassword(m_password->text()); !ok) {
        showError(m_adminError, m_password, tr("Password: %1.").arg(ok.error().message));
        return false;
    }
    if (m_password->text() != m_passwordAgain->text()) {
        showError(m_adminError, m_passwordAgain,
                  tr("Repeat password: it differs from the password. Type the same password "
                     "twice."));
        return false;
    }
    return true;
}

bool FirstRunWizard::createCompany() {
    domain::CompanyProfile company;
    if (m_demo->isChecked()) {
        company.name = QStringLiteral("Ferretería Demo S.L.");
        company.taxId = QStringLiteral("B12345678");
        company.address = QStringLiteral("Calle Mayor 1\n28013 Madrid");
        company.currency = domain::Currency::fromCode(u"EUR");
    } else {
        company.name = m_companyName->text().trimmed();
        company.taxId = m_taxId->text().trimmed();
        company.address = m_address->toPlainText().trimmed();
        company.currency = domain::Currency::fromCode(m_currency->currentText().trimmed());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto admin =
        m_services.setup().initialize(company, m_adminName->text().trimmed(), m_password->text());
    Status demo;
    if (admin && m_demo->isChecked())
        demo = services::loadDemoCompany(
            m_services, *admin,
            {kDemoCustomers, kDemoProducts, kDemoQuotations, kDemoHistoryOrders},
            m_password->text());
    QApplication::restoreOverrideCursor();
    if (!admin) {
        showError(m_adminError, nullptr,
                  tr("The company could not be created: %1").arg(admin.error().message));
        return false;
    }
    m_admin = *admin;
    if (!demo) {
        // The company exists now; only the samples are missing, which is no reason to stop.
        QMessageBox::warning(this, tr("Demo data"),
                             tr("The company was created, but the demo data could not be "
                                "loaded: %1")
                                 .arg(demo.error().message));
    }
    return true;
}

} // namespace mostrador::app
