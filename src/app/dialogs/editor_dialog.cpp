// SPDX-License-Identifier: MIT
#include "app/dialogs/editor_dialog.h"

#include "app/dialogs/dialog_support.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

namespace mostrador::app {

using dialogs::DialogSupport;

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent) {}

EditorDialog::~EditorDialog() = default;

void EditorDialog::setUpEditor(QDialogButtonBox* buttons, QLabel* banner,
                               QHash<QString, QWidget*> fields) {
    m_buttons = buttons;
    m_banner = banner;
    m_fields = std::move(fields);
    m_banner->hide();
    if (QPushButton* save = buttons->button(QDialogButtonBox::Save)) {
        save->setDefault(true);
        save->setToolTip(tr("Save (Ctrl+S)"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &EditorDialog::accept);
}

void EditorDialog::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (!readOnly)
        return;
    for (auto* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(true);
    for (auto* edit : findChildren<QPlainTextEdit*>())
        edit->setReadOnly(true);
    for (auto* combo : findChildren<QComboBox*>())
        combo->setEnabled(false);
    for (auto* spin : findChildren<QAbstractSpinBox*>())
        spin->setReadOnly(true);
    for (auto* view : findChildren<QAbstractItemView*>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (auto* button : findChildren<QAbstractButton*>())
        if (!m_buttons->isAncestorOf(button))
            button->setEnabled(false);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save))
        save->hide();
}

void EditorDialog::accept() {
    if (m_readOnly)
        return;
    clearRefusal();
    for (auto* view : findChildren<QAbstractItemView*>())
        DialogSupport::commitPendingEdit(view);
    if (!save())
        return;
    m_saved = true;
    QDialog::accept();
}

void EditorDialog::reject() {
    if (!m_readOnly && !m_saved && isDirty() && !DialogSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

void EditorDialog::refuse(const Error& error) {
    DialogSupport::showRefusal(m_banner, error, m_fields);
}

void EditorDialog::clearRefusal() {
    DialogSupport::clearMarks(m_fields);
    DialogSupport::showError(m_banner, QString());
}

QStringList EditorDialog::formState() const {
    QStringList state;
    for (auto* edit : findChildren<QLineEdit*>())
        state << edit->text();
    for (auto* edit : findChildren<QPlainTextEdit*>())
        state << edit->toPlainText();
    for (auto* combo : findChildren<QComboBox*>())
        state << combo->currentText();
    for (auto* button : findChildren<QAbstractButton*>())
        if (button->isCheckable())
            state << QString::number(button->isChecked());
    for (auto* table : findChildren<QTableWidget*>())
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                state << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return state + extraState();
}

} // namespace mostrador::app
