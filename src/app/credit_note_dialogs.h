// SPDX-License-Identifier: MIT
#pragma once

#include "app/allocation_table.h"
#include "domain/invoice.h"
#include "domain/returns.h"
#include "domain/user.h"
#include "services/payment_service.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Allocates a credit note's unallocated amount to the customer's open posted invoices:
// they are listed oldest due first with the amount domain::planAllocation proposes for
// each (what ReturnService::allocate does when no invoice is named), and what would be
// left on the note. The amounts can be typed over, as in the payment dialog ("Propose
// again" brings the proposal back); OK allocates exactly the amounts shown. More than
// an invoice's balance or than the note has is refused naming the invoice, and so is
// what the service refuses, with nothing saved.
class CreditNoteAllocateDialog : public QDialog {
    Q_OBJECT
public:
    using Column = AllocationTable::Column;
    using enum AllocationTable::Column;

    CreditNoteAllocateDialog(services::Services& services, const domain::Actor& actor,
                             const domain::CreditNote& note, QWidget* parent = nullptr);

    QStandardItemModel* invoicesModel() const { return m_allocation->model(); }
    QTableView* invoicesTable() const { return m_allocation->view(); }
    QPushButton* proposeButton() const { return m_propose; }
    QLabel* banner() const { return m_banner; }
    QLabel* leftoverLabel() const { return m_leftover; }
    QPushButton* okButton() const { return m_ok; }
    // The allocations made; empty until then.
    const QList<domain::Allocation>& allocations() const { return m_made; }

    bool save();
    void accept() override;

private:
    void buildUi();
    void load();
    void showLeftover();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::CreditNote m_note;
    QList<domain::Allocation> m_made;

    QLabel* m_banner = nullptr;
    AllocationTable* m_allocation = nullptr;
    QLabel* m_leftover = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_ok = nullptr;
};

// Pays a credit note's unallocated amount back to the customer: amount (all that is
// unallocated by default), method, date and reference; ReturnService::refund records it
// as a refund. A refusal is shown beside the field it names and nothing is saved.
// Tab goes amount → method → date → reference → OK.
class CreditNoteRefundDialog : public QDialog {
    Q_OBJECT
public:
    CreditNoteRefundDialog(services::Services& services, const domain::Actor& actor,
                           const domain::CreditNote& note, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodBox() const { return m_method; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLabel* banner() const { return m_banner; }
    QPushButton* okButton() const { return m_ok; }
    // The refund recorded; empty number until then.
    const domain::Payment& refund() const { return m_refund; }

    bool save();
    void accept() override;

private:
    void buildUi();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::CreditNote m_note;
    domain::Payment m_refund;

    QLabel* m_banner = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reference = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace mostrador::app
