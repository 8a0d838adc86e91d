// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>

class QAbstractItemView;
class QDateTimeEdit;
class QPlainTextEdit;
class QImage;
class QSize;
class QDialog;
class QLabel;
class QWidget;

namespace mostrador::app::dialogs {

// What the editors share: the banner that shows a refusal, the highlight of the field a
// refusal names, and the question before unsaved changes are thrown away.
class DialogSupport {
    Q_DECLARE_TR_FUNCTIONS(DialogSupport)
public:
    // Paints a field's background red (or back to normal) and sets its tooltip.
    static void markInvalid(QWidget* field, bool invalid, const QString& message = {});
    // A red message in `banner`; an empty message hides it.
    static void showError(QLabel* banner, const QString& message);
    static void showNotice(QLabel* banner, const QString& message);
    // An orange message: something allowed but probably unintended.
    static void showWarning(QLabel* banner, const QString& message);

    // Shows `error` in `banner`, then highlights and focuses the widget `fields` maps
    // its field to (the first widget when the field is unknown or empty).
    static void showRefusal(QLabel* banner, const Error& error,
                            const QHash<QString, QWidget*>& fields);
    static void clearMarks(const QHash<QString, QWidget*>& fields);

    // Asks whether to discard changes; true when the dialog may close.
    static bool confirmDiscard(QWidget* parent);

    // An image as PNG bytes, scaled down (never up) to fit `bounds`: what a logo stores.
    static QByteArray pngFitting(const QImage& image, QSize bounds);

    // Ctrl+Enter (the main or the keypad Enter) anywhere in `dialog` runs `act`: its main
    // action from a table or a field where Enter has a job of its own.
    static void onCtrlEnter(QWidget* dialog, std::function<void()> act);

    // Commits a cell editor that is still open, so its text is in the model.
    static void commitPendingEdit(QAbstractItemView* view);

    // Makes a field read-only or editable again; read-only, it is drawn as text (no
    // frame, no buttons, the window's background) so nobody tries to type in it.
    static void setReadOnly(QDateTimeEdit* field, bool readOnly);
    static void setReadOnly(QPlainTextEdit* field, bool readOnly);
};

} // namespace mostrador::app::dialogs
