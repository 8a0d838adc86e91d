// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "services/payment_service.h"

#include <QObject>
#include <optional>

class QStandardItem;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace mostrador::app {

// A customer's open posted invoices (oldest due first, overdue ones in red) with an
// editable "Allocate" column, for what pays them: a payment or a credit note. The column
// holds the proposal of domain::planAllocation over the money available (what the
// services allocate when no invoice is named) until the user types an amount; then the
// typed amounts stand until propose() is forced. An amount that cannot be read is put
// back and announced; checks() says which allocation the rules refuse, naming the invoice.
class AllocationTable : public QObject {
    Q_OBJECT
public:
    enum Column { Invoice, Date, DueDate, Total, Balance, Allocate };

    AllocationTable(domain::Currency currency, QWidget* parent);

    QTableView* view() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }

    void setInvoices(const QList<services::OpenInvoiceRow>& invoices);
    const QList<services::OpenInvoiceRow>& invoices() const { return m_invoices; }
    int rowCount() const { return int(m_invoices.size()); }

    // Fills the column with the plan for `available`, unless the user has typed amounts;
    // `force` proposes anyway and forgets them.
    void propose(domain::Money available, bool force = false);
    // Whether the amounts are the user's rather than the proposal.
    bool userEdited() const { return m_userEdited; }
    void setUserEdited(bool edited) { m_userEdited = edited; }

    void setAllocated(int row, domain::Money amount);
    // The allocation of `row` in minor units.
    qint64 allocated(int row) const;
    domain::Money total() const;
    // The invoices with an amount, as the services take them.
    QList<services::AllocationRequest> requests() const;

    // Checks the allocations: one invoice at a time first, so that a refusal names the row
    // that is wrong (answered), then all of them against `available` (-1).
    std::optional<int> refusedRow(domain::Money available, Error& error) const;

Q_SIGNALS:
    // The user typed an amount that was taken.
    void edited();
    // The user typed something that is no amount; the cell is back to what it was.
    void unreadable(const QString& message);

private:
    void build(QWidget* parent);
    void cellChanged(QStandardItem* item);
    domain::Money money(qint64 minor) const;
    QList<domain::AllocationTarget> targets(bool withAllocations) const;

    domain::Currency m_currency;
    QList<services::OpenInvoiceRow> m_invoices;
    bool m_userEdited = false;
    bool m_filling = false;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace mostrador::app
