// SPDX-License-Identifier: MIT
#pragma once

// An independent recount of the sales figures from the documents, read through the
// services (posted invoices of kind invoice, their goods lines; credit notes' lines at
// the credited invoice line's cost and under its invoice's salesperson), and the rows
// the three summary tables hold, both in one comparable shape.
#include "services/services.h"
#include "storage/sql.h"

#include <QHash>
#include <map>
#include <tuple>

namespace mostrador::test {

// One line of a document as the figures see it, signed (a credit note's are negative).
struct SaleFact {
    QDate date;
    QString salesperson;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 productId = 0;
    QString sku;
    QString productName;
    qint64 qty = 0;
    qint64 sales = 0;
    qint64 cost = 0;
};

struct SummaryTableRow {
    QString month;
    QString salesperson;
    qint64 id = 0;
    qint64 qty = 0;
    qint64 sales = 0;
    qint64 cost = 0;
    friend bool operator==(const SummaryTableRow&, const SummaryTableRow&) = default;
};
inline void PrintTo(const SummaryTableRow& r, std::ostream* os) {
    *os << r.month.toStdString() << ' ' << r.salesperson.toStdString() << " id=" << r.id
        << " qty=" << r.qty << " sales=" << r.sales << " cost=" << r.cost;
}

struct SummaryRows {
    QList<SummaryTableRow> months;
    QList<SummaryTableRow> customers;
    QList<SummaryTableRow> products;
    friend bool operator==(const SummaryRows&, const SummaryRows&) = default;
};
inline void PrintTo(const SummaryRows& r, std::ostream* os) {
    *os << r.months.size() << " months, " << r.customers.size() << " customer rows, "
        << r.products.size() << " product rows";
}

// round(qty (10^-3) × cost (10^-4)) to cents, half away from zero.
inline qint64 costCents(qint64 qtyThousandths, qint64 costTenThousandths) {
    const qint64 v = qtyThousandths * costTenThousandths;
    const qint64 q = (v < 0 ? -v : v);
    const qint64 r = (q + 50000) / 100000;
    return v < 0 ? -r : r;
}

inline QList<SaleFact> saleFacts(services::Services& s, const domain::Actor& actor) {
    QList<SaleFact> facts;
    QHash<QString, domain::Invoice> invoices;
    services::InvoiceListQuery q;
    q.limit = 100000;
    auto rows = s.invoices().list(actor, q);
    EXPECT_TRUE(rows);
    for (const storage::InvoiceRow& row : rows ? *rows : QList<storage::InvoiceRow>{}) {
        auto inv = s.invoices().get(actor, row.number);
        EXPECT_TRUE(inv);
        if (!inv)
            continue;
        invoices.insert(inv->number, *inv);
        if (inv->isDraft() || inv->kind != u"invoice")
            continue;
        for (const domain::InvoiceLine& l : inv->lines)
            if (l.kind == u"goods")
                facts.append({inv->date, inv->salesperson, inv->party.customerId,
                              inv->party.customerCode, inv->party.customerName, l.productId, l.sku,
                              QString(), l.qty.thousandths(), l.net.minor(),
                              costCents(l.qty.thousandths(), l.unitCost.tenThousandths())});
    }
    services::ReturnListQuery rq;
    rq.limit = 100000;
    auto notes = s.returns().creditNotes(actor, rq);
    EXPECT_TRUE(notes);
    for (const domain::CreditNote& header : notes ? *notes : QList<domain::CreditNote>{}) {
        auto note = s.returns().creditNote(actor, header.number);
        EXPECT_TRUE(note);
        if (!note)
            continue;
        for (const domain::CreditNoteLine& l : note->lines) {
            const domain::Invoice inv = invoices.value(l.invoiceNumber);
            qint64 unitCost = 0;
            for (const domain::InvoiceLine& il : inv.lines)
                if (il.id == l.invoiceLineId)
                    unitCost = il.unitCost.tenThousandths();
            facts.append({note->date, inv.salesperson, note->party.customerId,
                          note->party.customerCode, note->party.customerName, l.productId, l.sku,
                          QString(), -l.qty.thousandths(), -l.net.minor(),
                          -costCents(l.qty.thousandths(), unitCost)});
        }
    }
    return facts;
}

inline SummaryRows summaryOf(const QList<SaleFact>& facts) {
    using Key = std::tuple<QString, QString, qint64>;
    std::map<Key, SummaryTableRow> months, customers, products;
    const auto add = [](std::map<Key, SummaryTableRow>& into, const Key& key, const SaleFact& f,
                        bool withQty) {
        SummaryTableRow& r = into[key];
        r.month = std::get<0>(key);
        r.salesperson = std::get<1>(key);
        r.id = std::get<2>(key);
        r.qty += withQty ? f.qty : 0;
        r.sales += f.sales;
        r.cost += f.cost;
    };
    for (const SaleFact& f : facts) {
        const QString month = f.date.toString(QStringLiteral("yyyy-MM"));
        add(months, {month, f.salesperson, 0}, f, false);
        add(customers, {month, f.salesperson, f.customerId}, f, false);
        add(products, {month, f.salesperson, f.productId}, f, true);
    }
    SummaryRows out;
    for (const auto& [k, r] : months)
        out.months.append(r);
    for (const auto& [k, r] : customers)
        out.customers.append(r);
    for (const auto& [k, r] : products)
        out.products.append(r);
    return out;
}

inline SummaryRows recount(services::Services& s, const domain::Actor& actor) {
    return summaryOf(saleFacts(s, actor));
}

// The three tables as they are, in key order.
inline SummaryRows summaryRows(storage::Database& db) {
    const auto load = [&](const QString& sql) {
        QList<SummaryTableRow> rows;
        auto q = storage::run(db.connection(), sql);
        EXPECT_TRUE(q);
        while (q && q->next())
            rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                         q->value(3).toLongLong(), q->value(4).toLongLong(),
                         q->value(5).toLongLong()});
        return rows;
    };
    return {load(QStringLiteral("SELECT month, salesperson, 0, 0, sales, cost FROM sales_by_month "
                                "ORDER BY month, salesperson")),
            load(QStringLiteral("SELECT month, salesperson, customer_id, 0, sales, cost FROM "
                                "sales_by_customer ORDER BY month, salesperson, customer_id")),
            load(QStringLiteral("SELECT month, salesperson, product_id, qty, sales, cost FROM "
                                "sales_by_product ORDER BY month, salesperson, product_id"))};
}

} // namespace mostrador::test
