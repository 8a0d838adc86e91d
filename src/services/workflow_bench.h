// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QList>
#include <QString>

namespace mostrador::services {

class Services;

// How long one step of the order workflow took over all orders.
struct WorkflowPhase {
    QString name; // persisted-style key: "create", "confirm", "ship", "invoice"
    qint64 nanoseconds = 0;
};

struct WorkflowRun {
    int orders = 0;
    int linesPerOrder = 0;
    QList<WorkflowPhase> phases;
    qint64 totalNanoseconds() const;
    double ordersPerSecond() const;
};

// A company to run the workflow in: products with ample stock and one customer with
// no credit limit, made through the services (not timed). `actor` must be an admin.
Status seedWorkflowBench(Services& services, const domain::Actor& actor, int products);

// Creates, confirms, ships and invoices (one posted invoice per order) `orders` orders of
// `linesPerOrder` lines through the services, each user action in its own transaction as in real
// use, timing each phase. Any refusal stops the run and is the answer.
Result<WorkflowRun> runWorkflowBench(Services& services, const domain::Actor& actor, int orders,
                                     int linesPerOrder = 5);

} // namespace mostrador::services
