// SPDX-License-Identifier: MIT
#pragma once

#include "services/payment_service.h"
#include "storage/customer_repository.h"
#include "storage/fulfilment_repository.h"
#include "storage/number_series_repository.h"
#include "storage/receivables_repository.h"

namespace mostrador::services {

// What PaymentService's two source files share: the writes (payment_service.cpp) and
// the reads and reports (payment_queries.cpp).
struct PaymentService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , customers(ctx.db, ctx.currency)
        , accounts(ctx.db)
        , series(ctx.db) {}

    // Made per use: the company currency may be set after the services open.
    storage::ReceivablesRepository repo() { return {ctx.db, ctx.currency}; }
    domain::Money money(qint64 minor) const {
        return domain::Money::fromMinor(minor, ctx.currency);
    }

    Result<domain::Customer> customer(const QString& code);
    Result<domain::Payment> payment(const QString& number);
    // The aging's permission check and its customer's id (0 = every customer).
    Result<qint64> agingCustomer(const domain::Actor& actor, const QString& customerCode);
    // The invoices asked for, oldest due first, checked to be the customer's, posted and
    // open; or, when none is asked for, all the customer's open invoices.
    Result<QList<domain::AllocationTarget>> targets(qint64 customerId,
                                                    const QList<AllocationRequest>& requests);
    // Spreads the `sources`' credit, in their order, over `targets` as planned; writes
    // the allocations, the sources' unallocated amounts and the invoices' settlement.
    Result<QList<domain::Allocation>> allocate(QList<domain::Payment>& sources,
                                               const QList<domain::AllocationTarget>& targets,
                                               QDate date);
    // Adds `delta` to what the invoice has been paid and recomputes its settlement.
    Status resettle(qint64 invoiceId, domain::Money delta);

    ServiceContext& ctx;
    storage::CustomerRepository customers;
    storage::CustomerAccountRepository accounts;
    storage::NumberSeriesRepository series;
};

} // namespace mostrador::services
