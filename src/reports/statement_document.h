// SPDX-License-Identifier: MIT
#pragma once

#include "domain/account_statement.h"
#include "domain/settings.h"
#include "reports/print_job.h"

#include <QLocale>

namespace mostrador::services {
class SettingsService;
}

namespace mostrador::reports {

// A customer's statement of account for a period, in the shared template: the company
// header, title "Statement" and the customer's code; beside it the date
// (the period's end), the period, customer and currency; the customer block (name,
// billing address, tax id). The body is the opening balance row, then each entry (date,
// document, description with an invoice's due date, debit, credit, running balance),
// breaking across pages with the header repeated. After it: opening balance, debits,
// credits, closing balance and the amount due (with the credit in the customer's favour
// when the balance is negative), and the aging as of the period's end. Everything in
// `locale`.
PrintedDocument statementDocument(const domain::AccountStatement& statement,
                                  const domain::CompanyProfile& company, const QLocale& locale);

// The statement with the company, paper and document locale of the settings.
Result<PrintJob> statementPrintJob(services::SettingsService& settings,
                                   const domain::AccountStatement& statement,
                                   const QLocale& locale);

// "Statement-ALFA-2026-05-17.pdf": the file name offered for a statement's PDF.
QString statementFileName(const domain::AccountStatement& statement);

} // namespace mostrador::reports
