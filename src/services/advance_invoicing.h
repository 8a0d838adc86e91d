// SPDX-License-Identifier: MIT
#pragma once

#include "domain/advance_vat.h"
#include "domain/fulfilment.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/invoice_repository.h"
#include "storage/number_series_repository.h"
#include "storage/settings_repository.h"

namespace mostrador::services {

// VAT on advance payments (issue 5, setting invoice.advance_vat), the part that needs
// data: DepositService posts an advance invoice for a deposit, InvoiceService deducts the
// order's advance invoices from its final invoices. Both run inside the caller's
// transaction and write no audit of the caller's own document.
//
// The setting decides only whether a new deposit is invoiced; deductions follow the
// advance invoices that exist, whatever the setting says now.
class AdvanceInvoicing {
public:
    explicit AdvanceInvoicing(ServiceContext& ctx);

    // invoice.advance_vat is on.
    Result<bool> enabled();
    // Refuses a deposit dated before the latest posted invoice: its advance invoice would
    // break the invoice series' date order. Call before writing anything.
    Status checkDate(QDate depositDate);
    // Posts the advance invoice of `deposit` (stored, applied 0) for `order`: its number
    // from the invoice series, paid at once by the deposit (deposit_applications,
    // deposits.applied), audited as invoice.post. Sets deposit.applied and
    // deposit.advanceInvoice. The customer's AR balance does not move (total − applied
    // = 0) and the deposit never counts as unapplied.
    Result<domain::Invoice> post(const domain::Actor& actor, const domain::SalesOrder& order,
                                 domain::Deposit& deposit);
    // Replaces the advance deduction lines of `invoice` with what the advance invoices of
    // `orderIds` leave to deduct (other invoices' deductions, drafts too, counted), within
    // what its other lines can absorb, and prices it. False, and the invoice untouched,
    // when the deductions are as they were.
    Result<bool> deduct(domain::Invoice& invoice, const QList<qint64>& orderIds,
                        domain::TaxRounding rounding);

private:
    Result<domain::TaxRounding> rounding();
    ServiceContext& m_ctx;
    storage::InvoiceRepository m_invoices;
    storage::NumberSeriesRepository m_series;
    storage::SettingsRepository m_settings;
};

} // namespace mostrador::services
