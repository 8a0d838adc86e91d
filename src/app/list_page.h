// SPDX-License-Identifier: MIT
#pragma once

#include "app/paged_table_model.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace mostrador::services {
class ChangeNotifier;
}

namespace mostrador::app {

// A searchable, sortable list of records over a PagedTableModel: a search field that
// filters in SQL as one types (debounced), a "show inactive" switch, the table, and
// New / Edit / Export buttons. Column widths, order and sort are remembered per list.
// It refreshes itself when the notifier announces a change to one of `entities`,
// keeping the selected record selected.
class ListPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    ListPage(std::unique_ptr<TableSource> source, const QString& settingsKey,
             services::ChangeNotifier& notifier, const QStringList& entities,
             QWidget* parent = nullptr);
    ~ListPage() override;

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QCheckBox* inactiveCheck() const { return m_inactive; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* exportButton() const { return m_export; }

    // The key of the current record, or empty.
    QString currentKey() const;
    // The keys of the selected rows in the list's order; the current record's when the
    // list allows one row at a time.
    QStringList selectedKeys() const;
    // Selects the record with `key` if it is among the rows read so far.
    bool selectKey(const QString& key);
    void focusSearch();
    // Writes the list as it is filtered and sorted (CSV or XLSX).
    void exportList();
    // Reads the list again, keeping the selection (what a change announcement does).
    void refresh();

Q_SIGNALS:
    void currentKeyChanged(const QString& key);

protected:
    virtual void createRecord() {}
    virtual void editRecord(const QString& key) = 0;
    virtual QString exportName() const = 0;
    // Subclasses hide New when the user may not create, Export when not allowed.
    void setCanCreate(bool can);
    void setCanExport(bool can);
    QHBoxLayout* buttonRow() const { return m_buttons; }
    QVBoxLayout* pageLayout() const { return m_layout; }
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void connectSignals();
    void restoreColumns();
    void saveColumns() const;
    void updateButtons();
    void editCurrent();
    void keepSortableIndicator(int column, Qt::SortOrder order);

    PagedTableModel* m_model;
    QString m_settingsKey;
    QVBoxLayout* m_layout = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_inactive = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace mostrador::app
