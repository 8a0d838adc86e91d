// SPDX-License-Identifier: MIT
#include "app/customer_account_model.h"

#include "app/table_source.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mostrador::app {

using domain::Money;
using domain::StatementEntry;

CustomerAccountModel::CustomerAccountModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CustomerAccountModel::setStatement(const domain::AccountStatement& statement) {
    beginResetModel();
    m_statement = statement;
    setProperty("currency", statement.openingBalance.currency().code()); // for exports
    endResetModel();
}

int CustomerAccountModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_statement.entries.size());
}

int CustomerAccountModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

std::optional<Money> CustomerAccountModel::amount(const StatementEntry& e, int column) const {
    switch (column) {
    case Debit:
        return e.debit.isZero() ? std::nullopt : std::optional(e.debit);
    case Credit:
        return e.credit.isZero() ? std::nullopt : std::optional(e.credit);
    case Balance:
        return e.balance;
    case Open:
        return e.open;
    default:
        return std::nullopt;
    }
}

QVariant CustomerAccountModel::display(const StatementEntry& e, int column) const {
    const QLocale locale;
    if (auto m = amount(e, column))
        return m->toNumberString(locale);
    switch (column) {
    case Date:
        return locale.toString(e.date, QLocale::ShortFormat);
    case Kind:
        return domain::statementKindLabel(e.kind);
    case Number:
        return e.number;
    case Description:
        return e.description;
    case DueDate:
        return e.dueDate.isValid() ? locale.toString(e.dueDate, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant CustomerAccountModel::raw(const StatementEntry& e, int column) const {
    if (auto m = amount(e, column))
        return m->minor();
    switch (column) {
    case Date:
        return e.date.toString(Qt::ISODate);
    case Kind:
        return e.kind;
    case DueDate:
        return e.dueDate.isValid() ? e.dueDate.toString(Qt::ISODate) : QString();
    default:
        return display(e, column);
    }
}

QString CustomerAccountModel::plain(const StatementEntry& e, int column) const {
    if (auto m = amount(e, column))
        return m->toPlainString();
    if (column == Debit || column == Credit || column == Open)
        return {};
    return raw(e, column).toString();
}

QVariant CustomerAccountModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StatementEntry& e = entry(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(e, column);
    case Qt::TextAlignmentRole:
        return column >= Debit ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole: {
        const auto m = amount(e, column);
        return m && m->isNegative() ? QVariant(QBrush(QColor(0xc0, 0x1c, 0x1c))) : QVariant();
    }
    case Qt::ToolTipRole:
        return e.kind == domain::statement_kind::kInvoice
                   ? tr("Double-click to open invoice %1").arg(e.number)
                   : QVariant();
    case role::Raw:
        return raw(e, column);
    case role::Plain:
        return plain(e, column);
    case role::Key:
        return e.number;
    default:
        return {};
    }
}

QVariant CustomerAccountModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == role::Kind)
        return int(section >= Debit ? reports::ColumnKind::Money : reports::ColumnKind::Text);
    if (role == Qt::TextAlignmentRole && section >= Debit)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Document");
    case Number:
        return tr("Number");
    case Description:
        return tr("Description");
    case DueDate:
        return tr("Due date");
    case Debit:
        return tr("Debit");
    case Credit:
        return tr("Credit");
    case Balance:
        return tr("Balance");
    case Open:
        return tr("Open");
    default:
        return {};
    }
}

} // namespace mostrador::app
