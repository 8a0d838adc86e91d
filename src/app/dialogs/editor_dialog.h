// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;

namespace mostrador::app {

// The behaviour every record editor shares: Save (the default button, Enter or Ctrl+S)
// runs save() and closes only when it succeeds; Cancel or Esc asks before unsaved
// changes are thrown away; a refusal is shown in the banner and its field is focused.
class EditorDialog : public QDialog {
    Q_OBJECT
public:
    void accept() override;
    void reject() override;

protected:
    explicit EditorDialog(QWidget* parent);
    ~EditorDialog() override;

    // Call after setupUi: `fields` maps Error::field names to their widgets.
    void setUpEditor(QDialogButtonBox* buttons, QLabel* banner, QHash<QString, QWidget*> fields);
    // Inputs become read-only and Save disappears (for users without the permission).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Remembers the form as it is now: what reject() compares with.
    void markClean() { m_cleanState = formState(); }
    bool isDirty() const { return formState() != m_cleanState; }

    // Writes the record; false keeps the dialog open (after calling refuse()).
    virtual bool save() = 0;
    // What the form holds besides its input widgets (an image, say), for isDirty().
    virtual QStringList extraState() const { return {}; }
    void refuse(const Error& error);
    void clearRefusal();
    QLabel* banner() const { return m_banner; }
    QWidget* field(const QString& name) const { return m_fields.value(name); }

private:
    QStringList formState() const;

    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_banner = nullptr;
    QHash<QString, QWidget*> m_fields;
    QStringList m_cleanState;
    bool m_readOnly = false;
    bool m_saved = false;
};

} // namespace mostrador::app
