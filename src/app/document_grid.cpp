// SPDX-License-Identifier: MIT
#include "app/document_grid.h"

#include "app/document_lines_model.h"
#include "app/line_delegates.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>

namespace mostrador::app {

using Model = DocumentLinesModel;

namespace {
// Enter skips the description and an order line's requested date, which rarely change;
// Tab visits them (a quotation has no requested date: the cell is skipped).
const QList<int> kEnterPath = {Model::Sku, Model::Qty, Model::UnitPrice, Model::Discount};
const QList<int> kTabPath = {Model::Sku,       Model::Description, Model::Qty,
                             Model::UnitPrice, Model::Discount,    Model::Requested};
} // namespace

DocumentGrid::DocumentGrid(DocumentLinesModel* model, LookupEdit::Provider products,
                           QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_delegate(new LineDelegate(std::move(products), this)) {
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    setColumnWidths();
    setToolTip(tr("Enter moves on · Tab visits every cell · Delete or Ctrl+Del removes the "
                  "line · Insert adds one · Ctrl+Z undoes"));

    connect(m_delegate, &LineDelegate::enterPressed, this, &DocumentGrid::advanceOnEnter);
    connect(m_delegate, &LineDelegate::removeLineRequested, this, [this] {
        // After the editor has closed.
        QTimer::singleShot(0, this, &DocumentGrid::removeCurrentLine);
    });
    connect(m_model, &DocumentLinesModel::inputRefused, this, [this] { m_refused = true; });

    // Undo and redo of whole lines; inside an open cell the keys undo its typing.
    const auto undoKey = [this](QKeySequence keys, auto action) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] {
            if (!m_readOnly)
                (m_model->undoStack()->*action)();
        });
    };
    // Fixed keys: the platforms' standard redo keys differ, and a key bound twice fires
    // neither shortcut.
    undoKey(QKeySequence(Qt::CTRL | Qt::Key_Z), &QUndoStack::undo);
    undoKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), &QUndoStack::redo);
    undoKey(QKeySequence(Qt::CTRL | Qt::Key_Y), &QUndoStack::redo);
    // An undo that brings a line back (or takes one away) resets the model: keep the
    // cursor where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_cursorBeforeReset = {currentIndex().column(), currentIndex().row()};
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = std::min(m_cursorBeforeReset.y(), m_model->rowCount() - 1);
        if (row >= 0 && m_cursorBeforeReset.x() >= 0)
            setCurrentIndex(m_model->index(row, m_cursorBeforeReset.x()));
    });
}

void DocumentGrid::setColumnWidths() {
    const int c = fontMetrics().averageCharWidth();
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(Model::Flag, QHeaderView::Fixed);
    header->resizeSection(Model::Flag, 26);
    header->resizeSection(Model::Sku, 14 * c);
    header->setSectionResizeMode(Model::Description, QHeaderView::Stretch);
    header->resizeSection(Model::Qty, 9 * c);
    header->resizeSection(Model::UnitPrice, 12 * c);
    header->resizeSection(Model::Discount, 9 * c);
    header->resizeSection(Model::Tax, 7 * c);
    header->resizeSection(Model::Net, 13 * c);
    if (m_model->hasOrderColumns()) {
        // Short numbers under longer titles: the title decides the width.
        header->resizeSection(Model::Requested,
                              std::max(12 * c, header->sectionSizeHint(Model::Requested)));
        for (int column : {Model::Reserved, Model::Shipped, Model::Shortfall})
            header->resizeSection(column, std::max(9 * c, header->sectionSizeHint(column)));
    }
}

void DocumentGrid::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    setEditTriggers(readOnly
                        ? QAbstractItemView::NoEditTriggers
                        : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
}

void DocumentGrid::editCell(int row, int column) {
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    if (!m_readOnly && (index.flags() & Qt::ItemIsEditable))
        edit(index);
}

