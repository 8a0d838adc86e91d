// SPDX-License-Identifier: MIT
#pragma once

#include "app/shipment_papers.h"
#include "domain/fulfilment.h"
#include "domain/sales_document.h"
#include "domain/user.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class ShipmentLinesModel;

// Ships all or part of an order from the keyboard. The header takes the ship date, the
// carrier (completed from the carriers used before), the tracking number, the packages,
// the freight terms and notes; the lines show what remains, the line's reservation and
// the stock on hand, with "To ship" proposed as what can leave now. Typing a quantity
// replaces it and Enter goes to the next line; Enter outside a cell (or Ctrl+Enter
// anywhere) ships. The weight follows the quantities. A refusal (more than on hand,
// naming the product) shows in the dialog, which stays open with nothing changed; once
// shipped, the dialog offers the delivery note and the bill of lading.
class ShipmentDialog : public QDialog {
    Q_OBJECT
public:
    ShipmentDialog(services::Services& services, const domain::Actor& actor,
                   const QString& orderNumber, QWidget* parent = nullptr);
    ~ShipmentDialog() override;

    // The shipment made; empty number until then.
    const domain::Shipment& shipment() const { return m_papers.shipment(); }
    ShipmentLinesModel* linesModel() const { return m_model; }
    QTableView* linesTable() const { return m_table; }
    QLabel* banner() const { return m_banner; }
    QLabel* weightLabel() const { return m_weight; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* carrierEdit() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QSpinBox* packagesBox() const { return m_packages; }
    QComboBox* freightBox() const { return m_freight; }
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }

    // Creates the shipment from what the dialog shows; false when refused (the banner
    // says why and the dialog stays as it was).
    bool ship();

private:
    void buildUi();
    QWidget* buildHeader();
    void buildButtons();
    void load(const QString& orderNumber);
    bool loadLines(const domain::SalesOrder& order);
    void showWeight();
    void shipped();
    void refuse(const Error& error);
    // After Enter in a "To ship" cell: the next line's cell, open for typing.
    void editNextLine();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::SalesOrder m_order;
    ShipmentPapers m_papers;
    ShipmentLinesModel* m_model = nullptr;

    QLabel* m_orderInfo = nullptr;
    QLabel* m_banner = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
    QSpinBox* m_packages = nullptr;
    QComboBox* m_freight = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_weight = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace mostrador::app
