// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returns.h"
#include "domain/user.h"
#include "services/return_service.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;

// Takes goods of one shipment back (ReturnService::create). The shipment comes from the
// shipment viewer or is picked by number (suggestions as one types). Its lines show
// shipped, already returned and returnable quantities with an editable "Return" column;
// a quantity above what can come back is refused in place, naming the SKU. A reason is
// required (suggestions in an editable list); "Damaged — do not restock" and the date
// follow. Before OK the dialog shows what will happen, through ReturnService::preview:
// which part is credited on a credit note (and for how much) and which part only lowers
// what is left to invoice. A refusal of the service is shown and nothing is saved; on
// success it offers to open the credit note.
// Tab goes shipment → lines → reason → damaged → date → OK.
class ReturnDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Sku, Description, Shipped, Returned, Returnable, Return };

    // An empty `shipmentNumber` lets the user pick the shipment.
    ReturnDialog(services::Services& services, const domain::Actor& actor,
                 const QString& shipmentNumber, QWidget* parent = nullptr);

    LookupEdit* shipmentEdit() const { return m_shipment; }
    QLabel* shipmentLabel() const { return m_shipmentInfo; }
    QTableView* linesTable() const { return m_table; }
    QStandardItemModel* linesModel() const { return m_model; }
    QComboBox* reasonBox() const { return m_reason; }
    QCheckBox* damagedCheck() const { return m_damaged; }
    QDateEdit* dateEdit() const { return m_date; }
    QLabel* banner() const { return m_banner; }
    QLabel* previewLabel() const { return m_preview; }
    QPushButton* okButton() const { return m_ok; }

    // Sets the "Return" quantity of `row` as if typed.
    void setReturnQty(int row, const QString& text);
    // The return made; empty number until then.
    const domain::Return& createdReturn() const { return m_made; }
    // The credit note the user chose to open after saving; empty otherwise.
    QString creditNoteToOpen() const { return m_openNote; }

    // Records the return; false when refused (the banner says why, nothing is saved).
    bool save();
    void accept() override;

private:
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildFooter();
    void connectSignals();
    void loadShipment();
    void fillLines();
    void quantityEdited(QStandardItem* item);
    // The typed lines, or the first refusal (a quantity unreadable or above returnable).
    Result<QList<services::ReturnLineRequest>> typedLines(int* badRow = nullptr) const;
    services::ReturnInput input(const QString& reason) const;
    void updatePreview();
    QString previewText(const services::ReturnPreview& preview) const;
    void refuse(const Error& error);
    void offerCreditNote();

    services::Services& m_services;
    domain::Actor m_actor;
    QString m_shipmentNumber; // the shipment loaded; empty when none
    QList<domain::ReturnableLine> m_lines;
    domain::Return m_made;
    QString m_openNote;
    bool m_filling = false;

    QLabel* m_banner = nullptr;
    LookupEdit* m_shipment = nullptr;
    QLabel* m_shipmentInfo = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QComboBox* m_reason = nullptr;
    QCheckBox* m_damaged = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace mostrador::app
