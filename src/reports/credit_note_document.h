// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returns.h"
#include "domain/settings.h"
#include "reports/print_job.h"

#include <QLocale>

namespace mostrador::services {
class SettingsService;
}

namespace mostrador::reports {

// A credit note as sent to the customer, in the invoice's template: title "Credit
// note" and its number; beside it the date, the invoices it credits ("Credits invoice"
// or "Credits invoices"), the return it comes from, customer code and currency; the
// customer block (name, billing address, tax id). The lines as on the invoice (SKU,
// description, quantity with unit, unit price, discount, tax rate, net), totals by tax
// rate, untaxed, tax and the total credited; then the reason. Everything in `locale`.
PrintedDocument creditNoteDocument(const domain::CreditNote& note,
                                   const domain::CompanyProfile& company, const QLocale& locale);

// The credit note with the company, paper and document locale of the settings.
Result<PrintJob> creditNotePrintJob(services::SettingsService& settings,
                                    const domain::CreditNote& note, const QLocale& locale);

} // namespace mostrador::reports
