// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/settings.h"
#include "reports/document_text.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::reports {

// A quotation as printed: title "Quotation", number with "rev. N" from the second
// revision, dates, salesperson, the customer's code, billing and shipping addresses,
// the lines (SKU, description, quantity, unit price, discount, tax, net), totals by
// tax rate, untaxed, tax and total, payment terms and notes. Amounts, quantities and
// dates are formatted in `locale`.
PrintedDocument quotationDocument(const domain::Quotation& quotation,
                                  const domain::CompanyProfile& company,
                                  const QString& paymentTermsName, const QLocale& locale);

} // namespace mostrador::reports
