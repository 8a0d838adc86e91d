// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"
#include "domain/invoice.h"
#include "domain/user.h"

#include <QDialog>
#include <QHash>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class TotalsPanel;

// Asks for the date a draft is posted on (the draft's date by default) before it takes
// the next invoice number for good.
class PostInvoiceDialog : public QDialog {
    Q_OBJECT
public:
    PostInvoiceDialog(const QString& draftNumber, const QDate& date, QWidget* parent = nullptr);

    QDate date() const;
    QDateEdit* dateEdit() const { return m_date; }
    QPushButton* okButton() const { return m_ok; }

private:
    QDateEdit* m_date;
    QPushButton* m_ok;
};

// One invoice: its number (or draft number), customer, dates, the due date of each
// installment, the orders it invoices, the lines, the totals by tax rate, the deposits
// applied, what is paid and the amount due. A draft, for those who may edit invoices,
// takes a new date, notes and line quantities (down to zero, which drops the line; the
// figures follow as typed), saved through the service with the version read; it can be
// discarded (after a confirmation) or posted on a date asked for. Refusals, such as a
// date before the latest posted invoice, show in the message area with the rule's words.
// A posted invoice is read-only. Print preview (Ctrl+P) and Save as PDF go through the
// invoice print job.
class InvoiceViewer : public QDialog {
    Q_OBJECT
public:
    enum LineColumn { Sku, Description, Order, Qty, Unit, UnitPrice, Discount, TaxRate, Net };

    InvoiceViewer(services::Services& services, const domain::Actor& actor, const QString& number,
                  QWidget* parent = nullptr);

    // As last saved; empty after a discard.
    const domain::Invoice& invoice() const { return m_invoice; }
    QTableView* linesTable() const { return m_table; }
    QStandardItemModel* linesModel() const { return m_lines; }
    QLabel* banner() const { return m_banner; }
    QLabel* field(const QString& name) const { return m_fields.value(name); }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    TotalsPanel* totals() const { return m_totals; }
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }
    bool isEditable() const;
    bool isDirty() const;

    // The actions; each answers whether it went through.
    bool save();
    // Asks for a confirmation first.
    bool discard();
    // Saves what changed, asks for the posting date, then posts.
    bool post();
    bool postOn(const QDate& date);
    void printPreview();
    // Asks where, then writes the PDF there.
    void saveAsPdf();
    bool writePdf(const QString& path);
    // A posted invoice with a balance: the payment dialog with this invoice chosen, then
    // the invoice read again.
    void recordPayment();

    void reject() override;

private:
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildFooter();
    void buildButtons();
    void connectSignals();
    void load(const QString& number);
    void fill();
    void fillHeader();
    void fillLines();
    void showFigures();
    void updateButtons();
    void quantityEdited(QStandardItem* item);
    // The draft with the quantities, date and notes as typed, priced again.
    domain::Invoice edited() const;
    void took(const domain::Invoice& invoice, const QString& message);
    void refuse(const Error& error);
    void notice(const QString& text);

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Invoice m_invoice;
    domain::TaxRounding m_rounding = domain::TaxRounding::PerLine;
    bool m_canEdit = false;
    bool m_filling = false;

    QLabel* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_lines = nullptr;
    TotalsPanel* m_totals = nullptr;
    QHash<QString, QLabel*> m_fields;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
