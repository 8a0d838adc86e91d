// SPDX-License-Identifier: MIT
#include "app/dialogs/customer_editor.h"

#include "services/services.h"

namespace mostrador::app {

CustomerEditor::CustomerEditor(services::Services&, const domain::Actor&, const QString&,
                               QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Customer"));
}

CustomerEditor::~CustomerEditor() = default;

} // namespace mostrador::app
