// SPDX-License-Identifier: MIT
#include "app/report_view.h"

#include "app/dialogs/dialog_support.h"
#include "app/dialogs/export_table.h"
#include "app/document_filters.h"
#include "app/document_print.h"
#include "app/viewer_header.h"
#include "reports/document_text.h"
#include "services/change_notifier.h"
#include "services/services.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using reports::ColumnKind;

ReportView::ReportView(services::Services& services, const domain::Actor& actor,
                       const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(name);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    buildFrame();
}

void ReportView::buildFrame() {
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true); // several requests in a row read once
    connect(m_pending, &QTimer::timeout, this, &ReportView::reload);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_model = new QStandardItemModel(this);
    m_model->setProperty("currency", m_services.context().currency.code());
    m_table = makeReadOnlyTable(this, m_model, QStringLiteral("reportTable"));
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString key = index.data(role::Key).toString();
        if (!key.isEmpty())
            rowActivated(key);
    });

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Read the report again (Enter in a filter, F5)"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(m_actor.require(domain::Permission::ExportData).has_value());
    m_print = new QPushButton(tr("&Print preview…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Ctrl+P"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {m_refresh, m_export, m_print, close})
        b->setAutoDefault(false); // Enter belongs to the filters and the table
    connect(m_refresh, &QPushButton::clicked, this, &ReportView::reload);
    connect(m_export, &QPushButton::clicked, this, &ReportView::exportReport);
    connect(m_print, &QPushButton::clicked, this, &ReportView::printPreview);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &ReportView::printPreview);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &ReportView::reload);

    m_filters = new QHBoxLayout;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ReportView::setColumns(const QList<ReportColumn>& columns) {
    m_columns = columns;
    m_model->clear();
    m_model->setColumnCount(int(columns.size()));
    const int ch = fontMetrics().averageCharWidth();
    for (int c = 0; c < columns.size(); ++c) {
        auto* header = new QStandardItem(columns[c].title);
        header->setTextAlignment((rightAligned(c) ? Qt::AlignRight : Qt::AlignLeft) |
                                 Qt::AlignVCenter);
        m_model->setHorizontalHeaderItem(c, header);
        m_model->setHeaderData(c, Qt::Horizontal, int(columns[c].kind), role::Kind);
        m_table->horizontalHeader()->resizeSection(c, columns[c].chars * ch);
    }
}

bool ReportView::rightAligned(int column) const {
    return column < m_columns.size() &&
           (m_columns[column].kind != ColumnKind::Text || m_columns[column].right);
}

void ReportView::addFilter(const QString& label, QWidget* field) {
    addLabelled(m_filters, this, label, field);
    field->installEventFilter(this);
    if (auto* date = qobject_cast<QDateEdit*>(field)) // a date typed, then Tab, applies too
        connect(date, &QDateEdit::editingFinished, this, [this] { reloadSoon(); });
    if (qobject_cast<QLineEdit*>(field)) // room for a code and the placeholder
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    if (m_lastFilter)
        setTabOrder(m_lastFilter, field);
    m_lastFilter = field;
}

void ReportView::finish() {
    m_filters->addStretch(1);
    m_filters->addWidget(m_refresh);
    if (m_lastFilter)
        setTabOrder(m_lastFilter, m_table);
    setWindowTitle(reportTitle());
    reload();
    fitToContents();
}

void fitWindowToTable(QWidget& window, const QTableView& table, int minimumContent, int height) {
    int columns = 2 * table.frameWidth() + table.verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < table.model()->columnCount(); ++c)
        columns += table.horizontalHeader()->sectionSize(c);
    const QMargins margins = window.layout()->contentsMargins();
    const int wanted = std::max(columns, minimumContent) + margins.left() + margins.right();
    const QRect screen = window.screen()->availableGeometry();
    window.resize(std::min(wanted, screen.width() * 9 / 10),
                  std::min(height, screen.height() * 8 / 10));
}

// Wide enough for the filters and every column as first read.
void ReportView::fitToContents() {
    fitWindowToTable(*this, *m_table, m_filters->sizeHint().width(), 600);
}

void ReportView::reloadSoon(int delayMs) {
    m_pending->start(delayMs);
}

void ReportView::reloadOn(const QStringList& entities) {
    connect(&m_services.notifier(), &services::ChangeNotifier::changed, this,
            [this, entities](const QString& entity) {
                if (entities.contains(entity) || entity == u"*") // "*": another process wrote
                    reloadSoon(100);
            });
}

// A date field showing its "any date" text has no sections for Tab to walk, and Qt's
// date edit then keeps the focus for ever: there Tab and Shift+Tab leave the field.
static bool showsSpecialText(QObject* watched) {
    auto* date = qobject_cast<QDateEdit*>(watched);
    return date && !date->specialValueText().isEmpty() && date->date() == date->minimumDate();
}

bool ReportView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && showsSpecialText(watched)) {
            focusNextPrevChild(key == Qt::Key_Tab);
            return true;
        }
        // After the field has handled it: a date is read, a lookup takes its suggestion.
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            reloadSoon();
    }
    return QDialog::eventFilter(watched, event);
}

void ReportView::reload() {
    m_pending->stop();
    const QModelIndex current = m_table->currentIndex();
    const QString key = current.isValid() ? current.data(role::Key).toString() : QString();
    m_model->removeRows(0, m_model->rowCount());
    if (auto ok = fill(); !ok) {
        DialogSupport::showError(m_banner, ok.error().message);
        m_model->removeRows(0, m_model->rowCount());
        return;
    }
    DialogSupport::showError(m_banner, {});
    m_table->resizeColumnsToContents(); // amounts and the translated headers in full
    for (int row = 0; row < m_model->rowCount() && !key.isEmpty(); ++row)
        if (m_model->item(row)->data(role::Key).toString() == key) {
            m_table->setCurrentIndex(m_model->index(row, current.column()));
            break;
        }
}

QList<QStandardItem*> ReportView::appendRow(const QList<Cell>& cells, const QString& key) {
    QList<QStandardItem*> row;
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QStandardItem(cells[c].display);
        item->setData(cells[c].raw, role::Raw);
        item->setData(cells[c].plain, role::Plain);
        item->setData(key, role::Key);
        if (rightAligned(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << item;
    }
    m_model->appendRow(row);
    return row;
}

QList<QStandardItem*> ReportView::appendTotalRow(const QList<Cell>& cells) {
    const QList<QStandardItem*> row = appendRow(cells);
    for (QStandardItem* item : row) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return row;
}

void ReportView::exportReport() {
    exportTable(this, *m_model, exportName());
}

reports::PrintJob ReportView::printJob() const {
    reports::PrintJob job;
    reports::PrintedDocument& doc = job.doc;
    doc.title = reportTitle();
    doc.number = printedSubtitle();
    if (auto company = m_services.settings().company())
        doc.company = reports::companyHeader(*company);
    if (auto paper = reports::paperSetting(m_services.settings()))
        job.paper = *paper;
    for (const ReportColumn& c : m_columns)
        doc.lines.columns.append(
            {c.title,
             c.kind == ColumnKind::Text && !c.right ? reports::Align::Left : reports::Align::Right,
             c.printWidth});
    for (int row = 0; row < m_model->rowCount(); ++row) { // the totals row too
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->index(row, c).data().toString();
        doc.lines.rows.append(cells);
    }
    doc.totals = printedTotals();
    return job;
}

void ReportView::printPreview() {
    showPrintPreview(this, Result<reports::PrintJob>(printJob()), exportName(), reportTitle(),
                     tr("Cannot print the report"));
}

} // namespace mostrador::app
