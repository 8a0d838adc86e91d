// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/fulfilment.h"
#include "domain/sales_document.h"
#include "domain/user.h"
#include "services/sales_order_service.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class DocumentGrid;
class DocumentLinesModel;
class LookupEdit;
class TotalsPanel;

// A sales order from the keyboard, as the quotation editor does it: the customer (with
// its credit position: exposure against the limit), dates, notes, then the lines grid,
// priced as typed, each line with its own requested date. Confirming runs the service's
// approval rules, credit check and reservation; the outcome shows in the status banner
// with every reason (the amount by which the limit is exceeded, the lines a manager must
// approve) and, once a manager has decided, who did and why. Past the draft the order
// is read-only and its lines show what is reserved, shipped and short. The buttons follow
// the state and the user's permissions: save, confirm, approve and release (managers,
// with a written reason), cancel, record a deposit, print.
class OrderEditor : public QDialog {
    Q_OBJECT
public:
    // An empty `number` starts a new order.
    OrderEditor(services::Services& services, const domain::Actor& actor, const QString& number,
                QWidget* parent = nullptr);
    ~OrderEditor() override;

    const domain::SalesOrder& order() const { return m_order; }
    DocumentGrid* grid() const { return m_grid; }
    DocumentLinesModel* linesModel() const { return m_model; }
    TotalsPanel* totals() const { return m_totals; }
    QLabel* banner() const { return m_banner; }
    QLabel* statusBanner() const { return m_status; }
    QLabel* creditLabel() const { return m_credit; }
    QLabel* depositsLabel() const { return m_deposits; }
    QLabel* lineNote() const { return m_lineNote; }
    QPushButton* button(const QString& action) const;
    bool isDirty() const { return state() != m_cleanState; }

    // The actions; each answers whether it went through. Those that need words from the
    // user (a reason, a deposit) ask in a dialog.
    bool save();
    bool confirmOrder();
    bool approveOrder();
    bool releaseOrder();
    bool cancelOrder();
    bool recordDeposit();
    // Opens the shipment dialog for what remains (confirmed or partially shipped orders,
    // users who may ship); true when a shipment was made.
    bool shipOrder();
    // Drafts an invoice for what the order can still be invoiced (users who may edit
    // invoices) and opens it; true when a draft was made.
    bool invoiceOrder();
    void printPreview();
    // Asks where, then writes the PDF there.
    void saveAsPdf();
    bool writePdf(const QString& path);

    void reject() override;

private:
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildFooter();
    void buildButtons();
    void connectSignals();
    void load(const QString& number);
    void reload();
    void fill();
    void pickCustomer(const QString& code);
    void showCustomer(const domain::Customer& customer);
    // Reads the customer's credit position; showCreditText() tells it against the order.
    void showCredit();
    void showCreditText();
    void showStatus();
    void showDeposits();
    void showLineNote(int row);
    void updateState();
    void updateButtons();
    // Confirmed or beyond: the lines' reservations, shipments and shortfall apply.
    bool isFulfilling() const;
    // Something of the order can still be invoiced under the invoice policy (drafts and
    // returns aside: the service counts those when it drafts).
    bool hasInvoiceable() const;
    bool saveIfDirty();
    // A manager's decision (approve or release) with the reason asked for.
    bool decide(const QString& action);
    void took(const domain::SalesOrder& order, const QString& message);
    void refuse(const Error& error);
    void notice(const QString& text);
    QString state() const;
    QWidget* fieldWidget(const QString& field) const;

    services::Services& m_services;
    domain::Actor m_actor;
    domain::SalesOrder m_order;
    QList<domain::Deposit> m_depositList;
    std::optional<services::CreditPosition> m_position;
    QString m_customerCode;
    QString m_cleanState;
    bool m_canEdit = false;
    bool m_canApprove = false;
    bool m_canDeposit = false;
    bool m_canShip = false;
    bool m_inputRefused = false; // the banner shows a refused cell value

    QLabel* m_banner = nullptr;
    QLabel* m_status = nullptr;
    LookupEdit* m_customer = nullptr;
    QLabel* m_customerInfo = nullptr;
    QLabel* m_credit = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_requested = nullptr;
    QLabel* m_salesperson = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    DocumentLinesModel* m_model = nullptr;
    DocumentGrid* m_grid = nullptr;
    QLabel* m_lineNote = nullptr;
    QLabel* m_deposits = nullptr;
    TotalsPanel* m_totals = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
