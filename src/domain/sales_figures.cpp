// SPDX-License-Identifier: MIT
#include "domain/sales_figures.h"

#include "domain/invoice.h"
#include "domain/iso_date.h"
#include "domain/returns.h"

#include <algorithm>

namespace mostrador::domain {

namespace {

// The row of `list` with the key `same` accepts, appended (zero) when missing.
template <class Row, class Same, class Make> Row& rowFor(QList<Row>& list, Same same, Make make) {
    auto it = std::find_if(list.begin(), list.end(), same);
    if (it != list.end())
        return *it;
    list.append(make());
    return list.last();
}

} // namespace

Money lineCost(Quantity qty, UnitPrice unitCost, Currency currency) {
    return unitCost.amountFor(qty, currency);
}

QString salesMonth(QDate date) {
    return isoDate(date).left(7);
}

SalesDeltas salesDeltas(const SalesDocument& doc) {
    SalesDeltas out;
    const QString month = salesMonth(doc.date);
    const Money zero = Money::zero(doc.currency);
    for (const SalesLine& l : doc.lines) {
        const bool back = doc.sign < 0;
        const Money net = back ? -l.net : l.net;
        const Money lineCostOf = lineCost(l.qty, l.unitCost, doc.currency);
        const Money cost = back ? -lineCostOf : lineCostOf;
        const Quantity qty = back ? -l.qty : l.qty;
        MonthSales& m = rowFor(
            out.months, [&](const MonthSales& r) { return r.salesperson == l.salesperson; },
            [&] {
                return MonthSales{month, l.salesperson, zero, zero};
            });
        m.sales += net;
        m.cost += cost;
        CustomerSales& c = rowFor(
            out.customers, [&](const CustomerSales& r) { return r.salesperson == l.salesperson; },
            [&] {
                return CustomerSales{month, l.salesperson, doc.customerId, zero, zero};
            });
        c.sales += net;
        c.cost += cost;
        ProductSales& p = rowFor(
            out.products,
            [&](const ProductSales& r) {
                return r.productId == l.productId && r.salesperson == l.salesperson;
            },
            [&] { return ProductSales{month, l.salesperson, l.productId, {}, zero, zero}; });
        p.qty += qty;
        p.sales += net;
        p.cost += cost;
    }
    return out;
}

SalesDocument salesDocumentOf(const Invoice& invoice) {
    SalesDocument doc{invoice.date, invoice.party.customerId, 1, invoice.currency, {}};
    if (invoice.kind != invoice_kind::kInvoice)
        return doc;
    for (const InvoiceLine& l : invoice.lines)
        if (l.kind == invoice_line_kind::kGoods)
            doc.lines.append({l.productId, l.qty, l.net, l.unitCost, invoice.salesperson});
    return doc;
}

SalesDocument salesDocumentOf(const CreditNote& note, const QHash<qint64, CreditedLine>& credited) {
    SalesDocument doc{note.date, note.party.customerId, -1, note.currency, {}};
    for (const CreditNoteLine& l : note.lines) {
        const CreditedLine c = credited.value(l.invoiceLineId);
        doc.lines.append({l.productId, l.qty, l.net, c.unitCost, c.salesperson});
    }
    return doc;
}

} // namespace mostrador::domain
