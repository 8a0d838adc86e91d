// SPDX-License-Identifier: MIT
#include "app/list_page.h"

#include "app/app_settings.h"
#include "app/dialogs/export_table.h"
#include "services/change_notifier.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mostrador::app {

ListPage::ListPage(std::unique_ptr<TableSource> source, const QString& settingsKey,
                   services::ChangeNotifier& notifier, const QStringList& entities, QWidget* parent)
    : QWidget(parent)
    , m_model(new PagedTableModel(std::move(source), this))
    , m_settingsKey(settingsKey) {
    buildUi();
    connectSignals();
    restoreColumns();
    connect(&notifier, &services::ChangeNotifier::changed, this,
            [this, entities](const QString& entity) {
                if (entity == u'*' || entities.contains(entity))
                    m_refreshTimer->start();
            });
    updateButtons();
}

ListPage::~ListPage() {
    saveColumns();
    // Deleting the model and the table emits selection signals; nothing here may answer
    // them any more (a subclass is already gone).
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    blockSignals(true);
}

void ListPage::buildUi() {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_inactive = new QCheckBox(tr("Show inactive"), this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // A text column at the end takes the rest of the width; numbers keep theirs.
    m_table->horizontalHeader()->setStretchLastSection(!m_model->columns().constLast().numeric());
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);

    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New"), this);
    m_new->setToolTip(tr("New record (Ctrl+N)"));
    m_edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit"), this);
    m_edit->setToolTip(tr("Open the selected record (Enter)"));
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this);
    m_export->setToolTip(tr("Save the list as CSV or Excel"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_inactive);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_new);
    m_buttons->addWidget(m_edit);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_export);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(top);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(m_buttons);

    setTabOrder(m_search, m_inactive);
    setTabOrder(m_inactive, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_export);
    setFocusProxy(m_table);
}

void ListPage::connectSignals() {
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setFilter(m_search->text().trimmed()); });
    connect(m_inactive, &QCheckBox::toggled, m_model, &PagedTableModel::setIncludeInactive);

    // Changes come in bursts (an import announces every row): read the list once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &ListPage::refresh);

    connect(m_table, &QTableView::doubleClicked, this, &ListPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &ListPage::createRecord);
    connect(m_edit, &QPushButton::clicked, this, &ListPage::editCurrent);
    connect(m_export, &QPushButton::clicked, this, &ListPage::exportList);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT currentKeyChanged(currentKey());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT currentKeyChanged(currentKey());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ListPage::keepSortableIndicator);

    auto* newShortcut = new QShortcut(QKeySequence::New, this, this, [this] {
        if (m_new->isVisible() && m_new->isEnabled())
            createRecord();
    });
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this, this, &ListPage::focusSearch);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void ListPage::keepSortableIndicator(int column, Qt::SortOrder order) {
    if (m_model->isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    // The header moves its arrow on any click; put it back where the list is sorted.
    QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

void ListPage::restoreColumns() {
    AppSettings settings;
    const QByteArray state =
        settings.value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    QHeaderView* header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)) {
        const int charWidth = fontMetrics().averageCharWidth();
        const auto& columns = m_model->columns();
        // Wide enough for the usual content and for the title with its sort arrow.
        for (int i = 0; i < columns.size(); ++i)
            header->resizeSection(
                i, std::max(columns.at(i).chars * charWidth + 12,
                            header->fontMetrics().horizontalAdvance(columns.at(i).title) + 30));
        header->setSortIndicator(0, Qt::AscendingOrder);
    }
    const int column = header->sortIndicatorSection();
    m_sortColumn = m_model->isSortable(column) ? column : 0;
    m_sortOrder = header->sortIndicatorOrder();
    m_model->sort(m_sortColumn, m_sortOrder);
}

void ListPage::saveColumns() const {
    AppSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/header"),
                      m_table->horizontalHeader()->saveState());
}

void ListPage::setCanCreate(bool can) {
    m_new->setVisible(can);
    setTabOrder(m_table, can ? static_cast<QWidget*>(m_new) : m_edit);
}

void ListPage::setCanExport(bool can) {
    m_export->setEnabled(can);
}

void ListPage::updateButtons() {
    m_edit->setEnabled(m_table->currentIndex().isValid());
}

QString ListPage::currentKey() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()) : QString();
}

QStringList ListPage::selectedKeys() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    for (int row : rows)
        keys.append(m_model->keyAt(row));
    if (keys.isEmpty() && !currentKey().isEmpty())
        keys.append(currentKey());
    return keys;
}

bool ListPage::selectKey(const QString& key) {
    const int row = m_model->cachedRowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, std::max(0, m_table->currentIndex().column()));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ListPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPage::exportList() {
    exportTable(this, *m_model, exportName());
}

void ListPage::refresh() {
    const QString key = currentKey();
    m_model->refresh();
    if (!key.isEmpty() && currentKey() != key)
        selectKey(key);
    updateButtons();
    Q_EMIT currentKeyChanged(currentKey());
}

void ListPage::editCurrent() {
    const QString key = currentKey();
    if (!key.isEmpty())
        editRecord(key);
}

bool ListPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::FocusIn) {
        // The list's keys act on the current row: a list entered with none gets the
        // first, so Enter opens what the user sees highlighted.
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_table && enter && key->modifiers() == Qt::NoModifier) {
        editCurrent();
        return true;
    }
    if (watched == m_search && (key->key() == Qt::Key_Down || enter)) {
        // Down or Enter from the search field goes to the first match.
        m_searchTimer->stop();
        m_model->setFilter(m_search->text().trimmed());
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mostrador::app
