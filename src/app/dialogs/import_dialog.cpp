// SPDX-License-Identifier: MIT
#include "app/dialogs/import_dialog.h"

#include "services/services.h"

namespace mostrador::app {

ImportDialog::ImportDialog(services::Services&, const domain::Actor&, Kind, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import"));
}

ImportDialog::~ImportDialog() = default;

} // namespace mostrador::app
