// SPDX-License-Identifier: MIT
#pragma once

#include "domain/credit_policy.h"
#include "domain/fulfilment.h"
#include "domain/stock.h"
#include "domain/user.h"
#include "services/quotation_service.h"
#include "services/service_context.h"
#include "storage/sales_order_repository.h"

#include <memory>
#include <optional>

namespace mostrador::services {

class PriceListService;
class SettingsService;

// What makes or changes a draft order. An invalid date is today; the requested date
// may be empty (as soon as possible), and each line may carry its own.
struct OrderInput {
    QString customerCode;
    QDate date;
    QDate requestedDate;
    QString notes;
    QList<LineInput> lines;
};

using storage::OrderListQuery;
using storage::OrderRow;

// A customer's credit position as a credit check sees it (ARCHITECTURE §5).
struct CreditPosition {
    domain::Money arBalance;
    domain::Money openOrders;        // confirmed orders, not yet invoiced, incl. tax
    domain::Money unappliedDeposits; // reduce the exposure at once
    domain::Money exposure;          // arBalance + openOrders − unappliedDeposits
    std::optional<domain::Money> limit;
    bool onHold = false;
};

// A product's stock as sales sees it: what is there, what orders hold, what is free,
// and what confirmed orders still want.
struct Availability {
    domain::Quantity onHand;
    domain::Quantity reserved;
    domain::Quantity available; // on hand − reserved
    domain::Quantity backlog;   // confirmed, not yet shipped
};

// Sales orders through their life (ARCHITECTURE §4–§6): drafted (directly or from an
// accepted quotation), confirmed in one transaction that runs the approval rules, the
// credit check and the stock reservation, approved or released by a manager with a
// reason, cancelled (before shipping: all; after: what remains).
class SalesOrderService {
public:
    SalesOrderService(ServiceContext& ctx, SettingsService& settings);
    ~SalesOrderService();

    Result<domain::SalesOrder> create(const domain::Actor& actor, const OrderInput& input);
    // Replaces header and lines of a draft; `version` is the version that was read.
    Result<domain::SalesOrder> update(const domain::Actor& actor, const QString& number,
                                      int version, const OrderInput& input);
    // Draft (or credit hold, checking again) → confirmed, credit_hold with every reason in
    // holdReasons, or awaiting_approval with the lines and rules in approvalReasons.
    // Confirmed reserves stock; short stock is backordered, or refused (nothing changes)
    // when the setting stock.allow_backorders is false.
    Result<domain::SalesOrder> confirm(const domain::Actor& actor, const QString& number);
    // A manager's decision with a written reason: awaiting approval → credit check →
    // confirmed or credit hold; credit hold → confirmed. Audited with the reason.
    Result<domain::SalesOrder> approve(const domain::Actor& actor, const QString& number,
                                       const QString& reason);
    Result<domain::SalesOrder> release(const domain::Actor& actor, const QString& number,
                                       const QString& reason);
    // Releases the reservations of what remains; after a shipment only the remaining
    // quantities are cancelled and the order ends shipped. Fully shipped: refused.
    Result<domain::SalesOrder> cancel(const domain::Actor& actor, const QString& number,
                                      const QString& reason = {});

    // With its lines, their fulfilment and the deposits' total.
    Result<domain::SalesOrder> get(const domain::Actor& actor, const QString& number);
    Result<QList<OrderRow>> list(const domain::Actor& actor, const OrderListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const OrderListQuery& query);

    Result<CreditPosition> credit(const domain::Actor& actor, const QString& customerCode);
    Result<Availability> availability(const domain::Actor& actor, const QString& sku);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// What records a deposit. An invalid date is today; the method one of
// domain::paymentMethods().
struct DepositInput {
    QString orderNumber;
    domain::Money amount;
    QString method = QString::fromUtf16(domain::payment_method::kTransfer);
    QDate date;
    QString reference;
};

// Customer deposits against orders: they lower the customer's exposure at once and
// wait for the order's invoices (applied when those are posted).
class DepositService {
public:
    explicit DepositService(ServiceContext& ctx);
    ~DepositService();

    // Refused on cancelled or closed orders, for amounts ≤ 0, and beyond what the order
    // still owes (its total less the deposits already recorded).
    Result<domain::Deposit> add(const domain::Actor& actor, const DepositInput& input);
    Result<QList<domain::Deposit>> forOrder(const domain::Actor& actor, const QString& orderNumber);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
