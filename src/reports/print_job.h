// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/sales_document.h"
#include "reports/document_renderer.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::services {
class SettingsService;
}

namespace mostrador::reports {

// A document ready to print or write as PDF, with the paper it goes on. The GUI and
// the CLI build it the same way, from the same settings.
struct PrintJob {
    PrintedDocument doc;
    PaperSize paper = PaperSize::A4;
};

// The paper of the company setting print.paper_size.
Result<PaperSize> paperSetting(services::SettingsService& settings);

// The name of the payment terms `code` as printed; the code itself when they are gone,
// empty for none.
Result<QString> paymentTermsName(services::SettingsService& settings, const QString& code);

// The locale printed documents use for amounts and dates: the company setting
// print.locale, or `fallback` (the person printing) when it is empty.
Result<QLocale> documentLocale(services::SettingsService& settings, const QLocale& fallback);

// A quotation with the company profile, its terms' name and the paper setting, amounts
// and dates in documentLocale(settings, locale).
Result<PrintJob> quotationPrintJob(services::SettingsService& settings,
                                   const domain::Quotation& quotation, const QLocale& locale);

// An order confirmation, the same way: company, terms' name, paper, document locale.
Result<PrintJob> orderPrintJob(services::SettingsService& settings, const domain::SalesOrder& order,
                               const QLocale& locale);

// A shipment's delivery note and bill of lading, with the order it ships from.
Result<PrintJob> deliveryNotePrintJob(services::SettingsService& settings,
                                      const domain::Shipment& shipment,
                                      const domain::SalesOrder& order, const QLocale& locale);
Result<PrintJob> billOfLadingPrintJob(services::SettingsService& settings,
                                      const domain::Shipment& shipment,
                                      const domain::SalesOrder& order, const QLocale& locale);

} // namespace mostrador::reports
