// SPDX-License-Identifier: MIT
#include "sample_invoice.h"

#include "sample_orders.h"

namespace mostrador::test {

using namespace domain;

Invoice sampleDraftInvoice(int lineCount) {
    const SalesOrder o = sampleOrder(lineCount);
    Invoice inv;
    inv.id = 31;
    inv.number = QStringLiteral("DRAFT-00012");
    inv.draftNumber = inv.number;
    inv.party = o.party;
    inv.date = QDate(2026, 12, 5);
    inv.salesperson = o.salesperson;
    inv.currency = o.currency;
    for (const DocumentLine& l : o.lines) {
        InvoiceLine line;
        line.orderNumber = o.number;
        line.sku = l.sku;
        line.description = l.description;
        line.unit = l.unit;
        line.qty = l.qty;
        line.unitPrice = l.unitPrice;
        line.discount = l.discount;
        line.taxCode = l.taxCode;
        line.taxRate = l.taxRate;
        line.net = l.net;
        line.tax = l.tax;
        inv.lines.append(line);
    }
    inv.untaxed = o.untaxed;
    inv.tax = o.tax;
    inv.total = o.total;
    inv.taxGroups = o.taxGroups;
    return inv;
}

Invoice sampleInvoice(int lineCount) {
    Invoice inv = sampleDraftInvoice(lineCount);
    inv.number = QStringLiteral("INV-2026-00031");
    inv.status = QString::fromUtf16(invoice_state::kPartiallyPaid);
    const Money first = Money::fromMinor(inv.total.minor() / 2);
    inv.installments = {{QDate(2027, 1, 4), first}, {QDate(2027, 2, 3), inv.total - first}};
    inv.deposits = {{7, QStringLiteral("DEP-2026-00007"), QStringLiteral("SO-2026-00108"),
                     Money::fromMinor(10000)}};
    inv.depositsApplied = Money::fromMinor(10000);
    inv.paid = Money::fromMinor(5000);
    inv.balance = inv.total - inv.depositsApplied - inv.paid;
    inv.dueDate = QDate(2027, 1, 4);
    inv.postedBy = QStringLiteral("marta");
    return inv;
}

} // namespace mostrador::test
