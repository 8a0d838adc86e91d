// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class CustomerAccountModel;

// A customer's account (issue 5), opened from the customers list ("Account…",
// Ctrl+Shift+A) or the customer editor, beside other windows (non-modal): the customer
// with AR balance, credit, unapplied deposits, overdue invoices and credit limit; the
// period (by default from the first day of the month three months ago to today, as the
// CLI); every entry of the period with its running balance between the opening and the
// closing balance. A double click (or Enter) on an invoice opens the invoice viewer.
// Print statement… shows the statement's print preview; Save as PDF… writes it; Export…
// writes the entries as CSV or XLSX. It reads again when the period changes or when an
// invoice, payment, chargeback, deposit or credit note is announced.
class CustomerAccountView : public QDialog {
    Q_OBJECT
public:
    CustomerAccountView(services::Services& services, const domain::Actor& actor,
                        const QString& customerCode, QWidget* parent = nullptr);
    ~CustomerAccountView() override;

    // Opens the account of `code` as a window of its own that deletes itself when closed.
    static CustomerAccountView* open(services::Services& services, const domain::Actor& actor,
                                     const QString& code, QWidget* parent);

    CustomerAccountModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* headerLabel() const { return m_header; }
    QLabel* balancesLabel() const { return m_balances; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* exportButton() const { return m_export; }

    // Reads the header and the period's entries again.
    void reload();
    // Writes the statement of the period shown as a PDF; false after a warning.
    bool writeStatementPdf(const QString& path);

protected:
    // Enter on a row opens it, as a double click does.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void connectSignals();
    void loadHeader();
    void loadEntries();
    void openEntry(const QModelIndex& index);
    void printPreview();
    void saveAsPdf();
    void exportEntries();

    services::Services& m_services;
    domain::Actor m_actor;
    QString m_code;
    CustomerAccountModel* m_model = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_error = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_balances = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace mostrador::app
