// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class InvoiceSource;
class LookupEdit;

// The Invoices section (Ctrl+7): drafts and posted invoices, newest first by default,
// searched by number (or draft number), filtered by state, customer and date range. An
// overdue invoice says so in red in its State column. Enter or a double click opens the
// invoice: a draft to edit, discard or post, a posted one to read and print. Invoices are
// made from orders (the order editor's "Invoice…"), so the list has no New button.
// Several rows can be selected (Shift, Ctrl) and printed at once, Print… or Ctrl+P: into
// one PDF or one PDF each in a folder, behind a progress dialog that can cancel. Selected
// drafts are left out, and the question and the outcome say how many.
class InvoicesView : public ListPage {
    Q_OBJECT
public:
    InvoicesView(services::Services& services, const domain::Actor& actor,
                 QWidget* parent = nullptr);

    QComboBox* stateFilter() const { return m_state; }
    LookupEdit* customerFilter() const { return m_customer; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    // Opens the viewer of `number` (what Enter on a row does); afterwards the invoice stays
    // selected, under its new number when it was posted meanwhile.
    void openInvoice(const QString& number);
    // Navigation from elsewhere (the dashboard): the list with only this filter on.
    void showOverdue();
    void showCustomer(const QString& code);
    void showPeriod(QDate from, QDate to);

    QPushButton* printButton() const { return m_print; }
    // Asks where the selected invoices go, then prints them (what Print… does).
    void printSelected();
    // Prints `numbers` to `path`: one PDF, or a folder of one PDF each. Says how it went,
    // and how many selected drafts were left out.
    void printInvoices(const QStringList& numbers, const QString& path, bool oneFile,
                       int draftsLeftOut = 0);

protected:
    void editRecord(const QString& number) override;
    QString exportName() const override { return tr("invoices"); }

private:
    InvoicesView(services::Services& services, const domain::Actor& actor, InvoiceSource* source,
                 QWidget* parent);
    void buildFilters();
    QStringList postedAmong(const QStringList& keys, int& drafts) const;
    std::optional<bool> askOneFile(int count, int draftsLeftOut);
    static QString draftsNote(int drafts);
    void applyFilters();
    void setFilters(const QString& state, const QString& customer, QDate from, QDate to);

    services::Services& m_services;
    domain::Actor m_actor;
    InvoiceSource* m_source; // owned by the model
    QComboBox* m_state = nullptr;
    LookupEdit* m_customer = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace mostrador::app
