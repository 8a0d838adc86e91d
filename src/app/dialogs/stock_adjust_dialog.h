// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/editor_dialog.h"
#include "domain/stock.h"
#include "domain/user.h"

#include <memory>

namespace Ui {
class StockAdjustForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Books a signed stock adjustment with a reason through StockService, showing the
// stock position now and what on hand will be after it. Going below zero is refused
// by the service; the dialog already shows it in red while one types.
class StockAdjustDialog : public EditorDialog {
    Q_OBJECT
public:
    StockAdjustDialog(services::Services& services, const domain::Actor& actor, const QString& sku,
                      QWidget* parent = nullptr);
    ~StockAdjustDialog() override;

protected:
    bool save() override;

private:
    void load();
    void updatePreview();

    services::Services& m_services;
    domain::Actor m_actor;
    QString m_sku;
    std::unique_ptr<Ui::StockAdjustForm> ui;
    domain::StockLevel m_level;
    QString m_unit;
};

} // namespace mostrador::app
