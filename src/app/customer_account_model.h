// SPDX-License-Identifier: MIT
#pragma once

#include "domain/account_statement.h"

#include <QAbstractTableModel>

namespace mostrador::app {

// The entries of a customer's statement as a table: date, kind, number, description,
// due date, debit, credit, running balance and what is open of an invoice. It holds one
// period's entries (the service reads a period through the customer's date indexes, so
// even a customer with thousands of documents gives a few hundred rows a month). Money
// is right-aligned and negative amounts are red; role::Raw answers cents and ISO dates
// so sorting and exports never go through text, role::Plain the machine form the
// exports write, and the header's role::Kind each column's reports::ColumnKind.
class CustomerAccountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Number, Description, DueDate, Debit, Credit, Balance, Open, Count };

    explicit CustomerAccountModel(QObject* parent = nullptr);

    void setStatement(const domain::AccountStatement& statement);
    const domain::AccountStatement& statement() const { return m_statement; }
    const domain::StatementEntry& entry(int row) const { return m_statement.entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const domain::StatementEntry& e, int column) const;
    QVariant raw(const domain::StatementEntry& e, int column) const;
    QString plain(const domain::StatementEntry& e, int column) const;
    // The amount a money column shows; none for the other columns and empty cells.
    std::optional<domain::Money> amount(const domain::StatementEntry& e, int column) const;

    domain::AccountStatement m_statement;
};

} // namespace mostrador::app
