// SPDX-License-Identifier: MIT
#pragma once

#include "domain/pricing.h"
#include "domain/user.h"

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class PagedTableModel;

// The price lists (code, name, currency) on the left, the rules of the selected one on
// the right. Lists are added and renamed here; rules are added and changed in a
// PriceRuleEditor (Ins, Enter or double-click) and deleted after a confirmation (Del).
// The rules table is lazy (a page at a time) and refreshes on every committed change to
// prices, from this window or another. Users without ManagePrices only look.
class PriceListsDialog : public QDialog {
    Q_OBJECT
public:
    PriceListsDialog(services::Services& services, const domain::Actor& actor,
                     QWidget* parent = nullptr);
    ~PriceListsDialog() override;

    // The list whose rules are shown (empty code when there is none).
    domain::PriceList currentList() const;
    void selectList(const QString& code);

private:
    QWidget* buildListsBox();
    QWidget* buildRulesBox();
    void setUpShortcuts();
    void applyPermissions();
    void reloadLists(const QString& select);
    void listChanged();
    void showRules(const domain::PriceList& list);
    PagedTableModel* rulesModel(const domain::PriceList& list);
    void changed(const QString& entity);
    qint64 currentRuleId() const;
    void selectRule(qint64 id);
    void updateRuleButtons();
    void addList();
    void renameList();
    void openEditor(qint64 ruleId);
    void confirmDelete();
    void deleteRule(qint64 id);
    void importRules();
    void showResult(const Status& status, const QString& success);

    services::Services& m_services;
    domain::Actor m_actor;
    bool m_canEdit = false;
    QList<domain::PriceList> m_lists;
    PagedTableModel* m_rules = nullptr;

    QTableWidget* m_listsTable = nullptr;
    QLineEdit* m_listName = nullptr;
    QPushButton* m_rename = nullptr;
    QLineEdit* m_newCode = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_addList = nullptr;
    QGroupBox* m_rulesBox = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_rulesView = nullptr;
    QPushButton* m_addRule = nullptr;
    QPushButton* m_editRule = nullptr;
    QPushButton* m_deleteRule = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mostrador::app
