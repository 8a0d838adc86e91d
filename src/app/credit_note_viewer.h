// SPDX-License-Identifier: MIT
#pragma once

#include "app/viewer_header.h"
#include "domain/returns.h"
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

// One credit note, read-only: number, date, customer, the return it comes from (a link
// that opens it), the reason and the invoices it credits; its lines as on the invoice
// (SKU, description, quantity, unit price, discount, tax rate, net), the totals by tax
// rate, the total and what is left unallocated. Allocate… and Refund… spend what is
// unallocated, for those who may record payments; the viewer reads the note again
// afterwards. Print preview (Ctrl+P) and Save as PDF go through the credit note print
// job.
class CreditNoteViewer : public QDialog {
    Q_OBJECT
public:
    enum Column { Sku, Description, Qty, UnitPrice, Discount, TaxRate, Net };

    CreditNoteViewer(services::Services& services, const domain::Actor& actor,
                     const QString& number, QWidget* parent = nullptr);

    const domain::CreditNote& note() const { return m_note; }
    QLabel* field(const QString& name) const { return m_header->field(name); }
    QLabel* banner() const { return m_banner; }
    QStandardItemModel* linesModel() const { return m_lines; }
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }

    void allocate();
    void refund();
    void openReturn();
    void printPreview();
    void saveAsPdf();
    // Writes the credit note as a PDF at `path`; false (after a warning) when it could not.
    bool writePdf(const QString& path);

private:
    void buildUi();
    QWidget* buildHeader();
    void buildButtons();
    void load(const QString& number);
    void fill();
    void updateButtons();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::CreditNote m_note;
    bool m_canRecord = false;

    QLabel* m_banner = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_lines = nullptr;
    ViewerHeader* m_header = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
