// SPDX-License-Identifier: MIT
#include "app/dialogs/dialog_support.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QDateTimeEdit>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QWidget>

namespace mostrador::app::dialogs {

namespace {
const QColor kInvalidBase(0xfd, 0xe2, 0xe1);
const QColor kErrorText(0xb0, 0x1e, 0x1e);
const QColor kWarningText(0x9a, 0x52, 0x00);
const char kInvalidProperty[] = "mostradorInvalid";
const char kPaletteProperty[] = "mostradorPalette";
} // namespace

void DialogSupport::markInvalid(QWidget* field, bool invalid, const QString& message) {
    if (!field)
        return;
    const bool was = field->property(kInvalidProperty).toBool();
    if (invalid && !was) {
        field->setProperty(kPaletteProperty, QVariant::fromValue(field->palette()));
        QPalette p = field->palette();
        p.setColor(QPalette::Base, kInvalidBase);
        p.setColor(QPalette::Button, kInvalidBase);
        field->setPalette(p);
    } else if (!invalid && was) {
        field->setPalette(field->property(kPaletteProperty).value<QPalette>());
    }
    field->setProperty(kInvalidProperty, invalid);
    field->setToolTip(invalid ? message : QString());
}

void DialogSupport::showError(QLabel* banner, const QString& message) {
    QPalette p = banner->palette();
    p.setColor(QPalette::WindowText, kErrorText);
    banner->setPalette(p);
    banner->setText(message);
    banner->setVisible(!message.isEmpty());
}

void DialogSupport::showWarning(QLabel* banner, const QString& message) {
    QPalette p = banner->palette();
    p.setColor(QPalette::WindowText, kWarningText);
    banner->setPalette(p);
    banner->setText(message);
    banner->setVisible(!message.isEmpty());
}

void DialogSupport::showNotice(QLabel* banner, const QString& message) {
    banner->setPalette(QPalette());
    banner->setText(message);
    banner->setVisible(!message.isEmpty());
}

void DialogSupport::showRefusal(QLabel* banner, const Error& error,
                                const QHash<QString, QWidget*>& fields) {
    showError(banner, error.message);
    QWidget* field = fields.value(error.field);
    if (!field)
        return;
    markInvalid(field, true, error.message);
    field->setFocus(Qt::OtherFocusReason);
}

void DialogSupport::clearMarks(const QHash<QString, QWidget*>& fields) {
    for (QWidget* field : fields)
        markInvalid(field, false);
}

bool DialogSupport::confirmDiscard(QWidget* parent) {
    const auto answer = QMessageBox::question(
        parent, tr("Unsaved changes"), tr("Close without saving your changes?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

QByteArray DialogSupport::pngFitting(const QImage& image, QSize bounds) {
    const QImage fitted = image.width() > bounds.width() || image.height() > bounds.height()
                              ? image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    fitted.save(&buffer, "PNG");
    return png;
}

void DialogSupport::onCtrlEnter(QWidget* dialog, std::function<void()> act) {
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        QObject::connect(new QShortcut(QKeySequence(Qt::CTRL | key), dialog), &QShortcut::activated,
                         dialog, act);
}

void DialogSupport::commitPendingEdit(QAbstractItemView* view) {
    // Changing the current index makes the view commit and close an open editor.
    const QModelIndex current = view->currentIndex();
    view->setCurrentIndex(QModelIndex());
    view->setCurrentIndex(current);
}

namespace {

// Read-only fields take the window's colour where an input has the base colour.
void paintAsText(QWidget* field, bool readOnly) {
    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : QPalette();
    if (readOnly)
        palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
}

} // namespace

void DialogSupport::setReadOnly(QDateTimeEdit* field, bool readOnly) {
    field->setReadOnly(readOnly);
    field->setFrame(!readOnly);
    field->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                     : QAbstractSpinBox::UpDownArrows);
    field->setCalendarPopup(!readOnly);
    paintAsText(field, readOnly);
}

void DialogSupport::setReadOnly(QPlainTextEdit* field, bool readOnly) {
    field->setReadOnly(readOnly);
    field->setFrameShape(readOnly ? QFrame::NoFrame : QFrame::StyledPanel);
    paintAsText(field, readOnly);
}

} // namespace mostrador::app::dialogs
