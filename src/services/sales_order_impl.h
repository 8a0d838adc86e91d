// SPDX-License-Identifier: MIT
#pragma once

#include "services/sales_document_builder.h"
#include "services/sales_order_service.h"
#include "storage/customer_repository.h"
#include "storage/fulfilment_repository.h"
#include "storage/number_series_repository.h"
#include "storage/product_repository.h"
#include "storage/sales_order_repository.h"
#include "storage/stock_repository.h"

namespace mostrador::services {

// What SalesOrderService's two source files share: drafting (sales_order_service.cpp)
// and the decisions of confirming, approving, releasing and cancelling
// (sales_order_confirm.cpp).
struct SalesOrderService::Impl {
    Impl(ServiceContext& ctx, SettingsService& settings);

    ServiceContext& ctx;
    SettingsService& settings;
    SalesDocumentBuilder builder;
    storage::SalesOrderRepository orders;
    storage::NumberSeriesRepository series;
    storage::CustomerRepository customers;
    storage::ProductRepository products;
    storage::StockRepository stock;
    storage::CustomerAccountRepository accounts;

    // The order `input` describes, priced and totalled, not yet stored.
    Result<domain::SalesOrder> assemble(const domain::Actor& actor, const OrderInput& input);
    // The stored order with its lines' fulfilment; tax groups only when `groups`.
    Result<domain::SalesOrder> load(const QString& number, bool groups = false);

    // Every reason the credit check holds `order` for, in words; empty = it passes.
    Result<QStringList> creditReasons(const domain::SalesOrder& order);
    Result<QList<domain::Quantity>> planReservations(const domain::SalesOrder& order,
                                                     QStringList& shortLines);
    // Reserves what each tracked line still needs, up to what is free; short lines are
    // backordered, or the whole order refused (before anything is written) when the
    // setting stock.allow_backorders is false. Adds the open value to the customer's
    // account: the order now counts in its exposure.
    Status reserveAndOpen(domain::SalesOrder& order);
    // Sets the order's open value to `open`, moving the difference into the customer's
    // open orders.
    Status setOpenValue(domain::SalesOrder& order, domain::Money open);
    // Releases every line's reservation and cancels what remains to ship.
    Status cancelRemaining(domain::SalesOrder& order);
    // Moves `o` to `to` once the workflow allows it from `before`'s state, reserving
    // when it becomes confirmed. Writes nothing else.
    Status settle(const domain::SalesOrder& before, domain::SalesOrder& o, const QString& action,
                  const QString& to);
    // Writes the order's new state and its audit entry.
    Status book(const domain::Actor& actor, const QString& action, const domain::SalesOrder& before,
                const domain::SalesOrder& after);
    // A manager's decision (approve or release) on an order, in the caller's transaction.
    Result<domain::SalesOrder> decide(const domain::Actor& actor, const QString& number,
                                      const QString& action, const QString& reason);
};

// The order's open value is part of the customer's exposure in these states.
bool countsInExposure(QStringView status);

} // namespace mostrador::services
