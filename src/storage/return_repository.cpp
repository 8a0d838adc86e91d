// SPDX-License-Identifier: MIT
// What a return reads before it decides (the shipment, the invoice lines it may credit)
// and everything it writes (the reads of stored returns are in return_queries.cpp).
#include "storage/return_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;
using domain::Quantity;

Result<std::optional<ReturnableShipment>> ReturnRepository::shipment(const QString& number) {
    auto head = read(m_db,
                     QStringLiteral("SELECT id, number, order_id, order_number, customer_id, date "
                                    "FROM shipments WHERE number = ?"),
                     {number});
    if (!head)
        return fail(head.error());
    if (!head->next())
        return std::optional<ReturnableShipment>();
    ReturnableShipment s{head->integer(0),
                         head->text(1),
                         head->integer(2),
                         head->text(3),
                         head->integer(4),
                         dateFrom(head->text(5)),
                         {}};
    auto rows = read(m_db,
                     QStringLiteral("SELECT id, order_line_id, product_id, sku, description, unit, "
                                    "qty, returned_qty FROM shipment_lines WHERE shipment_id = ? "
                                    "ORDER BY position"),
                     {s.id});
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        s.lines.append({rows->integer(0), rows->integer(1), rows->integer(2), rows->text(3),
                        rows->text(4), rows->text(5), Quantity::fromThousandths(rows->integer(6)),
                        Quantity::fromThousandths(rows->integer(7))});
    return std::optional<ReturnableShipment>(std::move(s));
}

Result<QList<domain::CreditableLine>> ReturnRepository::creditable(qint64 orderLineId,
                                                                   domain::Currency currency) {
    auto rows = read(
        m_db,
        QStringLiteral("SELECT l.id, l.product_id, l.sku, l.description, l.unit, l.qty, "
                       "l.unit_price, l.discount_bp, l.tax_code, l.tax_rate_bp, i.number, i.date, "
                       "i.customer_id, i.customer_code, i.customer_name, i.customer_tax_id, "
                       "i.billing_address, (SELECT COALESCE(SUM(c.qty), 0) FROM credit_note_lines "
                       "c WHERE c.invoice_line_id = l.id) FROM invoice_lines l JOIN invoices i ON "
                       "i.id = l.invoice_id WHERE l.order_line_id = ? AND i.status <> 'draft' "
                       "ORDER BY i.date DESC, i.id DESC, l.position"),
        {orderLineId});
    if (!rows)
        return fail(rows.error());
    QList<domain::CreditableLine> out;
    while (rows->next()) {
        domain::CreditableLine c;
        domain::InvoiceLine& l = c.line;
        l.id = rows->integer(0);
        l.orderLineId = orderLineId;
        l.productId = rows->integer(1);
        l.sku = rows->text(2);
        l.description = rows->text(3);
        l.unit = rows->text(4);
        l.qty = Quantity::fromThousandths(rows->integer(5));
        l.unitPrice = domain::UnitPrice::fromTenThousandths(rows->integer(6));
        l.discount = domain::Percent::fromBasisPoints(rows->integer(7));
        l.taxCode = rows->text(8);
        l.taxRate = domain::Percent::fromBasisPoints(rows->integer(9));
        l.net = l.tax = Money::zero(currency);
        c.invoiceNumber = rows->text(10);
        c.invoiceDate = dateFrom(rows->text(11));
        c.party.customerId = rows->integer(12);
        c.party.customerCode = rows->text(13);
        c.party.customerName = rows->text(14);
        c.party.customerTaxId = rows->text(15);
        c.party.billingAddress = rows->text(16);
        c.credited = Quantity::fromThousandths(rows->integer(17));
        out.append(std::move(c));
    }
    return out;
}

Result<QStringList> ReturnRepository::draftsHolding(qint64 orderLineId) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT DISTINCT i.number FROM invoice_lines l JOIN invoices i "
                                    "ON i.id = l.invoice_id WHERE l.order_line_id = ? AND "
                                    "i.status = 'draft' ORDER BY i.number"),
                     {orderLineId});
    if (!rows)
        return fail(rows.error());
    QStringList out;
    while (rows->next())
        out << rows->text(0);
    return out;
}

Result<qint64> ReturnRepository::insertReturn(domain::Return& ret, const ReturnableShipment& s) {
    auto id = write(m_db,
                    QStringLiteral("INSERT INTO returns (number, shipment_id, order_id, "
                                   "customer_id, date, reason, damaged, user_name, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {ret.number, s.id, s.orderId, s.customerId, isoDate(ret.date), ret.reason,
                     ret.damaged ? 1 : 0, ret.recordedBy, nowIso()});
    if (!id)
        return fail(id.error());
    ret.id = *id;
    if (auto ok = insertReturnLines(*id, ret.lines); !ok)
        return fail(ok.error());
    return *id;
}

