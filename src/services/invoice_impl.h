// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoicing.h"
#include "services/advance_invoicing.h"
#include "services/invoice_service.h"
#include "storage/fulfilment_repository.h"
#include "storage/invoice_repository.h"
#include "storage/number_series_repository.h"
#include "storage/sales_order_repository.h"
#include "storage/settings_repository.h"

namespace mostrador::services {

// An order as invoicing sees it: the order with its lines' fulfilment, and per line the
// returned quantity and what other drafts hold.
struct InvoicedOrder {
    domain::SalesOrder order;
    QHash<qint64, domain::LineInvoicing> facts;
};

// What InvoiceService's two source files share: drafting, editing and reading
// (invoice_service.cpp) and posting (invoice_posting.cpp).
struct InvoiceService::Impl {
    Impl(ServiceContext& ctx, SettingsService& settings);

    ServiceContext& ctx;
    SettingsService& settings;
    storage::InvoiceRepository invoices;
    storage::SalesOrderRepository orders;
    storage::NumberSeriesRepository series;
    storage::CustomerAccountRepository accounts;
    storage::SettingsRepository settingsStore;
    AdvanceInvoicing advances;

    Result<domain::InvoicePolicy> policy();
    Result<domain::TaxRounding> rounding();
    // The order with what invoicing needs; drafts other than `exceptInvoiceId` count.
    Result<InvoicedOrder> loadOrder(const QString& number, qint64 exceptInvoiceId);
    // The stored invoice by number or draft number, with its tax groups.
    Result<domain::Invoice> load(const QString& number);
    // A draft (not stored) of what `orderNumbers` can be invoiced: one customer's orders,
    // confirmed or (partially) shipped; refused when nothing is left to invoice.
    Result<domain::Invoice> build(const domain::Actor& actor, const QStringList& orderNumbers,
                                  QDate date, QList<InvoicedOrder>& loaded);
    // Replaces the invoice's deductions of its orders' advance invoices (VAT on advance
    // payments) and prices it; false when they did not change.
    Result<bool> deductAdvances(domain::Invoice& invoice, const QList<InvoicedOrder>& loaded,
                                domain::TaxRounding rounding);
    // Takes a draft number and stores `draft`, auditing invoice.create.
    Status insertDraft(const domain::Actor& actor, domain::Invoice& draft);
    // Each line's quantity is still invoiceable (other drafts and the policy counted).
    Status checkQuantities(const domain::Invoice& invoice, const QList<InvoicedOrder>& loaded);
    // The checks of a posting (date not before the latest posted invoice; quantities when
    // `recheck`), then the number, installments and deposits. Writes only the counter.
    Status prepare(const domain::Actor& actor, domain::Invoice& invoice, QDate date,
                   const QList<InvoicedOrder>& loaded, bool recheck);
    // Posts `invoice` (a stored draft) on `date`; `loaded` holds its orders.
    Status post(const domain::Actor& actor, domain::Invoice& invoice, QDate date,
                QList<InvoicedOrder>& loaded);
    // The orders of a stored draft, loaded for posting.
    Result<QList<InvoicedOrder>> ordersOf(const domain::Invoice& invoice);

    // Order lines invoiced, the orders' invoicing status, state and open value, and the
    // customer's figures.
    Status applyToOrders(const domain::Invoice& invoice, QList<InvoicedOrder>& loaded);

private:
    Status refreshAdvances(domain::Invoice& invoice, const QList<InvoicedOrder>& loaded);
    Status settle(domain::Invoice& invoice, const QList<InvoicedOrder>& loaded);
    Status applyDeposits(domain::Invoice& invoice, const QList<InvoicedOrder>& loaded);
};

Error invoiceNotFound(const QString& number);

} // namespace mostrador::services
