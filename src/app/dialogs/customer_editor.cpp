// SPDX-License-Identifier: MIT
#include "app/dialogs/customer_editor.h"

#include "app/customer_account_view.h"
#include "app/dialogs/dialog_support.h"
#include "services/services.h"
#include "ui_customer_editor.h"

#include <QPushButton>
#include <QShortcut>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Contact;
using domain::Customer;

namespace {
enum ContactColumn { kName, kRole, kEmail, kPhone, kColumns };
}

CustomerEditor::CustomerEditor(services::Services& services, const domain::Actor& actor,
                               const QString& code, QWidget* parent)
    : EditorDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , ui(std::make_unique<Ui::CustomerEditorForm>()) {
    ui->setupUi(this);
    setUpFields();
    setUpContacts();
    if (code.isEmpty()) {
        setWindowTitle(tr("New customer"));
        fill(m_customer);
    } else {
        load(code);
        addAccountButton();
    }
    const bool readOnly = !actor.require(domain::Permission::EditCustomers).has_value();
    ui->readOnlyNotice->setVisible(readOnly);
    setReadOnly(readOnly);
    markClean();
    ui->nameEdit->setFocus(Qt::OtherFocusReason);
}

CustomerEditor::~CustomerEditor() = default;

void CustomerEditor::setUpFields() {
    ui->termsCombo->addItem(tr("(default)"), QString());
    if (auto terms = m_services.settings().paymentTerms()) {
        for (const auto& t : *terms)
            ui->termsCombo->addItem(tr("%1 (%2)").arg(t.name, t.code), t.code);
    }
    ui->creditLimitEdit->setPlaceholderText(tr("unlimited"));
    connect(ui->creditLimitEdit, &QLineEdit::textChanged, this, &CustomerEditor::checkCreditLimit);
    connect(ui->sameAddressCheck, &QCheckBox::toggled, this, &CustomerEditor::syncShipping);
    connect(ui->billingEdit, &QPlainTextEdit::textChanged, this, &CustomerEditor::syncShipping);

    setUpEditor(ui->buttonBox, ui->errorLabel,
                {{QStringLiteral("code"), ui->codeEdit},
                 {QStringLiteral("name"), ui->nameEdit},
                 {QStringLiteral("tax_id"), ui->taxIdEdit},
                 {QStringLiteral("email"), ui->emailEdit},
                 {QStringLiteral("phone"), ui->phoneEdit},
                 {QStringLiteral("payment_terms"), ui->termsCombo},
                 {QStringLiteral("credit_limit"), ui->creditLimitEdit},
                 {QStringLiteral("price_list"), ui->priceListEdit},
                 {QStringLiteral("billing_address"), ui->billingEdit},
                 {QStringLiteral("shipping_address"), ui->shippingEdit},
                 {QStringLiteral("notes"), ui->notesEdit},
                 {QStringLiteral("contacts"), ui->contactsTable}});
}

// The account of a stored customer opens beside the editor (and closes with it).
void CustomerEditor::addAccountButton() {
    if (m_customer.id == 0 || !m_actor.require(domain::Permission::ViewSales))
        return;
    QPushButton* account =
        ui->buttonBox->addButton(tr("&Account…"), QDialogButtonBox::ActionRole);
    account->setObjectName(QStringLiteral("accountButton"));
    account->setToolTip(tr("The customer's invoices, payments and balance"));
    connect(account, &QPushButton::clicked, this, [this] {
        CustomerAccountView::open(m_services, m_actor, m_customer.code, this);
    });
}

void CustomerEditor::setUpContacts() {
    QTableWidget* table = ui->contactsTable;
    table->setColumnWidth(kName, 180);
    table->setColumnWidth(kRole, 120);
    table->setColumnWidth(kEmail, 200);
    table->setToolTip(tr("Ins adds a contact, Del removes the selected one"));
    connect(ui->addContactButton, &QPushButton::clicked, this, &CustomerEditor::addContact);
    connect(ui->removeContactButton, &QPushButton::clicked, this, &CustomerEditor::removeContact);
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), table);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &CustomerEditor::addContact);
    auto* remove = new QShortcut(QKeySequence::Delete, table);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &CustomerEditor::removeContact);
}

void CustomerEditor::load(const QString& code) {
    auto customer = m_services.customers().get(m_actor, code);
    if (!customer) {
        DialogSupport::showError(ui->errorLabel, customer.error().message);
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        setWindowTitle(tr("Customer %1").arg(code));
        return;
    }
    m_customer = *customer;
    setWindowTitle(tr("Customer %1 — %2").arg(m_customer.code, m_customer.name));
    fill(m_customer);
}

