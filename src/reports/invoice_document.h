// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/settings.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::reports {

// An invoice as sent to the customer, in the order confirmation's template: title
// "Invoice" ("Advance invoice" for an advance) and its number; a draft is titled "DRAFT
// invoice" with its draft number and says beside the title and at the end that it is
// not valid as an invoice. Beside the title: date, due date (one installment), the
// orders it invoices, salesperson, customer code, currency. Bill to (name, billing
// address, tax id) and ship to. The lines (SKU, description, quantity with unit, unit
// price, discount, tax rate, net, and the order of each line when it invoices several),
// totals by tax rate, untaxed, tax and total, then deposits applied, paid and the amount
// due. After the totals: the due dates with their amounts when the terms split the
// invoice, each deposit applied (number, order, amount), payment terms and notes.
// Everything formatted in `locale`.
PrintedDocument invoiceDocument(const domain::Invoice& invoice,
                                const domain::CompanyProfile& company,
                                const QString& paymentTermsName, const QLocale& locale);

// The order numbers an invoice's lines come from, each once, in line order.
QStringList invoicedOrders(const domain::Invoice& invoice);

// What is left to pay: the balance of a posted invoice; for a draft, which has no
// balance yet, its total less what it shows as deposits applied and paid.
domain::Money amountDue(const domain::Invoice& invoice);

} // namespace mostrador::reports
