// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoicing.h"
#include "domain/numbering.h"
#include "domain/returning.h"
#include "services/return_service.h"
#include "storage/fulfilment_repository.h"
#include "storage/invoice_repository.h"
#include "storage/number_series_repository.h"
#include "storage/return_repository.h"
#include "storage/sales_order_repository.h"
#include "storage/stock_repository.h"

#include <QHash>

namespace mostrador::services {

// What one return decided, before anything is written: its lines, the uninvoiced part
// of each (by line index), the credit note's lines, and per order line the returned
// quantity now no longer to invoice (earlier returns included).
struct ReturnPlan {
    storage::ReturnableShipment shipment;
    domain::SalesOrder order;
    domain::Return ret;
    QList<domain::Quantity> uninvoiced;
    QList<domain::CreditNoteLine> credits;
    domain::DocumentParty invoiceParty; // the newest credited invoice's copy of the customer
    QHash<qint64, domain::Quantity> returned;
};

// What ReturnService's source files share: making a return and its credit note
// (return_service.cpp), spending a credit note (return_credit.cpp) and reading them
// (return_reads.cpp).
struct ReturnService::Impl {
    Impl(ServiceContext& ctx, SettingsService& settings);

    ServiceContext& ctx;
    SettingsService& settings;
    storage::ReturnRepository returns;
    storage::SalesOrderRepository orders;
    storage::InvoiceRepository invoices;
    storage::StockRepository stock;
    storage::NumberSeriesRepository series;
    storage::CustomerAccountRepository accounts;

    Result<domain::InvoicePolicy> policy();
    Result<domain::TaxRounding> rounding();
    Result<domain::CreditNote> creditNote(const QString& number);

    // Every check of a return; nothing written.
    Result<ReturnPlan> plan(const domain::Actor& actor, const ReturnInput& input);
    // Splits each take between uninvoiced and credited (order lines of `p.order`).
    Status split(ReturnPlan& p, const QList<domain::ReturnTake>& takes);
    // The drafts holding the order line, read only when `qty` exceeds what is still to
    // invoice plus what its posted lines can credit (the refusal names them).
    Result<QStringList> draftsIfShort(qint64 orderLineId, domain::Quantity qty,
                                      domain::Quantity uninvoiced,
                                      const QList<domain::CreditableLine>& creditable);
    // Numbers, rows, stock, the order and the customer's figures; audits.
    Status write(const domain::Actor& actor, ReturnPlan& p);
    Status restock(const domain::Actor& actor, const ReturnPlan& p);
    // The order's invoicing status, state (closed like at posting) and open value.
    Status applyToOrder(ReturnPlan& p);
    Status postCreditNote(const domain::Actor& actor, ReturnPlan& p);
};

} // namespace mostrador::services
