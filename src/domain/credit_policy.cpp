// SPDX-License-Identifier: MIT
#include "domain/credit_policy.h"

#include "domain/error.h"

namespace mostrador::domain {

QList<CreditFinding> checkCredit(const CreditSituation& s, Money orderTotal, int blockOverdueDays) {
    QList<CreditFinding> findings;
    if (s.limit) {
        const Money after = s.exposure + orderTotal;
        if (after > *s.limit)
            findings.append({CreditHoldReason::LimitExceeded, after - *s.limit, 0, 0});
    }
    if (s.onHold)
        findings.append(
            {CreditHoldReason::CustomerOnHold, Money::zero(orderTotal.currency()), 0, 0});
    if (s.overdueInvoices > 0 && s.oldestOverdueDays > blockOverdueDays)
        findings.append({CreditHoldReason::OverdueInvoices, Money::zero(orderTotal.currency()),
                         s.overdueInvoices, s.oldestOverdueDays});
    return findings;
}

QString describe(const CreditFinding& f, const QLocale& locale) {
    switch (f.reason) {
    case CreditHoldReason::LimitExceeded:
        return trMsg("Credit limit exceeded by %1").arg(f.exceededBy.toString(locale));
    case CreditHoldReason::CustomerOnHold:
        return trMsg("The customer is on hold");
    case CreditHoldReason::OverdueInvoices:
        return trMsg("Overdue invoices: %n, the oldest %1 days past due", f.overdueInvoices)
            .arg(f.oldestOverdueDays);
    }
    return {};
}

} // namespace mostrador::domain
