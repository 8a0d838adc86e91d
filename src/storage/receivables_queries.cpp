// SPDX-License-Identifier: MIT
// The receivables side of invoices: their settlement columns, the open ones of a
// customer, the aging report and the overdue facts of the credit check.
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/receivables_repository.h"
#include "storage/sql.h"

#include <QHash>
#include <algorithm>

namespace mostrador::storage {

using domain::Money;

domain::OpenInvoice InvoiceDues::open() const {
    const auto s = domain::settlementState(schedule(), total, depositsApplied, paid);
    return {id, number, s.dueDate, balance};
}

QList<domain::Installment> InvoiceDues::schedule() const {
    if (!installments.isEmpty())
        return installments;
    return {{date, total}};
}

namespace {

const QString kDuesSelect = QStringLiteral(
    "SELECT id, number, status, customer_id, date, total, deposits_applied, paid, balance "
    "FROM invoices ");

} // namespace

Result<std::optional<InvoiceDues>> ReceivablesRepository::invoice(const QString& number) {
    auto rows = read(m_db, kDuesSelect + QStringLiteral("WHERE number = ? OR draft_number = ?"),
                     {number, number});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return std::optional<InvoiceDues>();
    const qint64 id = rows->integer(0);
    auto dues = invoice(id);
    if (!dues)
        return fail(dues.error());
    return std::optional<InvoiceDues>(std::move(*dues));
}

Result<InvoiceDues> ReceivablesRepository::invoice(qint64 id) {
    auto rows = read(m_db, kDuesSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return fail(Error::notFound(QStringLiteral("invoice.not_found"),
                                    trMsg("There is no invoice with id %1").arg(id)));
    InvoiceDues d;
    d.id = rows->integer(0);
    d.number = rows->text(1);
    d.status = rows->text(2);
    d.customerId = rows->integer(3);
    d.date = dateFrom(rows->text(4));
    d.total = Money::fromMinor(rows->integer(5), m_currency);
    d.depositsApplied = Money::fromMinor(rows->integer(6), m_currency);
    d.paid = Money::fromMinor(rows->integer(7), m_currency);
    d.balance = Money::fromMinor(rows->integer(8), m_currency);
    auto due = read(m_db,
                    QStringLiteral("SELECT due_date, amount FROM invoice_due_dates "
                                   "WHERE invoice_id = ? ORDER BY position"),
                    {id});
    if (!due)
        return fail(due.error());
    while (due->next())
        d.installments.append(
            {dateFrom(due->text(0)), Money::fromMinor(due->integer(1), m_currency)});
    return d;
}

Status ReceivablesRepository::writeSettlement(qint64 invoiceId, Money paid,
                                              const domain::Settlement& s) {
    auto q = write(m_db,
                   QStringLiteral("UPDATE invoices SET paid = ?, balance = ?, status = ?, "
                                  "due_date = ?, updated_at = ? WHERE id = ?"),
                   {paid.minor(), s.balance.minor(), s.status,
                    s.dueDate.isValid() ? QVariant(isoDate(s.dueDate)) : QVariant(), nowIso(),
                    invoiceId});
    return q ? Status{} : fail(q.error());
}

Result<QList<domain::OpenInvoice>> ReceivablesRepository::openInvoices(qint64 customerId) {
    // `balance <> 0` repeats the invoices_open index's condition, so SQLite uses it.
    auto rows = read(m_db,
                     QStringLiteral("SELECT id, number, due_date, balance FROM invoices "
                                    "WHERE customer_id = ? AND balance <> 0 AND status <> 'draft' "
                                    "ORDER BY due_date, id"),
                     {customerId});
    if (!rows)
        return fail(rows.error());
    QList<domain::OpenInvoice> out;
    while (rows->next())
        out.append({rows->integer(0), rows->text(1), dateFrom(rows->text(2)),
                    Money::fromMinor(rows->integer(3), m_currency)});
    return out;
}

Result<OverdueFacts> ReceivablesRepository::overdue(qint64 customerId, QDate asOf, int blockDays) {
    // Two probes of invoices_open (customer, due date): its first entry and the range
    // past the limit. One aggregate over both would read every open invoice of the
    // customer, and confirming an order of a customer with thousands open did just that.
    auto rows = read(m_db,
                     QStringLiteral("SELECT (SELECT MIN(due_date) FROM invoices WHERE "
                                    "customer_id = ? AND balance <> 0 AND due_date IS NOT NULL), "
                                    "(SELECT COUNT(*) FROM invoices WHERE customer_id = ? AND "
                                    "balance <> 0 AND due_date < ?)"),
                     {customerId, customerId, isoDate(asOf.addDays(-blockDays))});
    if (!rows)
        return fail(rows.error());
    OverdueFacts facts;
    if (!rows->next() || rows->isNull(0))
        return facts;
    facts.oldestDays = std::max(0, domain::daysPastDue(dateFrom(rows->text(0)), asOf));
    facts.beyondLimit = static_cast<int>(rows->integer(1));
    return facts;
}

namespace {

// The rows of the aging report by customer id, filled in one pass per source.
struct AgingBuilder {
    domain::Currency currency;
    QHash<qint64, AgingRow> rows;

    AgingRow& row(qint64 customerId, const QString& code, const QString& name) {
        auto it = rows.find(customerId);
        if (it == rows.end()) {
            AgingRow r{customerId, code, name, domain::AgingAmounts(currency),
                       Money::zero(currency)};
            it = rows.insert(customerId, r);
        }
        return *it;
    }
};

QString customerFilter(qint64 customerId, const QString& column, QVariantList& values) {
    if (customerId == 0)
        return {};
    values.append(customerId);
    return QStringLiteral(" AND %1 = ?").arg(column);
}

} // namespace

// One pass over the open invoices joined to their installments (in invoice order, so
// each invoice's installments arrive together), then the unallocated credit.
Result<QList<AgingRow>> ReceivablesRepository::aging(QDate asOf, qint64 customerId) {
    AgingBuilder b{m_currency, {}};
    QVariantList values;
    const QString filter = customerFilter(customerId, QStringLiteral("i.customer_id"), values);
    auto rows =
        read(m_db,
             QStringLiteral("SELECT i.id, i.customer_id, c.code, c.name, i.date, i.total, "
                            "i.deposits_applied + i.paid, d.due_date, d.amount "
                            "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                            "LEFT JOIN invoice_due_dates d ON d.invoice_id = i.id "
                            "WHERE i.balance <> 0") +
                 filter + QStringLiteral(" ORDER BY i.customer_id, i.due_date, i.id, d.position"),
             values);
    if (!rows)
        return fail(rows.error());
    qint64 current = 0;
    QList<domain::Installment> schedule;
    Money covered;
    AgingRow* row = nullptr;
    auto flush = [&] {
        if (row)
            domain::ageInvoice(row->amounts, schedule, covered, asOf);
        schedule.clear();
    };
    while (rows->next()) {
        if (rows->integer(0) != current) {
            flush();
            current = rows->integer(0);
            if (!row || row->customerId != rows->integer(1)) // rows come by customer
                row = &b.row(rows->integer(1), rows->text(2), rows->text(3));
            covered = Money::fromMinor(rows->integer(6), m_currency);
            if (rows->isNull(7)) // no installments: the whole total is due on the date
                schedule.append(
                    {dateFrom(rows->text(4)), Money::fromMinor(rows->integer(5), m_currency)});
        }
        if (!rows->isNull(7))
            schedule.append(
                {dateFrom(rows->text(7)), Money::fromMinor(rows->integer(8), m_currency)});
    }
    flush();
    QVariantList creditValues;
    const QString creditFilter =
        customerFilter(customerId, QStringLiteral("x.customer_id"), creditValues);
    creditValues += creditValues; // once per source of the union
    auto credit = read(
        m_db,
        QStringLiteral("SELECT x.customer_id, c.code, c.name, SUM(x.unallocated) FROM ("
                       "SELECT customer_id, unallocated FROM payments x WHERE unallocated <> 0") +
            creditFilter +
            QStringLiteral(" UNION ALL SELECT customer_id, unallocated FROM credit_notes x "
                           "WHERE unallocated <> 0") +
            creditFilter +
            QStringLiteral(") x JOIN customers c ON c.id = x.customer_id GROUP BY x.customer_id"),
        creditValues);
    if (!credit)
        return fail(credit.error());
    while (credit->next()) {
        AgingRow& r = b.row(credit->integer(0), credit->text(1), credit->text(2));
        r.credit = Money::fromMinor(-credit->integer(3), m_currency);
        r.amounts[domain::AgingBucket::Current] += r.credit;
    }
    QList<AgingRow> out = b.rows.values();
    std::sort(out.begin(), out.end(),
              [](const AgingRow& a, const AgingRow& b) { return a.customerCode < b.customerCode; });
    return out;
}

} // namespace mostrador::storage
