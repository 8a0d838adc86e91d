// SPDX-License-Identifier: MIT
#include "app/document_lines_model.h"

#include "app/lines_change.h"
#include "app/service_source.h"

#include <QRegularExpression>
#include <optional>

namespace mostrador::app {

using domain::DocumentLine;

DocumentLinesModel::DocumentLinesModel(domain::Currency currency, domain::TaxRounding rounding,
                                       domain::Percent discountLimit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
    , m_rounding(rounding)
    , m_discountLimit(discountLimit)
    , m_undo(new QUndoStack(this)) {}

void DocumentLinesModel::setLines(const QList<DocumentLine>& lines) {
    beginResetModel();
    m_rows.clear();
    for (const DocumentLine& line : lines)
        m_rows.append({line, true, true});
    endResetModel();
    m_undo->clear();
    recompute();
}

void DocumentLinesModel::setOrderColumns(bool on) {
    if (on == m_orderColumns)
        return;
    beginResetModel();
    m_orderColumns = on;
    endResetModel();
}

void DocumentLinesModel::restore(const QList<Row>& rows) {
    if (rows.size() == m_rows.size()) {
        // Same shape: the grid keeps its cursor.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn()));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    recompute();
}

void DocumentLinesModel::record(const QList<Row>& before, int row, int column) {
    m_undo->push(new LinesChange(this, before, m_rows, row, column));
}

QList<DocumentLine> DocumentLinesModel::lines() const {
    QList<DocumentLine> out;
    for (const Row& row : m_rows)
        if (!row.line.sku.isEmpty())
            out.append(row.line);
    return out;
}

QList<services::LineInput> DocumentLinesModel::inputs() const {
    QList<services::LineInput> out;
    for (const Row& row : m_rows)
        if (!row.line.sku.isEmpty())
            out.append(inputOf(row));
    return out;
}

services::LineInput DocumentLinesModel::inputOf(const Row& row) const {
    services::LineInput input;
    input.sku = row.line.sku;
    input.qty = row.line.qty;
    if (row.priceByHand)
        input.unitPrice = row.line.unitPrice;
    if (row.discountByHand)
        input.discount = row.line.discount;
    input.description = row.line.description;
    input.requestedDate = row.line.requestedDate;
    return input;
}

int DocumentLinesModel::rowOfLine(int n) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (!m_rows[row].line.sku.isEmpty() && n-- == 0)
            return row;
    return -1;
}

Status DocumentLinesModel::repriceAll() {
    Status first;
    for (int index = 0; index < m_rows.size(); ++index) {
        Row& row = m_rows[index];
        if (row.line.sku.isEmpty() || !m_pricer)
            continue;
        auto proposed = m_pricer(inputOf(row));
        if (!proposed) {
            if (first)
                first = fail(onRow(proposed.error(), index));
            continue;
        }
        const QString description = row.line.description;
        row.line = *proposed;
        row.line.description = description;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn()));
    recompute();
    return first;
}

void DocumentLinesModel::appendEmptyRow() {
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row empty;
    empty.line.qty = domain::Quantity::fromUnits(1);
    m_rows.append(empty);
    endInsertRows();
}

bool DocumentLinesModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    const QList<Row> before = m_rows;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    recompute();
    record(before, row, -1);
    return true;
}

bool DocumentLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QList<Row> before = m_rows;
    Row& row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    bool changed = false;
    switch (index.column()) {
    case Sku:
        changed = setProduct(row, text, index.row());
        break;
    case Description:
        changed = text != row.line.description;
        row.line.description = text;
        break;
    case Requested:
        changed = setRequestedDate(row, text, index.row());
        break;
    default:
        changed = setNumber(row, index.column(), text, index.row());
        break;
    }
    if (!changed)
        return false;
    // The whole row: a single-cell change would rewrite the text of an open editor.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), lastColumn()));
    recompute();
    record(before, index.row(), index.column());
    return true;
}

bool DocumentLinesModel::setProduct(Row& row, const QString& sku, int index) {
    if (sku.compare(row.line.sku, Qt::CaseInsensitive) == 0 && !sku.isEmpty())
        return false;
    if (sku.isEmpty()) {
        if (row.line.sku.isEmpty())
            return false;
        refuse(index, Sku,
               Error::invalid(QStringLiteral("line.sku"),
                              tr("Type a SKU, or press Ctrl+Del to remove the line")));
        return false;
    }
    Row next;
    next.line.sku = sku;
    next.line.qty = row.line.qty.isZero() ? domain::Quantity::fromUnits(1) : row.line.qty;
    next.line.requestedDate = row.line.requestedDate;
    if (!reprice(next, index))
        return false;
    row = next;
    return true;
}

