// SPDX-License-Identifier: MIT
#pragma once

#include "app/shipment_papers.h"

#include <QDialog>
#include <QHash>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mostrador::app {

// A shipment as it left, read-only: its order and consignee with the shipping address,
// date, carrier, tracking, packages, freight terms, weight, who shipped it and the lines
// with their weights; its papers in a print preview (Ctrl+P the delivery note) or saved
// as PDF. Those who handle returns have "Return goods…", the return dialog for it.
class ShipmentViewer : public QDialog {
    Q_OBJECT
public:
    ShipmentViewer(services::Services& services, const domain::Actor& actor, const QString& number,
                   QWidget* parent = nullptr);

    const domain::Shipment& shipment() const { return m_papers.shipment(); }
    ShipmentPapers& papers() { return m_papers; }
    QTableView* linesTable() const { return m_table; }
    QLabel* field(const QString& name) const { return m_fields.value(name); }
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }

private:
    void buildUi();
    QWidget* buildFields();
    void buildButtons();
    void fill();
    void addReturnButton(services::Services& services, const domain::Actor& actor);

    ShipmentPapers m_papers;
    QLabel* m_banner = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_lines = nullptr;
    QHash<QString, QLabel*> m_fields;
    QHash<QString, QPushButton*> m_buttons;
    QHBoxLayout* m_buttonRow = nullptr;
};

} // namespace mostrador::app
