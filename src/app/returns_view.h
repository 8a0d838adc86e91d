// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

#include <QWidget>

class QDateEdit;
class QTabWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;
class ReturnListSource;

// One list of the Returns section, searched by number, shipment, order or customer and
// filtered by customer and date range; Enter or a double click opens the record. The
// returns list has New return… (Ctrl+N) for those who handle returns.
class ReturnList : public ListPage {
    Q_OBJECT
public:
    enum class Kind { Returns, CreditNotes };

    ReturnList(services::Services& services, const domain::Actor& actor, Kind kind,
               QWidget* parent = nullptr);

    LookupEdit* customerFilter() const { return m_customer; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }

    // The actions of the list, also for tests.
    void newReturn();
    void openRecord(const QString& number);

protected:
    void createRecord() override { newReturn(); }
    void editRecord(const QString& number) override { openRecord(number); }
    QString exportName() const override;

private:
    ReturnList(services::Services& services, const domain::Actor& actor, Kind kind,
               ReturnListSource* source, QWidget* parent);
    void buildFilters();
    void applyFilters();

    services::Services& m_services;
    domain::Actor m_actor;
    Kind m_kind;
    ReturnListSource* m_source; // owned by the model
    LookupEdit* m_customer = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

// The Returns section (Ctrl+9): returns and credit notes as two tabs (Alt+E, Alt+D or
// Ctrl+Tab). The main window's list actions (export, focus) go to the current tab's list.
class ReturnsView : public QWidget {
    Q_OBJECT
public:
    enum Tab { Returns, CreditNotes };

    ReturnsView(services::Services& services, const domain::Actor& actor,
                QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    ReturnList* returnsList() const { return m_returns; }
    ReturnList* creditNotesList() const { return m_creditNotes; }
    ListPage* currentList() const;
    void showTab(Tab tab);

private:
    QTabWidget* m_tabs;
    ReturnList* m_returns;
    ReturnList* m_creditNotes;
};

} // namespace mostrador::app
