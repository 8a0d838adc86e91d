// SPDX-License-Identifier: MIT
#include "app/dialogs/stock_adjust_dialog.h"

#include "services/services.h"

namespace mostrador::app {

StockAdjustDialog::StockAdjustDialog(services::Services&, const domain::Actor&, const QString&,
                                     QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Adjust stock"));
}

StockAdjustDialog::~StockAdjustDialog() = default;

} // namespace mostrador::app
