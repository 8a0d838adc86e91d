// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

class QLabel;
class QStandardItemModel;
class QTableView;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Stock positions (on hand, reserved, available) of the products, with the recent
// movements of the selected one below; Enter or "Adjust stock…" books an adjustment.
class StockView : public ListPage {
    Q_OBJECT
public:
    static constexpr int kMovementLimit = 200;

    StockView(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);

    QTableView* movementsTable() const { return m_movementsTable; }

protected:
    void editRecord(const QString& sku) override;
    QString exportName() const override { return tr("stock"); }

private:
    void showMovements(const QString& sku);
    static QString kindLabel(const QString& kind);

    services::Services& m_services;
    domain::Actor m_actor;
    QLabel* m_movementsTitle = nullptr;
    QTableView* m_movementsTable = nullptr;
    QStandardItemModel* m_movements = nullptr;
};

} // namespace mostrador::app
