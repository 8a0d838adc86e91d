// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDate>

namespace mostrador::services {

class Services;

struct DemoHistoryOptions {
    int orders = 0;
    QDate today;           // the last day of the history; invalid = the current date
    QString salesPassword; // for the sales users it creates when there are none
};

struct DemoHistorySummary {
    int orders = 0;
    int shipments = 0;
    int invoices = 0;
    int payments = 0;
    int deposits = 0;
    QStringList salespeople;
    qint64 milliseconds = 0;
};

// A believable 24-month sales history ending today, for demonstrations and for the
// dashboard's benchmark at a million orders (issue 6): orders of 1–8 lines over the
// customers and products already there, by a few salespeople (sales users it creates
// when there are none), shipped once or twice, invoiced and posted with gapless numbers,
// mostly paid (some half, some never: open and overdue invoices), and a recent tail of
// open orders in every state (draft, confirmed, partially shipped, shipped, on credit
// hold, awaiting approval; some with deposits). Amounts come from the domain's
// computeTotals, states from its rules; customer accounts, stock reservations, number
// series and the sales summaries end as the services would have left them.
//
// Needs LoadDemo and a database with customers and products but no sales documents
// yet. Written month by month, one transaction each, straight through storage's bulk
// writer (storage/bulk_history.h): a million orders take minutes, not hours.
Result<DemoHistorySummary> loadDemoHistory(Services& services, const domain::Actor& actor,
                                           const DemoHistoryOptions& options);

// The company's active sales users; when there are none and `password` is given, the demo's
// sales team (ana.ruiz, javier.soto, lucia.navarro, pablo.mendez) made with it; else the
// actor's own name alone.
Result<QStringList> demoSalespeople(Services& services, const domain::Actor& actor,
                                    const QString& password);

// Whether loadDemoHistory would start: the permission and a database without sales yet.
// A front end that loads customers and products first asks this before, so that a
// refused history leaves nothing half done.
Status checkDemoHistory(Services& services, const domain::Actor& actor);

} // namespace mostrador::services
