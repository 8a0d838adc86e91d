// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

class QComboBox;
class QDateEdit;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;
class QuotationSource;

// The quotations: searched by number or customer, filtered by state, customer and date
// range, newest first by default; Enter or a double click opens the editor, Ctrl+N (or
// "New quotation") starts one.
class QuotationsView : public ListPage {
    Q_OBJECT
public:
    QuotationsView(services::Services& services, const domain::Actor& actor,
                   QWidget* parent = nullptr);

    QComboBox* stateFilter() const { return m_state; }
    LookupEdit* customerFilter() const { return m_customer; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    // Opens the editor of `number` (what Enter on a row does).
    void openQuotation(const QString& number);

protected:
    void createRecord() override;
    void editRecord(const QString& number) override;
    QString exportName() const override { return tr("quotations"); }

private:
    QuotationsView(services::Services& services, const domain::Actor& actor,
                   QuotationSource* source, QWidget* parent);
    void buildFilters();
    void applyFilters();

    services::Services& m_services;
    domain::Actor m_actor;
    QuotationSource* m_source; // owned by the model
    QComboBox* m_state = nullptr;
    LookupEdit* m_customer = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace mostrador::app
