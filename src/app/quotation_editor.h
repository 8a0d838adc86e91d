// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/sales_document.h"
#include "domain/user.h"

#include <QDialog>
#include <QHash>

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

// A quotation from the keyboard: the customer (suggested by code or name; its addresses
// and payment terms are shown once picked), dates and notes, then the lines grid, where
// each line is priced by the service as it is typed and flagged when it is below cost
// or discounted beyond the user's limit; totals follow every keystroke. The buttons
// follow the quotation's state (save, send, accept into an order, reject with a reason,
// revise, print). Anything but a draft is read-only. A refusal shows the service's
// message and puts the cursor on the field or line it names.
class QuotationEditor : public QDialog {
    Q_OBJECT
public:
    // An empty `number` starts a new quotation.
    QuotationEditor(services::Services& services, const domain::Actor& actor, const QString& number,
                    QWidget* parent = nullptr);
    ~QuotationEditor() override;

    const domain::Quotation& quotation() const { return m_quote; }
    DocumentGrid* grid() const { return m_grid; }
    DocumentLinesModel* linesModel() const { return m_model; }
    TotalsPanel* totals() const { return m_totals; }
    QLabel* banner() const { return m_banner; }
    QLabel* lineNote() const { return m_lineNote; }
    QPushButton* button(const QString& action) const;
    bool isDirty() const { return state() != m_cleanState; }

    // The actions; each answers whether it went through.
    bool save();
    bool send();
    bool acceptQuotation();
    bool rejectQuotation();
    bool revise();
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
    void fill();
    void pickCustomer(const QString& code);
    void showCustomer(const domain::Customer& customer);
    void showLineNote(int row);
    void updateState();
    void showRevisions();
    void defaultValidUntil();
    bool saveIfDirty();
    void refuse(const Error& error);
    void notice(const QString& text);
    QString state() const;
    QWidget* fieldWidget(const QString& field) const;

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Quotation m_quote;
    QString m_customerCode;
    QString m_cleanState;
    bool m_canEdit = false;
    bool m_validUntilTouched = false;
    bool m_inputRefused = false; // the banner shows a refused cell value

    QLabel* m_banner = nullptr;
    LookupEdit* m_customer = nullptr;
    QLabel* m_customerInfo = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QLabel* m_salesperson = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    DocumentLinesModel* m_model = nullptr;
    DocumentGrid* m_grid = nullptr;
    QLabel* m_lineNote = nullptr;
    TotalsPanel* m_totals = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
