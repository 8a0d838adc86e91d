// SPDX-License-Identifier: MIT
#include "app/shipment_lines_model.h"

#include "domain/fulfilment.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace mostrador::app {

using domain::Quantity;

void proposeQuantities(QList<ShipLine>& lines) {
    QHash<QString, Quantity> free; // what no order holds, per product, still to share
    for (const ShipLine& line : lines)
        if (line.tracked && !free.contains(line.sku))
            free.insert(line.sku, std::max(line.available, Quantity()));
    for (ShipLine& line : lines) {
        if (!line.tracked) {
            line.toShip = line.remaining;
            continue;
        }
        Quantity& left = free[line.sku];
        const Quantity covered = std::min(line.remaining, line.reserved);
        const Quantity extra = std::min(line.remaining - covered, left);
        left -= extra;
        line.toShip = covered + extra;
    }
}

ShipmentLinesModel::ShipmentLinesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ShipmentLinesModel::setLines(QList<ShipLine> lines) {
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    Q_EMIT quantitiesChanged();
}

void ShipmentLinesModel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, ToShip), index(rowCount() - 1, ToShip));
}

Quantity ShipmentLinesModel::lineWeight(int row) const {
    const ShipLine& line = m_lines.at(row);
    return domain::lineWeight(line.weightPerUnit, line.toShip);
}

Quantity ShipmentLinesModel::totalWeight() const {
    Quantity total;
    for (int row = 0; row < m_lines.size(); ++row)
        total += lineWeight(row);
    return total;
}

QList<services::ShipLineInput> ShipmentLinesModel::inputs() const {
    QList<services::ShipLineInput> out;
    for (const ShipLine& line : m_lines)
        if (line.toShip > Quantity())
            out.append({line.sku, line.toShip});
    return out;
}

int ShipmentLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ShipmentLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipmentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Remaining:
        return tr("Remaining");
    case Reserved:
        return tr("Reserved");
    case OnHand:
        return tr("On hand");
    case ToShip:
        return tr("To ship");
    case Weight:
        return tr("Weight (kg)");
    }
    return {};
}

Qt::ItemFlags ShipmentLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ToShip && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ShipmentLinesModel::display(const ShipLine& line, int row, int column) const {
    const QString dash = QStringLiteral("—"); // a product that keeps no stock
    switch (column) {
    case Line:
        return m_locale.toString(line.position);
    case Sku:
        return line.sku;
    case Description:
        return line.description;
    case Remaining:
        return line.remaining.toString(m_locale);
    case Reserved:
        return line.tracked ? line.reserved.toString(m_locale) : dash;
    case OnHand:
        return line.tracked ? line.onHand.toString(m_locale) : dash;
    case ToShip:
        return line.toShip.toString(m_locale);
    case Weight:
        return lineWeight(row).toString(m_locale);
    }
    return {};
}

QVariant ShipmentLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ShipLine& line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.row(), column);
    case Qt::EditRole:
        return column == ToShip ? line.toShip.toString(m_locale)
                                : display(line, index.row(), column);
    case Qt::TextAlignmentRole:
        if (column == Sku || column == Description)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == ToShip && line.tracked && line.toShip > line.onHand)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::ToolTipRole:
        if (column == ToShip && line.tracked && line.toShip > line.onHand)
            return tr("More than the %1 on hand").arg(line.onHand.toString(m_locale));
        if (column == OnHand && line.tracked)
            return tr("%1 free (not reserved by any order)").arg(line.available.toString(m_locale));
        return {};
    }
    return {};
}

bool ShipmentLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != ToShip || role != Qt::EditRole || m_readOnly)
        return false;
    ShipLine& line = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    auto qty = text.isEmpty() ? Result<Quantity>(Quantity()) : Quantity::parse(text, m_locale);
    QString refusal;
    if (!qty)
        refusal = tr("Line %1: %2: “%3” is not a quantity").arg(line.position).arg(line.sku, text);
    else if (qty->isNegative())
        refusal = tr("Line %1: %2: the quantity to ship cannot be negative")
                      .arg(line.position)
                      .arg(line.sku);
    else if (*qty > line.remaining)
        refusal = tr("Line %1: %2: %3 to ship, %4 remain")
                      .arg(line.position)
                      .arg(line.sku, qty->toString(m_locale), line.remaining.toString(m_locale));
    if (!refusal.isEmpty()) {
        Q_EMIT inputRefused(index.row(), refusal);
        return false;
    }
    if (*qty == line.toShip)
        return true;
    line.toShip = *qty;
    Q_EMIT dataChanged(index, this->index(index.row(), Weight));
    Q_EMIT quantitiesChanged();
    return true;
}

} // namespace mostrador::app
