// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"

#include <QList>
#include <optional>

namespace mostrador::domain {

// What the credit check needs to know of a customer at the moment of confirming.
struct CreditSituation {
    std::optional<Money> limit; // none = unlimited; zero = prepaid only
    Money exposure;             // AR balance + uninvoiced confirmed orders − unapplied deposits
    bool onHold = false;
    int oldestOverdueDays = 0; // days past due of the most overdue posted invoice, 0 if none
    int overdueInvoices = 0;   // posted invoices past due by more than the blocking days
};

enum class CreditHoldReason { LimitExceeded, CustomerOnHold, OverdueInvoices };

struct CreditFinding {
    CreditHoldReason reason;
    Money exceededBy; // LimitExceeded only
    int overdueInvoices = 0;
    int oldestOverdueDays = 0;
};

// Every reason an order of `orderTotal` must be held (ARCHITECTURE §5); empty = pass.
// Overdue invoices block only when past due by more than `blockOverdueDays`.
QList<CreditFinding> checkCredit(const CreditSituation& situation, Money orderTotal,
                                 int blockOverdueDays);

QString describe(const CreditFinding& finding, const QLocale& locale);

} // namespace mostrador::domain
