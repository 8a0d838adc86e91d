// SPDX-License-Identifier: MIT
#include "storage/bulk_history.h"

#include "domain/stock.h"
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Quantity;

namespace {

// A generated document is stamped at mid-morning of its own date, not at load time, so
// "created" and "posted" read as the history does.
QString stampOf(const QDate& date) {
    return isoDate(date) + QStringLiteral("T10:00:00.000Z");
}

QVariant nullableDate(const QDate& date) {
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

} // namespace

Result<QList<domain::DocumentParty>> BulkHistory::parties() {
    auto q = read(m_db, QStringLiteral("SELECT id, code, name, tax_id, billing_address, "
                                       "shipping_address, COALESCE(payment_terms, ''), price_list "
                                       "FROM customers WHERE active = 1 ORDER BY id"));
    if (!q)
        return fail(q.error());
    QList<domain::DocumentParty> out;
    while (q->next())
        out.append({q->integer(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5),
                    q->text(6), q->text(7)});
    return out;
}

Result<QList<HistoryProduct>> BulkHistory::products() {
    auto q =
        read(m_db, QStringLiteral("SELECT p.id, p.sku, p.name, p.unit, p.list_price, "
                                  "p.standard_cost, COALESCE(p.tax_code, ''), p.weight_g, "
                                  "p.category, p.tracked, COALESCE(t.rate_bp, 0), "
                                  "COALESCE(s.on_hand, 0), COALESCE(s.reserved, 0) FROM products p "
                                  "LEFT JOIN tax_rates t ON t.code = p.tax_code LEFT JOIN "
                                  "stock_levels s ON s.product_id = p.id WHERE p.active = 1 "
                                  "ORDER BY p.id"));
    if (!q)
        return fail(q.error());
    QList<HistoryProduct> out;
    while (q->next()) {
        HistoryProduct h;
        domain::Product& p = h.product;
        p.id = q->integer(0);
        p.sku = q->text(1);
        p.name = q->text(2);
        p.unit = q->text(3);
        p.listPrice = domain::UnitPrice::fromTenThousandths(q->integer(4));
        p.standardCost = domain::UnitPrice::fromTenThousandths(q->integer(5));
        p.taxCode = q->text(6);
        p.weightKg = Quantity::fromThousandths(q->integer(7));
        p.category = q->text(8);
        p.tracked = q->integer(9) != 0;
        h.taxRate = domain::Percent::fromBasisPoints(q->integer(10));
        h.onHand = Quantity::fromThousandths(q->integer(11));
        h.reserved = Quantity::fromThousandths(q->integer(12));
        out.append(h);
    }
    return out;
}

Result<qint64> BulkHistory::documentCount() {
    auto q = read(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM sales_orders) + (SELECT "
                                       "COUNT(*) FROM invoices) + (SELECT COUNT(*) FROM payments) "
                                       "+ (SELECT COUNT(*) FROM shipments)"));
    if (!q)
        return fail(q.error());
    return q->integer(0);
}

