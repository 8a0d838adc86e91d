// SPDX-License-Identifier: MIT
// Stored returns and credit notes: one by number with its lines, and lazy pages of them,
// newest first (returns_date / returns_customer, credit_notes_date / credit_notes_customer).
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/return_repository.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;
using domain::Quantity;

namespace {

// The credit note of a return is made with it: same customer and date, so the lookup is
// one probe of credit_notes_customer.
const QString kReturnSelect = QStringLiteral(
    "SELECT r.id, r.number, s.number, o.number, c.code, c.name, r.date, r.reason, r.damaged, "
    "r.user_name, COALESCE((SELECT n.number FROM credit_notes n WHERE n.customer_id = "
    "r.customer_id AND n.date = r.date AND n.return_id = r.id), '') FROM returns r "
    "JOIN shipments s ON s.id = r.shipment_id JOIN sales_orders o ON o.id = r.order_id "
    "JOIN customers c ON c.id = r.customer_id");

const QString kNoteSelect = QStringLiteral(
    "SELECT n.id, n.number, COALESCE(r.number, ''), n.customer_id, n.customer_code, "
    "n.customer_name, n.customer_tax_id, n.billing_address, n.date, n.reason, n.currency, "
    "n.untaxed, n.tax, n.total, n.unallocated, n.user_name FROM credit_notes n "
    "LEFT JOIN returns r ON r.id = n.return_id");

domain::Return returnFrom(const Rows& r) {
    domain::Return ret;
    ret.id = r.integer(0);
    ret.number = r.text(1);
    ret.shipmentNumber = r.text(2);
    ret.orderNumber = r.text(3);
    ret.customerCode = r.text(4);
    ret.customerName = r.text(5);
    ret.date = dateFrom(r.text(6));
    ret.reason = r.text(7);
    ret.damaged = r.integer(8) != 0;
    ret.recordedBy = r.text(9);
    ret.creditNoteNumber = r.text(10);
    return ret;
}

domain::CreditNote noteFrom(const Rows& r) {
    domain::CreditNote n;
    n.id = r.integer(0);
    n.number = r.text(1);
    n.returnNumber = r.text(2);
    n.party.customerId = r.integer(3);
    n.party.customerCode = r.text(4);
    n.party.customerName = r.text(5);
    n.party.customerTaxId = r.text(6);
    n.party.billingAddress = r.text(7);
    n.date = dateFrom(r.text(8));
    n.reason = r.text(9);
    n.currency = domain::Currency::fromCode(r.text(10));
    n.untaxed = Money::fromMinor(r.integer(11), n.currency);
    n.tax = Money::fromMinor(r.integer(12), n.currency);
    n.total = Money::fromMinor(r.integer(13), n.currency);
    n.unallocated = Money::fromMinor(r.integer(14), n.currency);
    n.recordedBy = r.text(15);
    return n;
}

// The WHERE clause of a filter over `table` (alias r or n): its customer, date range and
// search over `numbers` (prefix) and `name` (anywhere).
QString whereOf(const ReturnFilter& f, const QString& alias, const QStringList& numbers,
                const QString& name, QVariantList& values) {
    QStringList parts;
    if (!f.customerCode.trimmed().isEmpty()) {
        parts << alias + QStringLiteral(".customer_id = (SELECT id FROM customers WHERE code = ?)");
        values << f.customerCode.trimmed().toUpper();
    }
    if (f.from.isValid()) {
        parts << alias + QStringLiteral(".date >= ?");
        values << isoDate(f.from);
    }
    if (f.to.isValid()) {
        parts << alias + QStringLiteral(".date <= ?");
        values << isoDate(f.to);
    }
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        QStringList any;
        for (const QString& column : numbers) {
            any << column + QStringLiteral(" LIKE ?");
            values << QString(text + u'%');
        }
        any << name + QStringLiteral(" LIKE ?");
        values << QString(u'%' + text + u'%');
        parts << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString returnWhere(const ReturnFilter& f, QVariantList& values) {
    return whereOf(
        f, QStringLiteral("r"),
        {QStringLiteral("r.number"), QStringLiteral("s.number"), QStringLiteral("o.number")},
        QStringLiteral("c.name"), values);
}

QString noteWhere(const ReturnFilter& f, QVariantList& values) {
    return whereOf(f, QStringLiteral("n"), {QStringLiteral("n.number"), QStringLiteral("r.number")},
                   QStringLiteral("n.customer_name"), values);
}

QString page(const ReturnFilter& f, const QString& alias, QVariantList& values) {
    values << std::max(0, f.limit) << std::max(0, f.offset);
    return QStringLiteral(" ORDER BY %1.date DESC, %1.id DESC LIMIT ? OFFSET ?").arg(alias);
}

Result<qint64> countOf(Result<Rows> rows) {
    if (!rows)
        return fail(rows.error());
    return rows->next() ? rows->integer(0) : 0;
}

} // namespace

Result<std::optional<domain::Return>> ReturnRepository::findReturn(const QString& number) {
    auto rows = read(m_db, kReturnSelect + QStringLiteral(" WHERE r.number = ?"), {number});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return std::optional<domain::Return>();
    domain::Return ret = returnFrom(*rows);
    if (auto ok = readReturnLines(ret); !ok)
        return fail(ok.error());
    return std::optional<domain::Return>(std::move(ret));
}

Status ReturnRepository::readReturnLines(domain::Return& ret) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT id, shipment_line_id, order_line_id, product_id, sku, "
                                    "description, unit, qty, credited_qty FROM return_lines "
                                    "WHERE return_id = ? ORDER BY position"),
                     {ret.id});
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        ret.lines.append({rows->integer(0), rows->integer(1), rows->integer(2), rows->integer(3),
                          rows->text(4), rows->text(5), rows->text(6),
                          Quantity::fromThousandths(rows->integer(7)),
                          Quantity::fromThousandths(rows->integer(8))});
    return {};
}

