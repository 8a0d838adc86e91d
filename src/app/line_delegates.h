// SPDX-License-Identifier: MIT
#pragma once

#include "app/lookup_edit.h"

#include <QLocale>
#include <QStyledItemDelegate>

namespace mostrador::app {

// The cell editors of a document's lines: the product cell suggests products by SKU or
// name, number cells are right-aligned and hand each readable value to the model as it
// is typed (so totals follow the keyboard). Enter commits and asks the grid to move on
// (enterPressed), Tab and Shift+Tab move to the next or previous cell, Ctrl+Del asks
// for the line to go. Column numbers are DocumentLinesModel's.
class LineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    LineDelegate(LookupEdit::Provider products, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

    // The text of the editor last handed to the model (what a refused value was).
    QString lastText() const { return m_lastText; }

Q_SIGNALS:
    void enterPressed();
    void removeLineRequested();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    bool readable(int column, const QString& text) const;

    LookupEdit::Provider m_products;
    QLocale m_locale;
    mutable QString m_lastText;
};

} // namespace mostrador::app
