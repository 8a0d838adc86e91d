// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"
#include "domain/user.h"
#include "reports/print_job.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Resizes `window` to show every column of `table` at its present width (its content
// at least `minimumContent` wide, the filters' row say), within 90 % of the screen's
// width; `height` within 80 % of its height. Reports open with nothing cut off.
void fitWindowToTable(QWidget& window, const QTableView& table, int minimumContent, int height);

// The window every report of the Reports menu shares, in the aging report's look: a row
// of filters (in tab order; Enter in any of them reads the report again, as does F5), a
// banner for refusals, a read-only table whose amounts and quantities are right-aligned
// and closed by a bold totals row, Export… (CSV/XLSX of what the table shows) and Print
// preview… (Ctrl+P: the table as a printed document). A report subclass adds its
// filters, names its columns and fills the rows.
class ReportView : public QDialog {
    Q_OBJECT
public:
    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    QLabel* banner() const { return m_banner; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* printButton() const { return m_print; }

    // Reads the report again with the filters shown, keeping the current row.
    void reload();
    void exportReport();
    void printPreview();
    // What Print preview prints: the title, the filters, every row and the totals.
    reports::PrintJob printJob() const;

protected:
    struct ReportColumn {
        QString title;
        reports::ColumnKind kind = reports::ColumnKind::Text;
        int chars = 12;       // initial width in average characters
        qreal printWidth = 1; // share of the printed table's width
        bool right = false;   // a text column of figures (a percentage): right-aligned
    };

    ReportView(services::Services& services, const domain::Actor& actor, const QString& name,
               QWidget* parent);

    // The subclass's constructor calls setColumns, then addFilter for each filter, then
    // finish(). setColumns may be called again (from fill()) when the columns change.
    void setColumns(const QList<ReportColumn>& columns);
    void addFilter(const QString& label, QWidget* field);
    void finish();
    // Reads again once the events being handled are done; requests in a row read once.
    void reloadSoon(int delayMs = 0);
    // Reads again, once, shortly after a change to one of these entities.
    void reloadOn(const QStringList& entities);

    // Reads the report and appends its rows (appendRow) and its totals row.
    virtual Status fill() = 0;
    // The window's and the printout's title.
    virtual QString reportTitle() const = 0;
    // The filters as printed under the title, e.g. "Requested 1/12/2026 – 31/12/2026".
    virtual QString printedSubtitle() const { return {}; }
    // The bold figure under the printed table, e.g. {"Backlog value", "1.234,00 €"}.
    virtual QList<reports::TotalRow> printedTotals() const { return {}; }
    // The suggested export file name, without extension.
    virtual QString exportName() const = 0;
    // Enter or a double click on a row with this key (appendRow's).
    virtual void rowActivated(const QString& key) { Q_UNUSED(key); }

    // One row, a cell per column; `key` identifies the row (kept selected across reloads).
    QList<QStandardItem*> appendRow(const QList<Cell>& cells, const QString& key = {});
    QList<QStandardItem*> appendTotalRow(const QList<Cell>& cells);
    // An empty cell, for the totals row's columns that add up to nothing.
    static Cell blank() { return {}; }

    bool eventFilter(QObject* watched, QEvent* event) override;

    services::Services& m_services;
    domain::Actor m_actor;

private:
    void buildFrame();
    void fitToContents();
    bool rightAligned(int column) const;

    QList<ReportColumn> m_columns;
    QTimer* m_pending = nullptr;
    QHBoxLayout* m_filters = nullptr;
    QWidget* m_lastFilter = nullptr;
    QLabel* m_banner = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace mostrador::app
