// SPDX-License-Identifier: MIT
// Payments, allocations and chargebacks (the settlement of invoices is in
// receivables_queries.cpp).
#include "storage/receivables_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;

namespace {

const QString kPaymentColumns = QStringLiteral(
    "p.id, p.number, p.kind, p.customer_id, c.code, c.name, p.amount, p.unallocated, "
    "p.charged_back, COALESCE(n.number, ''), p.method, p.date, p.reference, p.user_name "
    "FROM payments p JOIN customers c ON c.id = p.customer_id "
    "LEFT JOIN credit_notes n ON n.id = p.credit_note_id ");

domain::Payment paymentFrom(const Rows& r, domain::Currency currency) {
    domain::Payment p;
    p.id = r.integer(0);
    p.number = r.text(1);
    p.kind = r.text(2);
    p.customerId = r.integer(3);
    p.customerCode = r.text(4);
    p.customerName = r.text(5);
    p.amount = Money::fromMinor(r.integer(6), currency);
    p.unallocated = Money::fromMinor(r.integer(7), currency);
    p.chargedBack = Money::fromMinor(r.integer(8), currency);
    p.creditNoteNumber = r.text(9);
    p.method = r.text(10);
    p.date = dateFrom(r.text(11));
    p.reference = r.text(12);
    p.recordedBy = r.text(13);
    return p;
}

Result<QList<domain::Payment>> paymentsFrom(Result<Rows> rows, domain::Currency currency) {
    if (!rows)
        return fail(rows.error());
    QList<domain::Payment> out;
    while (rows->next())
        out.append(paymentFrom(*rows, currency));
    return out;
}

} // namespace

Result<qint64> ReceivablesRepository::insertPayment(const domain::Payment& p) {
    return write(m_db,
                 QStringLiteral("INSERT INTO payments (number, kind, customer_id, amount, "
                                "unallocated, charged_back, method, date, reference, user_name, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {p.number, p.kind, p.customerId, p.amount.minor(), p.unallocated.minor(),
                  p.chargedBack.minor(), p.method, isoDate(p.date), p.reference, p.recordedBy,
                  nowIso()});
}

Status ReceivablesRepository::writePaymentFigures(qint64 paymentId, Money unallocated,
                                                  Money chargedBack) {
    auto q = write(m_db,
                   QStringLiteral("UPDATE payments SET unallocated = ?, charged_back = ? "
                                  "WHERE id = ?"),
                   {unallocated.minor(), chargedBack.minor(), paymentId});
    return q ? Status{} : fail(q.error());
}

Result<qint64> ReceivablesRepository::insertAllocation(qint64 invoiceId, qint64 paymentId,
                                                       Money amount, QDate date) {
    return write(m_db,
                 QStringLiteral("INSERT INTO allocations (invoice_id, payment_id, amount, date, "
                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                 {invoiceId, paymentId, amount.minor(), isoDate(date), nowIso()});
}

Status ReceivablesRepository::undoAllocation(qint64 allocationId, Money amount) {
    auto q = write(m_db, QStringLiteral("UPDATE allocations SET undone = undone + ? WHERE id = ?"),
                   {amount.minor(), allocationId});
    return q ? Status{} : fail(q.error());
}

Result<qint64> ReceivablesRepository::insertChargeback(const domain::Chargeback& cb,
                                                       qint64 paymentId) {
    return write(m_db,
                 QStringLiteral("INSERT INTO chargebacks (number, payment_id, customer_id, "
                                "amount, reason, notes, date, user_name, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {cb.number, paymentId, cb.customerId, cb.amount.minor(), cb.reason, cb.notes,
                  isoDate(cb.date), cb.recordedBy, nowIso()});
}

Result<std::optional<domain::Payment>> ReceivablesRepository::findPayment(const QString& number) {
    auto found = paymentsFrom(
        read(m_db,
             QStringLiteral("SELECT ") + kPaymentColumns + QStringLiteral("WHERE p.number = ?"),
             {number}),
        m_currency);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<domain::Payment>();
    domain::Payment p = found->first();
    auto allocations = allocationsOf(p.id);
    if (!allocations)
        return fail(allocations.error());
    p.allocations = std::move(*allocations);
    return std::optional<domain::Payment>(std::move(p));
}

Result<QList<domain::Payment>> ReceivablesRepository::listPayments(const PaymentListQuery& q) {
    if (q.customerId != 0)
        return paymentsFrom(read(m_db,
                                 QStringLiteral("SELECT ") + kPaymentColumns +
                                     QStringLiteral("WHERE p.customer_id = ? "
                                                    "ORDER BY p.date DESC, p.id DESC LIMIT ?"),
                                 {q.customerId, q.limit}),
                            m_currency);
    return paymentsFrom(read(m_db,
                             QStringLiteral("SELECT ") + kPaymentColumns +
                                 QStringLiteral("ORDER BY p.date DESC, p.id DESC LIMIT ?"),
                             {q.limit}),
                        m_currency);
}

Result<QList<domain::Payment>> ReceivablesRepository::openCredit(qint64 customerId) {
    // `unallocated <> 0` repeats the payments_open index's condition, so SQLite uses it;
    // only money received is credit to spend.
    return paymentsFrom(read(m_db,
                             QStringLiteral("SELECT ") + kPaymentColumns +
                                 QStringLiteral("WHERE p.customer_id = ? AND p.unallocated <> 0 "
                                                "AND p.unallocated > 0 ORDER BY p.date, p.id"),
                             {customerId}),
                        m_currency);
}

Result<QList<domain::Allocation>> ReceivablesRepository::allocationsOf(qint64 paymentId) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT a.id, a.invoice_id, i.number, p.number, a.amount, "
                                    "a.undone, a.date FROM allocations a "
                                    "JOIN invoices i ON i.id = a.invoice_id "
                                    "JOIN payments p ON p.id = a.payment_id "
                                    "WHERE a.payment_id = ? ORDER BY a.id"),
                     {paymentId});
    if (!rows)
        return fail(rows.error());
    QList<domain::Allocation> out;
    while (rows->next()) {
        domain::Allocation a;
        a.id = rows->integer(0);
        a.invoiceId = rows->integer(1);
        a.invoiceNumber = rows->text(2);
        a.paymentNumber = rows->text(3);
        a.amount = Money::fromMinor(rows->integer(4), m_currency);
        a.undone = Money::fromMinor(rows->integer(5), m_currency);
        a.date = dateFrom(rows->text(6));
        out.append(std::move(a));
    }
    return out;
}

Result<QList<domain::Chargeback>> ReceivablesRepository::chargebacksOf(qint64 paymentId) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT b.id, b.number, p.number, b.customer_id, c.code, "
                                    "b.amount, b.reason, b.notes, b.date, b.user_name "
                                    "FROM chargebacks b JOIN payments p ON p.id = b.payment_id "
                                    "JOIN customers c ON c.id = b.customer_id "
                                    "WHERE b.payment_id = ? ORDER BY b.id"),
                     {paymentId});
    if (!rows)
        return fail(rows.error());
    QList<domain::Chargeback> out;
    while (rows->next()) {
        domain::Chargeback b;
        b.id = rows->integer(0);
        b.number = rows->text(1);
        b.paymentNumber = rows->text(2);
        b.customerId = rows->integer(3);
        b.customerCode = rows->text(4);
        b.amount = Money::fromMinor(rows->integer(5), m_currency);
        b.reason = rows->text(6);
        b.notes = rows->text(7);
        b.date = dateFrom(rows->text(8));
        b.recordedBy = rows->text(9);
        out.append(std::move(b));
    }
    return out;
}

} // namespace mostrador::storage
