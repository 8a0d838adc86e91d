// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/settings.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::reports {

// A sales order as the customer's confirmation: title "Order confirmation", the
// order's number, date, requested delivery date, the quotation it came from,
// salesperson and customer code, billing and shipping addresses, the lines (SKU,
// description, quantity with unit, unit price, discount, tax, net, and a requested
// date column only when some line asks for another date than the order's), totals by
// tax rate, untaxed, tax and total, the deposits received and the balance left when
// there are any, payment terms and notes. Everything formatted in `locale`.
PrintedDocument orderDocument(const domain::SalesOrder& order,
                              const domain::CompanyProfile& company,
                              const QString& paymentTermsName, const QLocale& locale);

} // namespace mostrador::reports
