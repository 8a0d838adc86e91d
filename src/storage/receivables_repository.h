// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoicing.h"
#include "domain/receivables.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace mostrador::storage {

class Database;

// A posted invoice's figures, as settling it needs them.
struct InvoiceDues {
    qint64 id = 0;
    QString number;
    QString status;
    qint64 customerId = 0;
    QDate date;
    domain::Money total;
    domain::Money depositsApplied;
    domain::Money paid;
    domain::Money balance;
    QList<domain::Installment> installments; // position order; empty = due on the date

    domain::OpenInvoice open() const;
    // The installments to settle and age by: one on the invoice date when it has none.
    QList<domain::Installment> schedule() const;
};

// One customer's line of the aging report. `credit` (payments and credit notes not yet
// allocated, ≤ 0) counts in the current bucket, so the buckets sum to the AR balance.
struct AgingRow {
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    domain::AgingAmounts amounts;
    domain::Money credit;
};

// A payment charged back after some day, with what replaying its chargebacks needs
// (domain::replayChargebacks): all its allocations and chargebacks, in id order.
struct ChargebackHistory {
    qint64 paymentId = 0;
    domain::Money amount;
    QList<domain::RecordedAllocation> allocations;
    QList<domain::RecordedChargeback> chargebacks;
};

// A customer's overdue invoices as the credit check needs them.
struct OverdueFacts {
    int oldestDays = 0;  // days past due of the oldest unpaid due date, 0 if none
    int beyondLimit = 0; // open invoices past due by more than the blocking days
};

// Empty filters do not filter; newest first.
struct PaymentListQuery {
    qint64 customerId = 0; // 0 = every customer
    int limit = 100;
};

// Payments, their allocations and chargebacks, and the settlement columns of posted
// invoices (issue 5: InvoiceRepository writes the rest of invoices). Money in `currency`.
class ReceivablesRepository {
public:
    ReceivablesRepository(Database& db, domain::Currency currency)
        : m_db(db)
        , m_currency(currency) {}

    // --- payments, allocations, chargebacks (receivables_repository.cpp)
    Result<qint64> insertPayment(const domain::Payment& payment);
    Status writePaymentFigures(qint64 paymentId, domain::Money unallocated,
                               domain::Money chargedBack);
    Result<qint64> insertAllocation(qint64 invoiceId, qint64 paymentId, domain::Money amount,
                                    QDate date);
    Status undoAllocation(qint64 allocationId, domain::Money amount);
    Result<qint64> insertChargeback(const domain::Chargeback& chargeback, qint64 paymentId);
    // With its allocations (oldest first).
    Result<std::optional<domain::Payment>> findPayment(const QString& number);
    Result<QList<domain::Payment>> listPayments(const PaymentListQuery& query);
    Result<QList<domain::Chargeback>> chargebacksOf(qint64 paymentId);
    // The customer's payments with credit left, oldest first (payments_open).
    Result<QList<domain::Payment>> openCredit(qint64 customerId);

    // --- invoices (receivables_queries.cpp)
    // A posted or draft invoice by its number or draft number.
    Result<std::optional<InvoiceDues>> invoice(const QString& number);
    Result<InvoiceDues> invoice(qint64 id);
    // paid, balance, status, due_date and updated_at.
    Status writeSettlement(qint64 invoiceId, domain::Money paid,
                           const domain::Settlement& settlement);
    // The customer's posted invoices with a balance, oldest due first (invoices_open).
    Result<QList<domain::OpenInvoice>> openInvoices(qint64 customerId);
    // Sorted by customer code; every customer with something open, or only `customerId`.
    Result<QList<AgingRow>> aging(QDate asOf, qint64 customerId = 0);
    Result<OverdueFacts> overdue(qint64 customerId, QDate asOf, int blockDays);

    // --- the aging as of a past date (aging_history.cpp)
    // The payments with a chargeback dated after `asOf` (only `customerId`'s, unless 0).
    Result<QList<ChargebackHistory>> chargebacksAfter(QDate asOf, qint64 customerId = 0);
    // The aging as the documents dated up to `asOf` leave it: posted invoices dated then,
    // covered by their deposits and the allocations dated then, less what chargebacks
    // dated then took back; `reopened` (by invoice id) is what chargebacks dated after
    // `asOf` took back of allocations dated up to it. The credit is the AR balance as of
    // `asOf` (invoices − deposits applied − payments + chargebacks − credit notes, each
    // dated up to it) less the invoices' buckets, so the row sums to that balance.
    Result<QList<AgingRow>> agingAsOf(QDate asOf, qint64 customerId,
                                      const QHash<qint64, domain::Money>& reopened);

private:
    Result<QList<domain::Allocation>> allocationsOf(qint64 paymentId);

    Database& m_db;
    domain::Currency m_currency;
};

} // namespace mostrador::storage