Status ReturnRepository::insertReturnLines(qint64 returnId, QList<domain::ReturnLine>& lines) {
    static const QString sql =
        QStringLiteral("INSERT INTO return_lines (return_id, position, shipment_line_id, "
                       "order_line_id, product_id, sku, description, unit, qty, credited_qty) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        domain::ReturnLine& l = lines[i];
        auto id = write(m_db, sql,
                        {returnId, int(i) + 1, l.shipmentLineId, l.orderLineId, l.productId, l.sku,
                         l.description, l.unit, l.qty.thousandths(), l.creditedQty.thousandths()});
        if (!id)
            return fail(id.error());
        l.id = *id;
    }
    return {};
}

Status ReturnRepository::addReturned(const domain::ReturnLine& line, Quantity uninvoiced) {
    auto shipped = write(m_db,
                         QStringLiteral("UPDATE shipment_lines SET returned_qty = returned_qty + ? "
                                        "WHERE id = ?"),
                         {line.qty.thousandths(), line.shipmentLineId});
    if (!shipped)
        return fail(shipped.error());
    if (uninvoiced.isZero())
        return {};
    auto ordered = write(m_db,
                         QStringLiteral("UPDATE sales_order_lines SET returned_qty = returned_qty "
                                        "+ ? WHERE id = ?"),
                         {uninvoiced.thousandths(), line.orderLineId});
    return ordered ? Status{} : fail(ordered.error());
}

Result<qint64> ReturnRepository::insertCreditNote(domain::CreditNote& n, qint64 returnId) {
    auto id = write(m_db,
                    QStringLiteral("INSERT INTO credit_notes (number, return_id, customer_id, "
                                   "customer_code, customer_name, customer_tax_id, "
                                   "billing_address, date, reason, currency, untaxed, tax, total, "
                                   "unallocated, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {n.number, returnId ? QVariant(returnId) : QVariant(), n.party.customerId,
                     n.party.customerCode, n.party.customerName, n.party.customerTaxId,
                     n.party.billingAddress, isoDate(n.date), n.reason, n.currency.code(),
                     n.untaxed.minor(), n.tax.minor(), n.total.minor(), n.unallocated.minor(),
                     n.recordedBy, nowIso()});
    if (!id)
        return fail(id.error());
    n.id = *id;
    if (auto ok = insertCreditNoteLines(*id, n.lines); !ok)
        return fail(ok.error());
    return *id;
}

Status ReturnRepository::insertCreditNoteLines(qint64 noteId,
                                               QList<domain::CreditNoteLine>& lines) {
    static const QString sql =
        QStringLiteral("INSERT INTO credit_note_lines (credit_note_id, position, invoice_line_id, "
                       "invoice_number, product_id, sku, description, unit, qty, unit_price, "
                       "discount_bp, tax_code, tax_rate_bp, net, tax) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        domain::CreditNoteLine& l = lines[i];
        auto id =
            write(m_db, sql,
                  {noteId, int(i) + 1, l.invoiceLineId, l.invoiceNumber,
                   l.productId ? QVariant(l.productId) : QVariant(), l.sku, l.description, l.unit,
                   l.qty.thousandths(), l.unitPrice.tenThousandths(), l.discount.basisPoints(),
                   l.taxCode, l.taxRate.basisPoints(), l.net.minor(), l.tax.minor()});
        if (!id)
            return fail(id.error());
        l.id = *id;
    }
    return {};
}

Status ReturnRepository::writeUnallocated(qint64 creditNoteId, Money unallocated) {
    auto q = write(m_db, QStringLiteral("UPDATE credit_notes SET unallocated = ? WHERE id = ?"),
                   {unallocated.minor(), creditNoteId});
    return q ? Status{} : fail(q.error());
}

Result<qint64> ReturnRepository::insertAllocation(qint64 invoiceId, qint64 creditNoteId,
                                                  Money amount, QDate date) {
    return write(m_db,
                 QStringLiteral("INSERT INTO allocations (invoice_id, credit_note_id, amount, "
                                "date, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {invoiceId, creditNoteId, amount.minor(), isoDate(date), nowIso()});
}

Result<qint64> ReturnRepository::insertRefund(const domain::Payment& p, qint64 creditNoteId) {
    return write(m_db,
                 QStringLiteral("INSERT INTO payments (number, kind, customer_id, amount, "
                                "unallocated, charged_back, credit_note_id, method, date, "
                                "reference, user_name, created_at) "
                                "VALUES (?, 'refund', ?, ?, 0, 0, ?, ?, ?, ?, ?, ?)"),
                 {p.number, p.customerId, p.amount.minor(), creditNoteId, p.method, isoDate(p.date),
                  p.reference, p.recordedBy, nowIso()});
}

Result<Money> ReturnRepository::unallocatedCredit(qint64 customerId, domain::Currency currency) {
    // `unallocated <> 0` repeats the credit_notes_open index's condition, so SQLite uses it.
    auto rows = read(m_db,
                     QStringLiteral("SELECT COALESCE(SUM(unallocated), 0) FROM credit_notes "
                                    "WHERE customer_id = ? AND unallocated <> 0"),
                     {customerId});
    if (!rows)
        return fail(rows.error());
    return Money::fromMinor(rows->next() ? rows->integer(0) : 0, currency);
}

} // namespace mostrador::storage