void CustomerEditor::fill(const Customer& c) {
    const bool isNew = c.id == 0;
    ui->codeEdit->setText(c.code);
    ui->codeEdit->setReadOnly(!isNew);
    ui->codeEdit->setToolTip(isNew ? tr("Leave empty to take the next number of the series")
                                   : tr("A customer's code never changes"));
    ui->nameEdit->setText(c.name);
    ui->taxIdEdit->setText(c.taxId);
    ui->emailEdit->setText(c.email);
    ui->phoneEdit->setText(c.phone);
    ui->billingEdit->setPlainText(c.billingAddress);
    ui->sameAddressCheck->setChecked(c.shippingAddress.isEmpty() ||
                                     c.shippingAddress == c.billingAddress);
    ui->shippingEdit->setPlainText(c.shippingAddress);
    int terms = ui->termsCombo->findData(c.paymentTermsCode);
    if (terms < 0) { // terms that are no longer offered still show what the file holds
        ui->termsCombo->addItem(c.paymentTermsCode, c.paymentTermsCode);
        terms = ui->termsCombo->count() - 1;
    }
    ui->termsCombo->setCurrentIndex(terms);
    ui->creditLimitEdit->setText(c.creditLimit ? c.creditLimit->toNumberString(QLocale())
                                               : QString());
    ui->priceListEdit->setText(c.priceListCode);
    ui->onHoldCheck->setChecked(c.onHold);
    ui->activeCheck->setChecked(c.active);
    ui->notesEdit->setPlainText(c.notes);
    ui->contactsTable->setRowCount(0);
    for (const Contact& contact : c.contacts)
        addContactRow(contact);
    syncShipping();
    checkCreditLimit();
}

void CustomerEditor::addContactRow(const Contact& contact) {
    QTableWidget* table = ui->contactsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    const QString values[kColumns] = {contact.name, contact.role, contact.email, contact.phone};
    for (int column = 0; column < kColumns; ++column)
        table->setItem(row, column, new QTableWidgetItem(values[column]));
    table->item(row, kName)->setData(Qt::UserRole, contact.id);
}

void CustomerEditor::addContact() {
    addContactRow({});
    QTableWidget* table = ui->contactsTable;
    QTableWidgetItem* item = table->item(table->rowCount() - 1, kName);
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentItem(item);
    table->editItem(item);
}

void CustomerEditor::removeContact() {
    QTableWidget* table = ui->contactsTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    if (table->rowCount() > 0)
        table->setCurrentCell(std::min(row, table->rowCount() - 1), kName);
}

void CustomerEditor::syncShipping() {
    const bool same = ui->sameAddressCheck->isChecked();
    ui->shippingEdit->setEnabled(!same);
    if (same && ui->shippingEdit->toPlainText() != ui->billingEdit->toPlainText())
        ui->shippingEdit->setPlainText(ui->billingEdit->toPlainText());
}

void CustomerEditor::checkCreditLimit() {
    const QString text = ui->creditLimitEdit->text().trimmed();
    QString problem;
    if (!text.isEmpty()) {
        auto limit = domain::Money::parse(text, QLocale(), m_services.context().currency);
        if (!limit)
            problem = tr("Not an amount: write it like %1")
                          .arg(domain::Money::fromMinor(1234567).toNumberString(QLocale()));
        else if (limit->isNegative())
            problem = tr("The credit limit cannot be negative");
    }
    DialogSupport::markInvalid(ui->creditLimitEdit, !problem.isEmpty(), problem);
    if (problem.isEmpty())
        DialogSupport::showNotice(ui->creditLimitHint, tr("Empty = unlimited, 0 = prepaid only"));
    else
        DialogSupport::showError(ui->creditLimitHint, problem);
}

Result<Customer> CustomerEditor::collect() {
    Customer c = m_customer;
    c.code = ui->codeEdit->text().trimmed();
    c.name = ui->nameEdit->text().trimmed();
    c.taxId = ui->taxIdEdit->text().trimmed();
    c.email = ui->emailEdit->text().trimmed();
    c.phone = ui->phoneEdit->text().trimmed();
    c.billingAddress = ui->billingEdit->toPlainText().trimmed();
    c.shippingAddress = ui->sameAddressCheck->isChecked()
                            ? c.billingAddress
                            : ui->shippingEdit->toPlainText().trimmed();
    c.paymentTermsCode = ui->termsCombo->currentData().toString();
    c.priceListCode = ui->priceListEdit->text().trimmed();
    c.onHold = ui->onHoldCheck->isChecked();
    c.active = ui->activeCheck->isChecked();
    c.notes = ui->notesEdit->toPlainText().trimmed();
    c.creditLimit.reset();
    if (const QString limit = ui->creditLimitEdit->text().trimmed(); !limit.isEmpty()) {
        auto parsed = domain::Money::parse(limit, QLocale(), m_services.context().currency);
        if (!parsed)
            return fail(Error::invalid(QStringLiteral("customer.credit_limit_invalid"),
                                       tr("The credit limit “%1” is not an amount").arg(limit),
                                       QStringLiteral("credit_limit")));
        c.creditLimit = *parsed;
    }
    c.contacts.clear();
    const QTableWidget* table = ui->contactsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [&](int column) { return table->item(row, column)->text().trimmed(); };
        Contact contact{table->item(row, kName)->data(Qt::UserRole).toLongLong(), text(kName),
                        text(kRole), text(kEmail), text(kPhone)};
        if (!QString(contact.name + contact.role + contact.email + contact.phone).isEmpty())
            c.contacts.append(contact);
    }
    return c;
}

bool CustomerEditor::save() {
    auto customer = collect();
    if (customer) {
        auto& service = m_services.customers();
        customer = customer->id == 0 ? service.create(m_actor, *customer)
                                     : service.update(m_actor, *customer);
    }
    if (!customer) {
        checkCreditLimit();
        refuse(customer.error());
        return false;
    }
    m_savedCode = customer->code;
    return true;
}

} // namespace mostrador::app
