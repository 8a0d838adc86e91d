// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/returns.h"

#include <QJsonObject>

namespace mostrador::services {

// The JSON form of returns and credit notes (ARCHITECTURE §10, issue 5), for the audit
// log and `mostrador-cli --json`: amounts and quantities plain strings, dates ISO.
// A return: number, shipment, order, customer, customer_name, date, reason, damaged,
// lines [{sku, description, qty, credited_qty}], credit_note (number or null).
QJsonObject toJson(const domain::Return& ret);
// A credit note: number, status ("posted"), customer, customer_name, date, return,
// reason, lines [{sku, description, qty, unit_price, discount, tax_rate, net, tax,
// invoice}], untaxed, tax, total, unallocated, invoices, tax_groups.
QJsonObject toJson(const domain::CreditNote& note);
// An allocation of a credit note: invoice, amount, date and credit_note.
QJsonObject creditAllocationJson(const domain::Allocation& allocation);

} // namespace mostrador::services
