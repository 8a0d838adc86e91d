// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/settings.h"
#include "reports/printed_document.h"

#include <QLocale>

namespace mostrador::reports {

// The formatting every printed sales document shares, so a quotation, an order
// confirmation and the shipping papers write the same date, address and tax the
// same way.

// The company block every document starts with: name, address lines, tax id, email
// and phone, logo.
CompanyHeader companyHeader(const domain::CompanyProfile& company);

// The non-blank lines of `text`, trimmed.
QStringList nonEmptyLines(const QString& text);

// The locale's short date with the full year ("27/11/2026", "11/27/2026"); empty for
// an invalid date.
QString printedDate(const QDate& date, const QLocale& locale);

// "21%", "21 %": the rate with the locale's percent sign.
QString printedPercent(domain::Percent rate, const QLocale& locale);

// "1,5 kg": a quantity followed by its unit, when it has one.
QString quantityWithUnit(domain::Quantity qty, const QString& unit, const QLocale& locale);

// "182,5 kg": a weight in kilograms, with at least `decimals` decimals.
QString kilograms(domain::Quantity weight, const QLocale& locale, int decimals = 0);

// The fewest decimals (0–3) that show every one of `weights` exactly, so that a column
// of them lines up on the decimal separator.
int weightDecimals(const QList<domain::Quantity>& weights);

// Where goods go: the shipping address, or the billing one when the customer has
// none apart.
QString shippingAddressOf(const domain::DocumentParty& party);

// "Bill to" (the customer with its tax id) and "Ship to" (shippingAddressOf).
QList<AddressBlock> billToShipTo(const domain::DocumentParty& party);

// The decimals every unit price of `lines` shows: the currency's, or more when a
// price needs them (0.0125), so that the column's decimal separators line up.
int priceDecimals(const QList<domain::DocumentLine>& lines, domain::Currency currency);
int priceDecimals(const QList<domain::UnitPrice>& prices, domain::Currency currency);

// A unit price with `decimals` decimals, in the locale.
QString printedPrice(domain::UnitPrice price, int decimals, const QLocale& locale);

// Totals by tax rate: tax code, rate, base and tax amount.
Table taxSummaryOf(const QList<domain::TaxGroup>& groups, const QLocale& locale);

} // namespace mostrador::reports
