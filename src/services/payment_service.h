// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/receivables.h"
#include "services/service_context.h"
#include "storage/list_query.h"

#include <memory>
#include <optional>

namespace mostrador::services {

// One invoice a payment or credit is for; no amount = as much as the invoice owes.
struct AllocationRequest {
    QString invoiceNumber;
    std::optional<domain::Money> amount;
};

struct PaymentInput {
    QString customerCode;
    domain::Money amount;
    QString method = QString::fromUtf16(domain::payment_method::kTransfer);
    QDate date; // invalid = today
    QString reference;
    QList<AllocationRequest> invoices; // empty = the oldest due first
};

struct ChargebackInput {
    QString paymentNumber;
    domain::Money amount;
    QString reason; // domain::chargeback_reason keys
    QDate date;     // invalid = today
    QString notes;
};

// What a customer owes and has paid ahead, for the customer's account view.
struct ReceivablesPosition {
    QString customerCode;
    domain::Money arBalance;    // customer_accounts: what the invoices and payments say
    domain::Money openInvoices; // Σ balances of posted invoices
    domain::Money credit;       // payments and credit notes not yet allocated
    int overdueInvoices = 0;    // open invoices past due today
    int oldestOverdueDays = 0;
};

// The aging report (ARCHITECTURE §10): one row per customer with something open, and
// the totals; each row's buckets sum to its AR balance.
struct AgingLine {
    QString customerCode;
    QString customerName;
    domain::AgingAmounts amounts{domain::Currency{}};
    domain::Money credit; // unallocated payments and credit notes, counted in current
};
struct AgingReport {
    QDate asOf;
    QList<AgingLine> lines;
    domain::AgingAmounts totals{domain::Currency{}};
};

// A page of the payments list (newest first unless sorted otherwise; sort keys: date,
// number, customer, amount). Empty filters do not filter; the search matches the number (prefix),
// the reference or the customer's code or name.
struct PaymentListQuery : storage::ListQuery {
    QString customerCode;
    QString method; // domain::payment_method keys
    QString kind;   // domain::payment_kind keys
    QDate from;
    QDate to;
};

// An open posted invoice of a customer, as a payment entry shows it.
struct OpenInvoiceRow {
    domain::OpenInvoice invoice; // number, due date, balance
    QDate date;
    domain::Money total;
};

// What a payment of a customer would pay: the open invoices oldest due first, the
// customer's credit, and the plan domain::planAllocation makes of amount + credit (what
// add() allocates when no invoice is named).
struct AllocationProposal {
    QString customerCode;
    QList<OpenInvoiceRow> invoices;
    domain::Money credit;
    domain::AllocationPlan plan;
};

// Money in from customers (ARCHITECTURE §4): payments allocated to named invoices or
// the oldest due first, the rest kept as the customer's credit; credit applied later;
// chargebacks that take a payment back, credit first, then its allocations newest
// first, reopening the invoices. Each action keeps customer_accounts.ar_balance in step
// in its own transaction.
class PaymentService {
public:
    explicit PaymentService(ServiceContext& ctx);
    ~PaymentService();

    // The customer's older credit is used before the new money.
    Result<domain::Payment> add(const domain::Actor& actor, const PaymentInput& input);
    // Allocates the customer's credit (oldest payment first) to `invoices`, or to the
    // oldest due first; answers the allocations made.
    Result<QList<domain::Allocation>> applyCredit(const domain::Actor& actor,
                                                  const QString& customerCode,
                                                  const QList<AllocationRequest>& invoices);
    Result<domain::Chargeback> chargeback(const domain::Actor& actor, const ChargebackInput& input);

    Result<domain::Payment> get(const domain::Actor& actor, const QString& number);
    Result<QList<domain::Chargeback>> chargebacksOf(const domain::Actor& actor,
                                                    const QString& paymentNumber);
    // Newest first; an empty code lists every customer's.
    Result<QList<domain::Payment>> list(const domain::Actor& actor, const QString& customerCode,
                                        int limit = 100);
    // payment_list.cpp: the payments list, one page at a time, and how many match.
    Result<QList<domain::Payment>> page(const domain::Actor& actor, const PaymentListQuery& query);
    Result<qint64> countPayments(const domain::Actor& actor, const PaymentListQuery& query);
    // The customer's open invoices and credit, and how `amount` would be allocated.
    Result<AllocationProposal> proposeAllocation(const domain::Actor& actor,
                                                 const QString& customerCode, domain::Money amount);
    Result<ReceivablesPosition> position(const domain::Actor& actor, const QString& customerCode);
    // Open amounts aged as of `asOf` (invalid = today); an empty code = every customer.
    // Today or later: today's open amounts (the fast path); an earlier date: what the
    // documents dated up to it left open, as agingFromHistory.
    Result<AgingReport> aging(const domain::Actor& actor, QDate asOf,
                              const QString& customerCode = {});
    // The aging rebuilt from the documents dated up to `asOf`, whatever the date: posted
    // invoices dated then, covered by their deposits and the allocations dated then less
    // what chargebacks dated then took back, and the credit that makes each row sum to
    // the AR balance as of `asOf`.
    Result<AgingReport> agingFromHistory(const domain::Actor& actor, QDate asOf,
                                         const QString& customerCode = {});

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