bool DocumentLinesModel::setNumber(Row& row, int column, const QString& text, int index) {
    Row next = row;
    std::optional<Error> unreadable;
    const auto take = [&unreadable](auto parsed, auto& target) {
        if (parsed)
            target = *parsed;
        else
            unreadable = parsed.error();
    };
    if (column == Qty) {
        take(domain::Quantity::parse(text, m_locale), next.line.qty);
    } else if (column == UnitPrice) {
        take(domain::UnitPrice::parse(text, m_locale), next.line.unitPrice);
        next.priceByHand = true;
    } else {
        take(text.isEmpty() ? Result<domain::Percent>(domain::Percent())
                            : domain::Percent::parse(text, m_locale),
             next.line.discount);
        next.discountByHand = true;
    }
    if (unreadable) {
        refuse(index, column, *unreadable);
        return false;
    }
    if (next.line.qty == row.line.qty && next.line.unitPrice == row.line.unitPrice &&
        next.line.discount == row.line.discount)
        return false;
    if (!reprice(next, index))
        return false;
    row = next;
    return true;
}

bool DocumentLinesModel::setRequestedDate(Row& row, const QString& text, int index) {
    QDate date;
    if (!text.isEmpty()) {
        // The full-year form the grid shows, or the locale's short one ("27/11/26").
        date = m_locale.toDate(text, fullYearDateFormat(m_locale));
        if (!date.isValid())
            date = m_locale.toDate(text, QLocale::ShortFormat);
        if (!date.isValid())
            date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            refuse(index, Requested,
                   Error::invalid(QStringLiteral("line.requested_date"),
                                  tr("Line %1: \"%2\" is not a date (like %3); leave it "
                                     "empty for the order's date")
                                      .arg(index + 1)
                                      .arg(text, m_locale.toString(QDate::currentDate(),
                                                                   fullYearDateFormat(m_locale))),
                                  QStringLiteral("lines[%1].requested_date").arg(index)));
            return false;
        }
    }
    if (date == row.line.requestedDate)
        return false;
    row.line.requestedDate = date;
    return true;
}

bool DocumentLinesModel::reprice(Row& row, int index) {
    if (!m_pricer)
        return true;
    auto proposed = m_pricer(inputOf(row));
    if (!proposed) {
        refuse(index, columnOfField(proposed.error().field), onRow(proposed.error(), index));
        return false;
    }
    const QString description = row.line.description;
    row.line = *proposed;
    if (!description.isEmpty())
        row.line.description = description;
    return true;
}

Error DocumentLinesModel::onRow(Error error, int row) {
    // The pricer sees one line at a time, so its refusals speak of "Line 1"; the person
    // is on line `row + 1` of the grid. The prefix is the service's own translated one.
    const QString first = trMsg("Line %1: %2").arg(1).arg(QString());
    if (lineOfField(error.field) == 0 && error.message.startsWith(first))
        error.message = trMsg("Line %1: %2").arg(row + 1).arg(error.message.mid(first.size()));
    error.field = QStringLiteral("lines[%1].%2").arg(row).arg(error.field.section(u'.', -1));
    return error;
}

int DocumentLinesModel::columnOfField(const QString& field) {
    // Service errors name fields like "lines[2].qty" or "qty".
    const QString name = field.section(u'.', -1);
    if (name == u"qty")
        return Qty;
    if (name == u"unit_price" || name == u"price")
        return UnitPrice;
    if (name == u"discount")
        return Discount;
    if (name == u"description")
        return Description;
    if (name == u"requested_date")
        return Requested;
    return Sku;
}

int DocumentLinesModel::lineOfField(const QString& field) {
    static const QRegularExpression pattern(QStringLiteral("^lines\\[(\\d+)\\]"));
    const auto match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void DocumentLinesModel::recompute() {
    QList<DocumentLine> priced = lines();
    m_totals = domain::priceLines(priced, m_rounding, m_currency);
    int n = 0;
    for (Row& row : m_rows) {
        if (row.line.sku.isEmpty())
            continue;
        row.line.net = priced[n].net;
        row.line.tax = priced[n].tax;
        ++n;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Net), index(int(m_rows.size()) - 1, Net));
    Q_EMIT totalsChanged();
}

void DocumentLinesModel::refuse(int row, int column, const Error& error) {
    Q_EMIT inputRefused(row, column, error);
}

} // namespace mostrador::app
