// SPDX-License-Identifier: MIT
// The read side of DocumentLinesModel: what the grid shows in each cell and header, and
// how a flagged line looks (icon, tooltip, red price or discount).
#include "app/document_lines_model.h"
#include "app/service_source.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace mostrador::app {

using domain::DocumentLine;

namespace {
const QColor kFlaggedText(0xb0, 0x1e, 0x1e);
}

domain::LineFlags DocumentLinesModel::lineFlags(int row) const {
    const DocumentLine& line = m_rows.at(row).line;
    if (line.sku.isEmpty())
        return {};
    return domain::flagLine(line, m_discountLimit);
}

QString DocumentLinesModel::flagText(int row) const {
    const domain::LineFlags f = lineFlags(row);
    QStringList reasons;
    if (f.belowCost)
        reasons << tr("Below cost (%1)")
                       .arg(m_rows.at(row).line.unitCost.toString(m_locale, m_currency));
    if (f.discountAboveLimit)
        reasons << tr("Discount above your limit of %1 %").arg(m_discountLimit.toString(m_locale));
    return reasons.join(QStringLiteral(" · "));
}

int DocumentLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentLinesModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return m_orderColumns ? ColumnCount : Requested;
}

QVariant DocumentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= Qty ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Flag:
        return QString();
    case Sku:
        return tr("SKU");
    case Description:
        return tr("Description");
    case Qty:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Disc. %");
    case Tax:
        return tr("Tax");
    case Net:
        return tr("Net");
    case Requested:
        return tr("Requested");
    case Reserved:
        return tr("Reserved");
    case Shipped:
        return tr("Shipped");
    case Shortfall:
        return tr("Short");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DocumentLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (m_readOnly || column == Flag || column == Tax || column == Net || column > Requested)
        return f;
    // A line takes its product first; the other cells follow from it.
    if (column != Sku && isEmptyRow(index.row()))
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant DocumentLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const domain::LineFlags f = lineFlags(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return editText(row, column);
    case RawRole:
        switch (column) {
        case Qty:
            return row.line.qty.thousandths();
        case UnitPrice:
            return row.line.unitPrice.tenThousandths();
        case Discount:
            return row.line.discount.basisPoints();
        case Net:
            return row.line.net.minor();
        case Requested:
            return row.line.requestedDate;
        case Reserved:
            return row.line.reserved.thousandths();
        case Shipped:
            return row.line.shipped.thousandths();
        case Shortfall:
            return row.line.shortfall().thousandths();
        default:
            return display(row, column);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column >= Qty ? Qt::AlignRight | Qt::AlignVCenter
                                                 : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Flag && f.any())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == Flag || (column == UnitPrice && f.belowCost) ||
            (column == Discount && f.discountAboveLimit))
            return flagText(index.row());
        if (column == Tax)
            return row.line.taxCode;
        if (column == Requested)
            return tr("Empty: the order's requested date");
        if (column == Shortfall && !row.line.shortfall().isZero())
            return tr("Backordered: no stock is reserved for %1 of what remains")
                .arg(row.line.shortfall().toString(m_locale));
        return {};
    case Qt::ForegroundRole:
        if ((column == UnitPrice && f.belowCost) || (column == Discount && f.discountAboveLimit) ||
            (column == Shortfall && !row.line.shortfall().isZero()))
            return QBrush(kFlaggedText);
        return {};
    default:
        return {};
    }
}

QVariant DocumentLinesModel::display(const Row& row, int column) const {
    const DocumentLine& line = row.line;
    if (line.sku.isEmpty() && column != Sku)
        return {};
    switch (Column(column)) {
    case Sku:
        return line.sku;
    case Description:
        return line.description;
    case Qty:
        return line.qty.toString(m_locale);
    case UnitPrice:
        return line.unitPrice.toString(m_locale, m_currency);
    case Discount:
        return line.discount.isZero() ? QString() : line.discount.toString(m_locale);
    case Tax:
        return tr("%1 %").arg(line.taxRate.toString(m_locale));
    case Net:
        return line.net.toNumberString(m_locale);
    case Requested:
        return line.requestedDate.isValid()
                   ? m_locale.toString(line.requestedDate, fullYearDateFormat(m_locale))
                   : QString();
    case Reserved:
        return line.stockTracked ? line.reserved.toString(m_locale) : tr("n/a");
    case Shipped:
        return line.shipped.toString(m_locale);
    case Shortfall:
        return line.shortfall().isZero() ? QString() : line.shortfall().toString(m_locale);
    case Flag:
    case ColumnCount:
        break;
    }
    return {};
}

QString DocumentLinesModel::editText(const Row& row, int column) const {
    if (column == Discount)
        return row.line.discount.toString(m_locale);
    return display(row, column).toString();
}

} // namespace mostrador::app
