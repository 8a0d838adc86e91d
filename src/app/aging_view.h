// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/payment_service.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;

// The aging report (Reports → Aging…, Ctrl+Shift+G) as of a date, for every customer or
// one: per customer what is not yet due and what is 1–30, 31–60, 61–90 and over 90 days
// past due, the total (the AR balance: the buckets sum to it) and the credit counted in
// Current; a bold total row closes the table. Overdue amounts show in red. Enter or a
// double click on a customer emits customerChosen; Export writes CSV or XLSX, Print
// previews it as a printed table. It reads again when receivables change.
class AgingView : public QDialog {
    Q_OBJECT
public:
    enum Column { Customer, Current, Days1To30, Days31To60, Days61To90, Over90, Total, Credit };

    AgingView(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);

    QDateEdit* asOfEdit() const { return m_asOf; }
    LookupEdit* customerFilter() const { return m_customer; }
    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QLabel* banner() const { return m_banner; }
    QPushButton* exportButton() const { return m_export; }
    const services::AgingReport& report() const { return m_report; }

    // Reads the report again for the date and customer shown.
    void reload();
    void exportReport();
    void printPreview();

Q_SIGNALS:
    void customerChosen(const QString& code);

private:
    void buildUi();
    void fill();
    void appendLine(const QString& code, const QString& name, const domain::AgingAmounts& amounts,
                    const domain::Money& credit, bool totalRow);

    services::Services& m_services;
    domain::Actor m_actor;
    services::AgingReport m_report;

    QLabel* m_banner = nullptr;
    QDateEdit* m_asOf = nullptr;
    LookupEdit* m_customer = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace mostrador::app