Result<qint64> BulkHistory::insertOrder(domain::SalesOrder& o, const QString& confirmedAt) {
    static const QString sql =
        QStringLiteral(
            "INSERT INTO sales_orders (number, status, invoicing_status, customer_id, date, "
            "requested_date, salesperson, notes, currency, untaxed, tax, total, version, "
            "hold_reasons, approval_reasons, release_reason, released_by, cancel_reason, "
            "open_value, deposits, confirmed_at, created_at, updated_at, %1) VALUES (?, ?, ?, ?, "
            "?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(partyColumns());
    const QString created = stampOf(o.date);
    QVariantList values{o.number,
                        o.status,
                        o.invoicingStatus,
                        o.party.customerId,
                        isoDate(o.date),
                        nullableDate(o.requestedDate),
                        o.salesperson,
                        o.notes,
                        o.currency.code(),
                        o.untaxed.minor(),
                        o.tax.minor(),
                        o.total.minor(),
                        o.version,
                        o.holdReasons.join(QLatin1Char('\n')),
                        o.approvalReasons.join(QLatin1Char('\n')),
                        o.releaseReason,
                        o.releasedBy,
                        o.cancelReason,
                        o.openValue.minor(),
                        o.deposits.minor(),
                        confirmedAt.isEmpty() ? QVariant() : QVariant(confirmedAt),
                        created,
                        created};
    values.append(partyValues(o.party));
    auto id = write(m_db, sql, values);
    if (!id)
        return fail(id.error());
    o.id = *id;
    for (qsizetype i = 0; i < o.lines.size(); ++i)
        if (auto ok = insertOrderLine(*id, int(i + 1), o.lines[i]); !ok)
            return fail(ok.error());
    return *id;
}

Status BulkHistory::insertOrderLine(qint64 orderId, int position, domain::DocumentLine& l) {
    static const QString sql = QStringLiteral(
        "INSERT INTO sales_order_lines (order_id, position, product_id, sku, description, unit, "
        "qty, unit_price, discount_bp, tax_code, tax_rate_bp, unit_cost, price_note, net, tax, "
        "requested_date, reserved_qty, shipped_qty, invoiced_qty, cancelled_qty) VALUES (?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto id = write(m_db, sql,
                    {orderId,
                     position,
                     l.productId,
                     l.sku,
                     l.description,
                     l.unit,
                     l.qty.thousandths(),
                     l.unitPrice.tenThousandths(),
                     l.discount.basisPoints(),
                     l.taxCode,
                     l.taxRate.basisPoints(),
                     l.unitCost.tenThousandths(),
                     l.priceNote,
                     l.net.minor(),
                     l.tax.minor(),
                     nullableDate(l.requestedDate),
                     l.reserved.thousandths(),
                     l.shipped.thousandths(),
                     l.invoiced.thousandths(),
                     l.cancelled.thousandths()});
    if (!id)
        return fail(id.error());
    l.id = *id;
    return {};
}

Result<qint64> BulkHistory::insertShipment(domain::Shipment& s, qint64 orderId) {
    static const QString header = QStringLiteral(
        "INSERT INTO shipments (number, order_id, order_number, customer_id, customer_code, "
        "customer_name, shipping_address, date, carrier, tracking, packages, freight_terms, "
        "weight, notes, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)");
    static const QString line = QStringLiteral(
        "INSERT INTO shipment_lines (shipment_id, position, order_line_id, product_id, sku, "
        "description, unit, qty, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto id = write(m_db, header,
                    {s.number, orderId, s.orderNumber, s.party.customerId, s.party.customerCode,
                     s.party.customerName, s.party.shippingAddress, isoDate(s.date), s.carrier,
                     s.tracking, s.packages, s.freightTerms, s.weightKg.thousandths(), s.notes,
                     s.shippedBy, stampOf(s.date)});
    if (!id)
        return fail(id.error());
    s.id = *id;
    for (qsizetype i = 0; i < s.lines.size(); ++i) {
        domain::ShipmentLine& l = s.lines[i];
        auto lineId = write(m_db, line,
                            {*id, int(i + 1), l.orderLineId, l.productId, l.sku, l.description,
                             l.unit, l.qty.thousandths(), l.weightKg.thousandths()});
        if (!lineId)
            return fail(lineId.error());
        l.id = *lineId;
    }
    return *id;
}

Status BulkHistory::insertMovement(const domain::StockMovement& m) {
    static const QString sql =
        QStringLiteral("INSERT INTO stock_movements (product_id, qty, kind, reason, reference, "
                       "user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto id = write(m_db, sql,
                    {m.productId, m.qty.thousandths(), m.kind, m.reason, m.reference, m.userName,
                     stampOf(m.at.date())});
    return id ? Status{} : fail(id.error());
}

Result<qint64> BulkHistory::insertInvoice(domain::Invoice& inv) {
    static const QString sql =
        QStringLiteral(
            "INSERT INTO invoices (number, draft_number, kind, status, customer_id, date, "
            "salesperson, notes, currency, untaxed, tax, total, deposits_applied, paid, balance, "
            "due_date, posted_at, posted_by, created_at, updated_at, %1) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(partyColumns());
    static const QString due = QStringLiteral(
        "INSERT INTO invoice_due_dates (invoice_id, position, due_date, amount) VALUES (?, ?, ?, "
        "?)");
    const QString created = stampOf(inv.date);
    QVariantList values{inv.number,
                        inv.draftNumber,
                        inv.kind,
                        inv.status,
                        inv.party.customerId,
                        isoDate(inv.date),
                        inv.salesperson,
                        inv.notes,
                        inv.currency.code(),
                        inv.untaxed.minor(),
                        inv.tax.minor(),
                        inv.total.minor(),
                        inv.depositsApplied.minor(),
                        inv.paid.minor(),
                        inv.balance.minor(),
                        nullableDate(inv.dueDate),
                        inv.postedAt,
                        inv.postedBy,
                        created,
                        created};
    values.append(partyValues(inv.party));
    auto id = write(m_db, sql, values);
    if (!id)
        return fail(id.error());
    inv.id = *id;
    for (qsizetype i = 0; i < inv.lines.size(); ++i)
        if (auto ok = insertInvoiceLine(*id, int(i + 1), inv.lines[i]); !ok)
            return fail(ok.error());
    for (qsizetype i = 0; i < inv.installments.size(); ++i)
        if (auto ok = write(m_db, due,
                            {*id, int(i + 1), isoDate(inv.installments[i].dueDate),
                             inv.installments[i].amount.minor()});
            !ok)
            return fail(ok.error());
    return *id;
}

Status BulkHistory::insertInvoiceLine(qint64 invoiceId, int position, domain::InvoiceLine& l) {
    static const QString sql = QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, kind, order_id, order_number, "
        "order_line_id, product_id, sku, description, unit, qty, unit_price, discount_bp, "
        "tax_code, tax_rate_bp, unit_cost, net, tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?)");
    auto id =
        write(m_db, sql,
              {invoiceId, position, l.kind, l.orderId, l.orderNumber, l.orderLineId, l.productId,
               l.sku, l.description, l.unit, l.qty.thousandths(), l.unitPrice.tenThousandths(),
               l.discount.basisPoints(), l.taxCode, l.taxRate.basisPoints(),
               l.unitCost.tenThousandths(), l.net.minor(), l.tax.minor()});
    if (!id)
        return fail(id.error());
    l.id = *id;
    return {};
}

Result<qint64> BulkHistory::insertPayment(const domain::Payment& p) {
    static const QString sql = QStringLiteral(
        "INSERT INTO payments (number, kind, customer_id, amount, unallocated, charged_back, "
        "method, date, reference, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)");
    static const QString allocation = QStringLiteral(
        "INSERT INTO allocations (invoice_id, payment_id, amount, date, created_at) VALUES (?, "
        "?, ?, ?, ?)");
    const QString created = stampOf(p.date);
    auto id = write(m_db, sql,
                    {p.number, p.kind, p.customerId, p.amount.minor(), p.unallocated.minor(),
                     p.chargedBack.minor(), p.method, isoDate(p.date), p.reference, p.recordedBy,
                     created});
    if (!id)
        return fail(id.error());
    for (const domain::Allocation& a : p.allocations)
        if (auto ok = write(m_db, allocation,
                            {a.invoiceId, *id, a.amount.minor(), isoDate(a.date), created});
            !ok)
            return fail(ok.error());
    return *id;
}

} // namespace mostrador::storage
