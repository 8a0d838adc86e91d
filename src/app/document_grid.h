// SPDX-License-Identifier: MIT
#pragma once

#include "app/lookup_edit.h"

#include <QTableView>

namespace mostrador::app {

class DocumentLinesModel;
class LineDelegate;

// The order-entry grid of a sales document, made for the keyboard: typing in a cell
// edits it; Enter commits and moves on along product → quantity → price → discount and
// then to the next line; Tab visits every editable cell; past the last cell of the last
// line a new line appears; Delete (or Ctrl+Del while editing) removes the current line
// and Insert adds one at the end. A refused value keeps the cell open.
class DocumentGrid : public QTableView {
    Q_OBJECT
public:
    DocumentGrid(DocumentLinesModel* model, LookupEdit::Provider products,
                 QWidget* parent = nullptr);

    DocumentLinesModel* linesModel() const { return m_model; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    // Puts the cursor in the product cell of the first empty line (adding one) and
    // opens it: where typing a new line starts.
    void startNewLine();
    void editCell(int row, int column);
    void removeCurrentLine();
    using QTableView::edit;

Q_SIGNALS:
    void currentLineChanged(int row);

protected:
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    QModelIndex nextCell(const QModelIndex& from, const QList<int>& path, bool forward);
    void advanceOnEnter();
    void setColumnWidths();

    DocumentLinesModel* m_model;
    LineDelegate* m_delegate;
    bool m_readOnly = false;
    bool m_refused = false;
    QPoint m_cursorBeforeReset{-1, -1}; // column, row
};

} // namespace mostrador::app
