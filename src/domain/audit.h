// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace mostrador::domain {

// One append-only line of the audit log: who did what to which record, with the
// record as JSON before and after (empty for a creation or a deletion).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString action; // "customer.create", "stock.adjust", ...
    QString entity; // "customer", "product", ...
    QString entityKey;
    QString before;
    QString after;
};

} // namespace mostrador::domain
