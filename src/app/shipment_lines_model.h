// SPDX-License-Identifier: MIT
#pragma once

#include "domain/quantity.h"
#include "services/shipment_service.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace mostrador::app {

// One open line of an order as the shipment dialog shows it: what remains to ship,
// the line's reservation, the product's stock, its weight per unit and the quantity
// typed to ship now.
struct ShipLine {
    int position = 0; // 1-based, as on the order
    QString sku;
    QString description;
    QString unit;
    bool tracked = true;
    domain::Quantity remaining;
    domain::Quantity reserved;  // this line's reservation
    domain::Quantity onHand;    // the product's, over every order
    domain::Quantity available; // on hand − every order's reservations
    domain::Quantity weightPerUnit;
    domain::Quantity toShip;
};

// What can leave now of each line, the default "to ship": min(remaining, the line's
// reservation + the product's free stock), the free stock shared out in line order among
// the lines of the same product. Untracked lines ship whole.
void proposeQuantities(QList<ShipLine>& lines);

// The lines of a shipment being prepared. Only "To ship" is editable: a quantity in the
// locale's format, never negative nor above what remains (refused with the reason, the
// old value kept). A quantity above the stock on hand is accepted but shown in red: the
// service refuses it, naming the product. The weight follows the quantities.
class ShipmentLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Line,
        Sku,
        Description,
        Remaining,
        Reserved,
        OnHand,
        ToShip,
        Weight,
        ColumnCount
    };

    explicit ShipmentLinesModel(QObject* parent = nullptr);

    void setLines(QList<ShipLine> lines);
    const QList<ShipLine>& lines() const { return m_lines; }
    void setReadOnly(bool readOnly);

    // Σ weight per unit × to ship, each line rounded to the gram as the service does.
    domain::Quantity totalWeight() const;
    domain::Quantity lineWeight(int row) const;
    // The lines with something to ship, as the service takes them.
    QList<services::ShipLineInput> inputs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void quantitiesChanged();
    // A typed quantity was refused; `message` says why.
    void inputRefused(int row, const QString& message);

private:
    QVariant display(const ShipLine& line, int row, int column) const;

    QList<ShipLine> m_lines;
    QLocale m_locale;
    bool m_readOnly = false;
};

} // namespace mostrador::app
