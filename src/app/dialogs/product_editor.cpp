// SPDX-License-Identifier: MIT
#include "app/dialogs/product_editor.h"

#include "services/services.h"

namespace mostrador::app {

ProductEditor::ProductEditor(services::Services&, const domain::Actor&, const QString&,
                             QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Product"));
}

ProductEditor::~ProductEditor() = default;

} // namespace mostrador::app