Result<QList<domain::Return>> ReturnRepository::listReturns(const ReturnFilter& f) {
    QVariantList values;
    QString sql = kReturnSelect + returnWhere(f, values);
    sql += page(f, QStringLiteral("r"), values);
    auto rows = read(m_db, sql, values);
    if (!rows)
        return fail(rows.error());
    QList<domain::Return> out;
    while (rows->next())
        out.append(returnFrom(*rows));
    return out;
}

Result<qint64> ReturnRepository::countReturns(const ReturnFilter& f) {
    QVariantList values;
    const QString where = returnWhere(f, values);
    // The joins are only needed when the search looks at them.
    const QString from =
        f.search.trimmed().isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM returns r")
            : QStringLiteral("SELECT COUNT(*) FROM returns r JOIN shipments s ON "
                             "s.id = r.shipment_id JOIN sales_orders o ON o.id = "
                             "r.order_id JOIN customers c ON c.id = r.customer_id");
    return countOf(read(m_db, from + where, values));
}

Result<std::optional<domain::CreditNote>> ReturnRepository::findCreditNote(const QString& number) {
    auto rows = read(m_db, kNoteSelect + QStringLiteral(" WHERE n.number = ?"), {number});
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return std::optional<domain::CreditNote>();
    domain::CreditNote note = noteFrom(*rows);
    if (auto ok = readCreditNoteLines(note); !ok)
        return fail(ok.error());
    return std::optional<domain::CreditNote>(std::move(note));
}

Status ReturnRepository::readCreditNoteLines(domain::CreditNote& n) {
    auto rows = read(m_db,
                     QStringLiteral("SELECT id, invoice_line_id, invoice_number, product_id, sku, "
                                    "description, unit, qty, unit_price, discount_bp, tax_code, "
                                    "tax_rate_bp, net, tax FROM credit_note_lines "
                                    "WHERE credit_note_id = ? ORDER BY position"),
                     {n.id});
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        domain::CreditNoteLine l;
        l.id = rows->integer(0);
        l.invoiceLineId = rows->integer(1);
        l.invoiceNumber = rows->text(2);
        l.productId = rows->integer(3);
        l.sku = rows->text(4);
        l.description = rows->text(5);
        l.unit = rows->text(6);
        l.qty = Quantity::fromThousandths(rows->integer(7));
        l.unitPrice = domain::UnitPrice::fromTenThousandths(rows->integer(8));
        l.discount = domain::Percent::fromBasisPoints(rows->integer(9));
        l.taxCode = rows->text(10);
        l.taxRate = domain::Percent::fromBasisPoints(rows->integer(11));
        l.net = Money::fromMinor(rows->integer(12), n.currency);
        l.tax = Money::fromMinor(rows->integer(13), n.currency);
        if (!n.invoiceNumbers.contains(l.invoiceNumber))
            n.invoiceNumbers << l.invoiceNumber;
        n.lines.append(std::move(l));
    }
    return {};
}

Result<QList<domain::CreditNote>> ReturnRepository::listCreditNotes(const ReturnFilter& f) {
    QVariantList values;
    QString sql = kNoteSelect + noteWhere(f, values);
    sql += page(f, QStringLiteral("n"), values);
    auto rows = read(m_db, sql, values);
    if (!rows)
        return fail(rows.error());
    QList<domain::CreditNote> out;
    while (rows->next())
        out.append(noteFrom(*rows));
    return out;
}

Result<qint64> ReturnRepository::countCreditNotes(const ReturnFilter& f) {
    QVariantList values;
    const QString where = noteWhere(f, values);
    const QString from = f.search.trimmed().isEmpty()
                             ? QStringLiteral("SELECT COUNT(*) FROM credit_notes n")
                             : QStringLiteral("SELECT COUNT(*) FROM credit_notes n LEFT JOIN "
                                              "returns r ON r.id = n.return_id");
    return countOf(read(m_db, from + where, values));
}

} // namespace mostrador::storage
