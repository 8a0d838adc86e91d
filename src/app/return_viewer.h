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

// One return, read-only: number, date, shipment, order, customer, reason, whether the
// goods were damaged (not restocked), who recorded it, and its lines with the quantity
// returned and the part of it credited. The credit note is a link (and a button, Alt+C)
// that opens it in the credit note viewer.
class ReturnViewer : public QDialog {
    Q_OBJECT
public:
    enum Column { Sku, Description, Qty, Unit, Credited };

    ReturnViewer(services::Services& services, const domain::Actor& actor, const QString& number,
                 QWidget* parent = nullptr);

    const domain::Return& returned() const { return m_return; }
    QLabel* field(const QString& name) const { return m_header->field(name); }
    QLabel* banner() const { return m_banner; }
    QStandardItemModel* linesModel() const { return m_lines; }
    QPushButton* creditNoteButton() const { return m_creditNote; }

    void openCreditNote();

private:
    void buildUi();
    QWidget* buildHeader();
    void fill();

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Return m_return;
    QLabel* m_banner = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_lines = nullptr;
    QPushButton* m_creditNote = nullptr;
    ViewerHeader* m_header = nullptr;
};

} // namespace mostrador::app
