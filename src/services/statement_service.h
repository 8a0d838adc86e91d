// SPDX-License-Identifier: MIT
#pragma once

#include "domain/account_statement.h"
#include "services/service_context.h"

#include <memory>

namespace mostrador::services {

class PaymentService;

// The customer's figures the account view heads with, as customer_accounts and the
// open invoices say them today.
struct AccountHeader {
    domain::StatementCustomer customer;
    std::optional<domain::Money> creditLimit; // none = unlimited
    domain::Money arBalance;                  // customer_accounts.ar_balance
    domain::Money unappliedDeposits;          // deposits not yet used by an invoice
    domain::Money credit;                     // payments not yet allocated
    int overdueInvoices = 0;                  // open invoices past due today
    int oldestOverdueDays = 0;
};

// A customer's account and statement (issue 5): every posted invoice, credit note,
// deposit, payment, refund and chargeback of a period in date order with a running
// balance (domain/account_statement.h), the opening balance from one aggregate per
// table, and the aging as of the period's end. Reading only: whoever may see invoices
// (ViewSales) may see a customer's account. Also reads credit notes for printing,
// straight from their tables.
class StatementService {
public:
    StatementService(ServiceContext& ctx, PaymentService& payments);
    ~StatementService();

    // The statement of `customerCode` for `period` (an invalid `from` = since the first
    // document, an invalid `to` = every later document; the aging is as of `to`, or
    // today when it is open).
    Result<domain::AccountStatement> statement(const domain::Actor& actor,
                                               const QString& customerCode,
                                               const domain::StatementPeriod& period);
    Result<AccountHeader> header(const domain::Actor& actor, const QString& customerCode);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
