// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"

#include <QJsonObject>

namespace mostrador::services {

// The JSON form of an invoice (ARCHITECTURE §10, issue 5): number, draft_number,
// status, customer, customer_name, date, due_date, due_dates [{date, amount}], lines
// [{sku, description, qty, unit_price, discount, tax_rate, net, tax, order}], untaxed,
// tax, total, deposits_applied, paid, balance, orders [numbers]; plus tax groups, the
// deposits applied and who posted it.
QJsonObject toJson(const domain::Invoice& invoice);
// What the audit log keeps of an invoice, as compact JSON text (posting is on the
// workflow's hot path): header figures, due dates, deposits and, with `lines` (drafts,
// which change), one array per line (order, sku, qty, unit price, discount). A posted
// invoice's lines never change, so its posting leaves them to invoice_lines.
QString toAuditJsonText(const domain::Invoice& invoice, bool lines = true);
// The numbers of the orders an invoice's lines come from, in order of appearance.
QStringList orderNumbersOf(const domain::Invoice& invoice);

} // namespace mostrador::services
