// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Books a signed stock adjustment with a reason through StockService.
class StockAdjustDialog : public QDialog {
    Q_OBJECT
public:
    StockAdjustDialog(services::Services& services, const domain::Actor& actor, const QString& sku,
                      QWidget* parent = nullptr);
    ~StockAdjustDialog() override;
};

} // namespace mostrador::app