void DocumentGrid::startNewLine() {
    if (m_readOnly)
        return;
    const int rows = m_model->rowCount();
    if (rows == 0 || !m_model->isEmptyRow(rows - 1))
        m_model->appendEmptyRow();
    editCell(m_model->rowCount() - 1, Model::Sku);
}

void DocumentGrid::removeCurrentLine() {
    const int row = currentIndex().row();
    if (m_readOnly || row < 0)
        return;
    const int column = std::max(int(Model::Sku), currentIndex().column());
    m_model->removeRows(row, 1);
    if (m_model->rowCount() == 0)
        m_model->appendEmptyRow();
    const QModelIndex next = m_model->index(std::min(row, m_model->rowCount() - 1), column);
    setCurrentIndex(next);
    Q_EMIT currentLineChanged(next.row());
}

QModelIndex DocumentGrid::nextCell(const QModelIndex& from, const QList<int>& path, bool forward) {
    int row = from.row();
    int at = path.indexOf(from.column());
    if (at < 0) {
        // From a column off the path, go on as if from the path column just before it
        // (forward) or just after it (backward).
        at = forward ? -1 : int(path.size());
        for (int i = 0; i < path.size(); ++i) {
            if (forward && path.at(i) < from.column())
                at = i;
            if (!forward && path.at(i) > from.column() && at == int(path.size()))
                at = i;
        }
    }
    for (;;) {
        at += forward ? 1 : -1;
        if (at >= path.size()) {
            // Past the last cell of a line: the next line, a new one after the last.
            if (m_model->isEmptyRow(row))
                return from;
            ++row;
            at = 0;
            if (row >= m_model->rowCount())
                m_model->appendEmptyRow();
        } else if (at < 0) {
            if (row == 0)
                return from;
            --row;
            at = int(path.size()) - 1;
        }
        const QModelIndex candidate = m_model->index(row, path.at(at));
        if (candidate.flags() & Qt::ItemIsEditable)
            return candidate;
    }
}

bool DocumentGrid::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) {
    const bool opened = QTableView::edit(index, trigger, event);
    if (opened)
        m_model->startEditSession();
    return opened;
}

QModelIndex DocumentGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    const QModelIndex current = currentIndex();
    if (!m_readOnly && current.isValid() && (action == MoveNext || action == MovePrevious)) {
        m_refused = false;
        return nextCell(current, kTabPath, action == MoveNext);
    }
    return QTableView::moveCursor(action, modifiers);
}

void DocumentGrid::advanceOnEnter() {
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    // A refused value stays in its cell to be corrected; an empty new line keeps the
    // cursor where it is.
    const bool refused = m_refused;
    const bool stay = refused || m_model->isEmptyRow(current.row());
    m_refused = false;
    const QModelIndex next = stay ? current : nextCell(current, kEnterPath, true);
    const QString text = refused ? m_delegate->lastText() : QString();
    QTimer::singleShot(0, this, [this, next = QPersistentModelIndex(next), stay, refused, text] {
        if (!next.isValid())
            return;
        setCurrentIndex(next);
        if (stay && !refused)
            return;
        edit(next);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        if (refused && editor && viewport()->isAncestorOf(editor))
            editor->setText(text);
    });
}

void DocumentGrid::keyPressEvent(QKeyEvent* event) {
    const bool editing = state() == QAbstractItemView::EditingState;
    if (!m_readOnly && !editing) {
        switch (event->key()) {
        case Qt::Key_Delete:
            removeCurrentLine();
            return;
        case Qt::Key_Insert:
            startNewLine();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (event->modifiers() == Qt::NoModifier) {
                if (currentIndex().flags() & Qt::ItemIsEditable)
                    edit(currentIndex());
                else
                    advanceOnEnter();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void DocumentGrid::currentChanged(const QModelIndex& current, const QModelIndex& previous) {
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row())
        Q_EMIT currentLineChanged(current.row());
}

} // namespace mostrador::app
