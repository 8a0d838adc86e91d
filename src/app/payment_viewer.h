// SPDX-License-Identifier: MIT
#pragma once

#include "app/viewer_header.h"
#include "domain/invoice.h"
#include "domain/user.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Asks whether to allocate the customer's credit as domain::planAllocation proposes it
// (oldest due first), listing the invoices and amounts, then does it through
// PaymentService::applyCredit. Answers whether anything was allocated; a refusal or
// nothing to do is said in a message box.
bool applyCustomerCredit(QWidget* parent, services::Services& services, const domain::Actor& actor,
                         const QString& customerCode);

// One payment (or refund): its figures, the invoices it pays (amount and what
// chargebacks undid) and its chargebacks. Enter or a double click on an allocation
// opens the invoice; Chargeback… and Apply credit… (while some is unallocated) act on
// it for those who may record payments, and the viewer reads it again afterwards.
class PaymentViewer : public QDialog {
    Q_OBJECT
public:
    enum AllocationColumn { Invoice, Date, Amount, Undone };
    enum ChargebackColumn { CbNumber, CbDate, CbReason, CbAmount, CbNotes };

    PaymentViewer(services::Services& services, const domain::Actor& actor, const QString& number,
                  QWidget* parent = nullptr);

    const domain::Payment& payment() const { return m_payment; }
    QLabel* field(const QString& name) const { return m_header->field(name); }
    QLabel* banner() const { return m_banner; }
    QTableView* allocationsTable() const { return m_allocationsTable; }
    QStandardItemModel* allocationsModel() const { return m_allocations; }
    QStandardItemModel* chargebacksModel() const { return m_chargebacks; }
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }

    void chargeback();
    void applyCredit();
    // Opens the invoice of the current allocation in the invoice viewer.
    void openInvoice();

private:
    void buildUi();
    QWidget* buildHeader();
    void buildButtons();
    void load(const QString& number);
    void fill();
    void updateButtons();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Payment m_payment;
    bool m_canRecord = false;

    QLabel* m_banner = nullptr;
    QTableView* m_allocationsTable = nullptr;
    QTableView* m_chargebacksTable = nullptr;
    QStandardItemModel* m_allocations = nullptr;
    QStandardItemModel* m_chargebacks = nullptr;
    ViewerHeader* m_header = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
