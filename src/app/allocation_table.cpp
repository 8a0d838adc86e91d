// SPDX-License-Identifier: MIT
#include "app/allocation_table.h"

#include "app/service_source.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace mostrador::app {

using domain::Money;

namespace {

// On the Allocate item: the amount in minor units.
constexpr int kMinor = Qt::UserRole;
const QColor kOverdue(0xc0, 0x1c, 0x1c);

QStandardItem* readOnly(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString fullYear(const QDate& date) {
    const QLocale locale;
    return date.isValid() ? locale.toString(date, fullYearDateFormat(locale)) : QString();
}

} // namespace

AllocationTable::AllocationTable(domain::Currency currency, QWidget* parent)
    : QObject(parent)
    , m_currency(currency) {
    build(parent);
    connect(m_model, &QStandardItemModel::itemChanged, this, &AllocationTable::cellChanged);
}

void AllocationTable::build(QWidget* parent) {
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Date"), tr("Due date"), tr("Total"), tr("Balance"), tr("Allocate")});
    for (int c : {Total, Balance, Allocate})
        m_model->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the dialog's buttons
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    const int ch = m_table->fontMetrics().averageCharWidth();
    for (auto [column, chars] : {std::pair{Invoice, 17},
                                 {Date, 12},
                                 {DueDate, 24},
                                 {Total, 14},
                                 {Balance, 14},
                                 {Allocate, 14}})
        header->resizeSection(column, chars * ch + 16);
    header->setStretchLastSection(true);
}

Money AllocationTable::money(qint64 minor) const {
    return Money::fromMinor(minor, m_currency);
}

void AllocationTable::setInvoices(const QList<services::OpenInvoiceRow>& invoices) {
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_invoices = invoices;
    m_userEdited = false;
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const services::OpenInvoiceRow& r : invoices) {
        auto* due = readOnly(fullYear(r.invoice.dueDate));
        if (r.invoice.dueDate.isValid() && r.invoice.dueDate < today) {
            const int days = int(r.invoice.dueDate.daysTo(today));
            due->setText(days == 1 ? tr("%1 · 1 day overdue").arg(due->text())
                                   : tr("%1 · %2 days overdue").arg(due->text()).arg(days));
            due->setForeground(kOverdue);
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
        }
        auto* allocate = new QStandardItem;
        allocate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        allocate->setData(qint64(0), kMinor);
        allocate->setToolTip(tr("Type the amount for this invoice; 0 leaves it out"));
        m_model->appendRow({readOnly(r.invoice.number), readOnly(fullYear(r.date)), due,
                            readOnly(r.total.toString(locale), true),
                            readOnly(r.invoice.balance.toString(locale), true), allocate});
    }
    m_filling = false;
    m_table->resizeColumnToContents(DueDate); // "· N days overdue" in bold
}

QList<domain::AllocationTarget> AllocationTable::targets(bool withAllocations) const {
    QList<domain::AllocationTarget> out;
    for (int row = 0; row < rowCount(); ++row) {
        domain::AllocationTarget t{m_invoices[row].invoice, std::nullopt};
        if (withAllocations) {
            if (allocated(row) == 0)
                continue;
            t.amount = money(allocated(row));
        }
        out.append(t);
    }
    return out;
}

void AllocationTable::propose(Money available, bool force) {
    if (m_userEdited && !force)
        return;
    m_userEdited = false;
    // The plan the services make when no invoice is named: the same function, the same order.
    auto plan = domain::planAllocation(available, targets(false));
    for (int row = 0; row < rowCount(); ++row) {
        Money amount = money(0);
        for (const domain::PlannedAllocation& a :
             plan ? plan->allocations : QList<domain::PlannedAllocation>{})
            if (a.invoiceId == m_invoices[row].invoice.id)
                amount = a.amount;
        setAllocated(row, amount);
    }
}

void AllocationTable::setAllocated(int row, Money amount) {
    m_filling = true;
    QStandardItem* item = m_model->item(row, Allocate);
    item->setData(amount.minor(), kMinor);
    item->setText(amount.isZero() ? QString() : amount.toString(QLocale()));
    m_filling = false;
}

qint64 AllocationTable::allocated(int row) const {
    return m_model->item(row, Allocate)->data(kMinor).toLongLong();
}

Money AllocationTable::total() const {
    qint64 sum = 0;
    for (int row = 0; row < rowCount(); ++row)
        sum += allocated(row);
    return money(sum);
}

QList<services::AllocationRequest> AllocationTable::requests() const {
    QList<services::AllocationRequest> out;
    for (int row = 0; row < rowCount(); ++row)
        if (allocated(row) != 0)
            out.append({m_invoices[row].invoice.number, money(allocated(row))});
    return out;
}

void AllocationTable::cellChanged(QStandardItem* item) {
    if (m_filling || item->column() != Allocate)
        return;
    const QString text = item->text().trimmed();
    auto amount =
        text.isEmpty() ? Result<Money>(money(0)) : Money::parse(text, QLocale(), m_currency);
    if (!amount) {
        setAllocated(item->row(), money(item->data(kMinor).toLongLong()));
        Q_EMIT unreadable(
            tr("Invoice %1: %2")
                .arg(m_model->item(item->row(), Invoice)->text(), amount.error().message));
        return;
    }
    m_userEdited = true;
    setAllocated(item->row(), *amount);
    Q_EMIT edited();
}

std::optional<int> AllocationTable::refusedRow(Money available, Error& error) const {
    for (int row = 0; row < rowCount(); ++row) {
        if (allocated(row) == 0)
            continue;
        const Money amount = money(allocated(row));
        auto alone = domain::planAllocation(amount, {{m_invoices[row].invoice, amount}});
        if (!alone) {
            error = alone.error();
            return row;
        }
    }
    auto all = domain::planAllocation(available, targets(true));
    if (!all) {
        error = all.error();
        return -1;
    }
    return std::nullopt;
}

} // namespace mostrador::app
