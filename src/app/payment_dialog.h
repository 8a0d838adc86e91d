// SPDX-License-Identifier: MIT
#pragma once

#include "app/allocation_table.h"
#include "domain/invoice.h"
#include "domain/user.h"
#include "services/payment_service.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class AllocationTable;
class LookupEdit;

// Records a payment from the keyboard: customer, amount, method, date and reference,
// then the customer's open posted invoices (oldest due first, overdue ones in red) with
// an "Allocate" column filled with the proposal of domain::planAllocation over the amount
// and the customer's existing credit, as PaymentService::add would allocate it. The
// proposal follows the amount until the user types an allocation; then the user's
// amounts stand until "Propose again". What is left shows as the customer's credit. An
// allocation above an invoice's balance, or allocations above the money available, are
// refused naming the invoice; so is what the service refuses, with nothing saved.
// Tab goes customer → amount → method → date → reference → table → OK; Enter saves.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    using Column = AllocationTable::Column;
    using enum AllocationTable::Column;

    PaymentDialog(services::Services& services, const domain::Actor& actor,
                  QWidget* parent = nullptr);

    // Opens on `customerCode` with `invoiceNumber` chosen: the amount and its allocation
    // are that invoice's balance (the "Record payment…" of an invoice).
    void prefill(const QString& customerCode, const QString& invoiceNumber = {});

    // The payment recorded; empty number until then.
    const domain::Payment& payment() const { return m_payment; }
    LookupEdit* customerEdit() const { return m_customer; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodBox() const { return m_method; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QTableView* invoicesTable() const { return m_allocation->view(); }
    QStandardItemModel* invoicesModel() const { return m_allocation->model(); }
    QLabel* banner() const { return m_banner; }
    QLabel* creditLabel() const { return m_credit; }
    QLabel* leftoverLabel() const { return m_leftover; }
    QPushButton* proposeButton() const { return m_propose; }
    QPushButton* okButton() const { return m_ok; }
    // Whether the allocations are the user's rather than the proposal.
    bool userEdited() const { return m_allocation->userEdited(); }
    // The allocation typed or proposed for `row`, in minor units.
    qint64 allocated(int row) const { return m_allocation->allocated(row); }

    // Records the payment; false when refused (the banner says why, nothing is saved).
    bool save();
    void accept() override;

private:
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildInvoices();
    void connectSignals();
    void loadCustomer();
    void fillInvoices();
    // Allocations from domain::planAllocation of the amount and the credit.
    void propose();
    void showSummary();
    // The amount as typed; zero when empty or unreadable.
    domain::Money typedAmount() const;
    domain::Money money(qint64 minor) const;
    void refuse(const Error& error);

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Currency m_currency;
    services::AllocationProposal m_proposal;
    domain::Payment m_payment;

    QLabel* m_banner = nullptr;
    LookupEdit* m_customer = nullptr;
    QLabel* m_customerName = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_credit = nullptr;
    AllocationTable* m_allocation = nullptr;
    QLabel* m_leftover = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace mostrador::app
