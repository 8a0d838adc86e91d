// SPDX-License-Identifier: MIT
#include "storage/invoice_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Invoice;
using domain::InvoiceLine;
using domain::Money;

namespace {

const QString kHeaderColumns =
    QStringLiteral("id, number, draft_number, kind, status, customer_id, date, salesperson, "
                   "notes, currency, untaxed, tax, total, deposits_applied, paid, balance, "
                   "due_date, posted_at, posted_by, version, ");
constexpr int kPartyFirst = 20;

const QString kLineColumns =
    QStringLiteral("id, kind, order_id, order_number, order_line_id, product_id, sku, "
                   "description, unit, qty, unit_price, discount_bp, tax_code, tax_rate_bp, "
                   "unit_cost, net, tax, advance_line_id");

QVariant nullableDate(const QDate& date) {
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

QVariant nullableId(qint64 id) {
    return id ? QVariant(id) : QVariant();
}

Invoice headerFrom(const Rows& r) {
    Invoice inv;
    inv.id = r.integer(0);
    inv.number = r.text(1);
    inv.draftNumber = r.text(2);
    inv.kind = r.text(3);
    inv.status = r.text(4);
    inv.date = dateFrom(r.text(6));
    inv.salesperson = r.text(7);
    inv.notes = r.text(8);
    inv.currency = domain::Currency::fromCode(r.text(9));
    inv.untaxed = Money::fromMinor(r.integer(10), inv.currency);
    inv.tax = Money::fromMinor(r.integer(11), inv.currency);
    inv.total = Money::fromMinor(r.integer(12), inv.currency);
    inv.depositsApplied = Money::fromMinor(r.integer(13), inv.currency);
    inv.paid = Money::fromMinor(r.integer(14), inv.currency);
    inv.balance = Money::fromMinor(r.integer(15), inv.currency);
    inv.dueDate = dateFrom(r.text(16));
    inv.postedAt = r.text(17);
    inv.postedBy = r.text(18);
    inv.version = int(r.integer(19));
    inv.party = partyFrom(r, kPartyFirst);
    inv.party.customerId = r.integer(5);
    return inv;
}

InvoiceLine lineFrom(const Rows& r, domain::Currency currency) {
    InvoiceLine l;
    l.id = r.integer(0);
    l.kind = r.text(1);
    l.orderId = r.integer(2);
    l.orderNumber = r.text(3);
    l.orderLineId = r.integer(4);
    l.productId = r.integer(5);
    l.sku = r.text(6);
    l.description = r.text(7);
    l.unit = r.text(8);
    l.qty = domain::Quantity::fromThousandths(r.integer(9));
    l.unitPrice = domain::UnitPrice::fromTenThousandths(r.integer(10));
    l.discount = domain::Percent::fromBasisPoints(r.integer(11));
    l.taxCode = r.text(12);
    l.taxRate = domain::Percent::fromBasisPoints(r.integer(13));
    l.unitCost = domain::UnitPrice::fromTenThousandths(r.integer(14));
    l.net = Money::fromMinor(r.integer(15), currency);
    l.tax = Money::fromMinor(r.integer(16), currency);
    l.advanceLineId = r.integer(17);
    return l;
}

QString sortColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("customer"), QStringLiteral("customer_name COLLATE NOCASE")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("due_date"), QStringLiteral("due_date")},
        {QStringLiteral("total"), QStringLiteral("total")},
        {QStringLiteral("status"), QStringLiteral("status")},
    };
    return columns.value(key, QStringLiteral("date"));
}

QString whereOf(const InvoiceListQuery& query, QVariantList& values) {
    QStringList parts;
    if (!query.status.isEmpty()) {
        parts.append(QStringLiteral("status = ?"));
        values.append(query.status);
    }
    if (!query.customerCode.isEmpty()) {
        parts.append(QStringLiteral("customer_id = (SELECT id FROM customers WHERE code = ?)"));
        values.append(query.customerCode.trimmed().toUpper());
    }
    if (query.from.isValid()) {
        parts.append(QStringLiteral("date >= ?"));
        values.append(isoDate(query.from));
    }
    if (query.to.isValid()) {
        parts.append(QStringLiteral("date <= ?"));
        values.append(isoDate(query.to));
    }
    if (query.dueBefore.isValid()) { // balance <> 0: the condition of invoices_open
        parts.append(QStringLiteral("balance <> 0 AND due_date < ?"));
        values.append(isoDate(query.dueBefore));
    }
    // A number prefix as ranges the unique indexes answer (LIKE would scan).
    if (const QString search = query.search.trimmed().toUpper(); !search.isEmpty()) {
        parts.append(QStringLiteral("((number >= ? AND number < ?) OR "
                                    "(draft_number >= ? AND draft_number < ?))"));
        const QString to = search + QChar(0xFFFF);
        values << search << to << search << to;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> InvoiceRepository::insert(Invoice& inv) {
    const QString now = nowIso();
    const bool posted = !inv.isDraft();
    QVariantList values = {inv.number,
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
                           posted ? QVariant(now) : QVariant(),
                           inv.postedBy};
    values.append(partyValues(inv.party));
    values << now << now;
    static const QString sql =
        QStringLiteral("INSERT INTO invoices (number, draft_number, kind, status, customer_id, "
                       "date, salesperson, notes, currency, untaxed, tax, total, "
                       "deposits_applied, paid, balance, due_date, posted_at, posted_by, ") +
        partyColumns() +
        QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto id = write(m_db, sql, values);
    if (!id)
        return fail(id.error());
    inv.id = *id;
    inv.version = 1;
    if (auto ok = insertLines(*id, inv.lines); !ok)
        return fail(ok.error());
    if (posted)
        if (auto ok = insertSettlement(inv); !ok)
            return fail(ok.error());
    return *id;
}

Status InvoiceRepository::insertLines(qint64 invoiceId, QList<InvoiceLine>& lines) {
    static const QString sql =
        QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, kind, order_id, "
                       "order_number, order_line_id, product_id, sku, description, unit, qty, "
                       "unit_price, discount_bp, tax_code, tax_rate_bp, unit_cost, net, tax, "
                       "advance_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        InvoiceLine& l = lines[i];
        auto id =
            write(m_db, sql,
                  {invoiceId, int(i) + 1, l.kind, nullableId(l.orderId), l.orderNumber,
                   nullableId(l.orderLineId), nullableId(l.productId), l.sku, l.description, l.unit,
                   l.qty.thousandths(), l.unitPrice.tenThousandths(), l.discount.basisPoints(),
                   l.taxCode, l.taxRate.basisPoints(), l.unitCost.tenThousandths(), l.net.minor(),
                   l.tax.minor(), nullableId(l.advanceLineId)});
        if (!id)
            return fail(id.error());
        l.id = *id;
    }
    return {};
}

Result<bool> InvoiceRepository::updateDraft(const Invoice& inv) {
    auto q = run(m_db.connection(),
                 QStringLiteral("UPDATE invoices SET date = ?, notes = ?, untaxed = ?, tax = ?, "
                                "total = ?, updated_at = ?, version = version + 1 WHERE id = ? "
                                "AND version = ? AND status = 'draft'"),
                 {isoDate(inv.date), inv.notes, inv.untaxed.minor(), inv.tax.minor(),
                  inv.total.minor(), nowIso(), inv.id, inv.version});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return false;
    if (auto gone =
            write(m_db, QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {inv.id});
        !gone)
        return fail(gone.error());
    QList<InvoiceLine> lines = inv.lines;
    if (auto ok = insertLines(inv.id, lines); !ok)
        return fail(ok.error());
    return true;
}

Result<bool> InvoiceRepository::discardDraft(qint64 id) {
    auto draft = read(
        m_db, QStringLiteral("SELECT 1 FROM invoices WHERE id = ? AND status = 'draft'"), {id});
    if (!draft)
        return fail(draft.error());
    if (!draft->next())
        return false;
    if (auto q =
            write(m_db, QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {id});
        !q)
        return fail(q.error());
    if (auto q = write(m_db, QStringLiteral("DELETE FROM invoices WHERE id = ?"), {id}); !q)
        return fail(q.error());
    return true;
}

// The caller read the draft in this same write transaction, so its version and state
// still hold: one write, no check of the rows it changed.
Status InvoiceRepository::post(const Invoice& inv) {
    const QString now = nowIso();
    auto q = write(m_db,
                   QStringLiteral("UPDATE invoices SET number = ?, date = ?, status = ?, "
                                  "deposits_applied = ?, paid = ?, balance = ?, due_date = ?, "
                                  "posted_at = ?, posted_by = ?, updated_at = ?, version = "
                                  "version + 1 WHERE id = ?"),
                   {inv.number, isoDate(inv.date), inv.status, inv.depositsApplied.minor(),
                    inv.paid.minor(), inv.balance.minor(), nullableDate(inv.dueDate), now,
                    inv.postedBy, now, inv.id});
    if (!q)
        return fail(q.error());
    return insertSettlement(inv);
}

Status InvoiceRepository::insertSettlement(const Invoice& inv) {
    for (qsizetype i = 0; i < inv.installments.size(); ++i)
        if (auto ok = write(m_db,
                            QStringLiteral("INSERT INTO invoice_due_dates (invoice_id, position, "
                                           "due_date, amount) VALUES (?, ?, ?, ?)"),
                            {inv.id, int(i) + 1, isoDate(inv.installments[i].dueDate),
                             inv.installments[i].amount.minor()});
            !ok)
            return fail(ok.error());
    for (const domain::DepositApplication& a : inv.deposits) {
        if (auto ok = write(m_db,
                            QStringLiteral("INSERT INTO deposit_applications (deposit_id, "
                                           "invoice_id, amount) VALUES (?, ?, ?)"),
                            {a.depositId, inv.id, a.amount.minor()});
            !ok)
            return fail(ok.error());
        if (auto ok = write(
                m_db, QStringLiteral("UPDATE deposits SET applied = applied + ? WHERE id = ?"),
                {a.amount.minor(), a.depositId});
            !ok)
            return fail(ok.error());
    }
    return {};
}

Result<std::optional<Invoice>> InvoiceRepository::findByNumber(const QString& number) {
    static const QString sql =
        QStringLiteral("SELECT ") + kHeaderColumns + partyColumns() +
        QStringLiteral(" FROM invoices WHERE number = ? OR draft_number = ? LIMIT 1");
    auto row = read(m_db, sql, {number, number});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<Invoice>();
    Invoice inv = headerFrom(*row);
    if (auto ok = readDetails(inv); !ok)
        return fail(ok.error());
    return std::optional<Invoice>(std::move(inv));
}

Status InvoiceRepository::readDetails(Invoice& inv) {
    static const QString linesSql = QStringLiteral("SELECT ") + kLineColumns +
                                    QStringLiteral(" FROM invoice_lines WHERE invoice_id = ? "
                                                   "ORDER BY position");
    auto lines = read(m_db, linesSql, {inv.id});
    if (!lines)
        return fail(lines.error());
    while (lines->next())
        inv.lines.append(lineFrom(*lines, inv.currency));
    auto due = read(m_db,
                    QStringLiteral("SELECT due_date, amount FROM invoice_due_dates WHERE "
                                   "invoice_id = ? ORDER BY position"),
                    {inv.id});
    if (!due)
        return fail(due.error());
    while (due->next())
        inv.installments.append(
            {dateFrom(due->text(0)), Money::fromMinor(due->integer(1), inv.currency)});
    auto deps = read(m_db,
                     QStringLiteral("SELECT a.deposit_id, d.number, o.number, a.amount FROM "
                                    "deposit_applications a JOIN deposits d ON d.id = "
                                    "a.deposit_id JOIN sales_orders o ON o.id = d.order_id "
                                    "WHERE a.invoice_id = ? ORDER BY a.id"),
                     {inv.id});
    if (!deps)
        return fail(deps.error());
    while (deps->next())
        inv.deposits.append({deps->integer(0), deps->text(1), deps->text(2),
                             Money::fromMinor(deps->integer(3), inv.currency)});
    return {};
}

Result<QList<InvoiceRow>> InvoiceRepository::list(const InvoiceListQuery& query) {
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT id, number, status, customer_code, customer_name, date, "
                       "due_date, total, balance, currency, deposits_applied, paid, salesperson, "
                       "untaxed, tax FROM invoices") +
        whereOf(query, values);
    sql += pageClause(query, sortColumn(query.sortKey), QStringLiteral("id"), values);
    auto q = read(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<InvoiceRow> rows;
    while (q->next()) {
        const auto currency = domain::Currency::fromCode(q->text(9));
        rows.append(
            {q->integer(0), q->text(1), q->text(2), q->text(3), q->text(4), dateFrom(q->text(5)),
             dateFrom(q->text(6)), Money::fromMinor(q->integer(7), currency),
             Money::fromMinor(q->integer(8), currency), Money::fromMinor(q->integer(10), currency),
             Money::fromMinor(q->integer(11), currency), q->text(12),
             Money::fromMinor(q->integer(13), currency), Money::fromMinor(q->integer(14), currency)});
    }
    return rows;
}

Result<qint64> InvoiceRepository::count(const InvoiceListQuery& query) {
    QVariantList values;
    auto q = read(m_db, QStringLiteral("SELECT COUNT(*) FROM invoices") + whereOf(query, values),
                  values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->integer(0) : 0;
}

Result<QDate> InvoiceRepository::latestPostedDate() {
    // The index on (status, date, id) answers each state's latest date at once.
    auto q = read(m_db, QStringLiteral("SELECT MAX(d) FROM (SELECT MAX(date) AS d FROM invoices "
                                       "WHERE status = 'posted' UNION ALL SELECT MAX(date) FROM "
                                       "invoices WHERE status = 'partially_paid' UNION ALL "
                                       "SELECT MAX(date) FROM invoices WHERE status = 'paid')"));
    if (!q)
        return fail(q.error());
    return q->next() && !q->isNull(0) ? dateFrom(q->text(0)) : QDate();
}

Result<QHash<qint64, domain::LineInvoicing>>
InvoiceRepository::draftQuantities(qint64 orderId, qint64 exceptInvoiceId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT l.id, l.returned_qty, (SELECT COALESCE(SUM(il.qty), 0) "
                                 "FROM invoice_lines il JOIN invoices i ON i.id = il.invoice_id "
                                 "WHERE il.order_line_id = l.id AND i.status = 'draft' AND "
                                 "i.id <> ?) FROM sales_order_lines l WHERE l.order_id = ?"),
                  {exceptInvoiceId, orderId});
    if (!q)
        return fail(q.error());
    QHash<qint64, domain::LineInvoicing> out;
    while (q->next())
        out.insert(q->integer(0), {domain::Quantity::fromThousandths(q->integer(1)),
                                   domain::Quantity::fromThousandths(q->integer(2))});
    return out;
}

Result<QList<OpenDeposit>> InvoiceRepository::openDeposits(qint64 orderId,
                                                           domain::Currency currency) {
    auto q = read(m_db,
                  QStringLiteral("SELECT d.id, d.number, o.number, d.date, d.amount - d.applied "
                                 "FROM deposits d JOIN sales_orders o ON o.id = d.order_id "
                                 "WHERE d.order_id = ? AND d.applied < d.amount ORDER BY d.id"),
                  {orderId});
    if (!q)
        return fail(q.error());
    QList<OpenDeposit> out;
    while (q->next())
        out.append({q->integer(0), q->text(1), q->text(2), dateFrom(q->text(3)),
                    Money::fromMinor(q->integer(4), currency)});
    return out;
}

// The deduction lines of invoices other than `exceptInvoiceId` (drafts too) are taken
// off each line of the order's posted advance invoices; lines with nothing left are
// left out, and so are advance invoices with no line left.
Result<QList<domain::OpenAdvance>>
InvoiceRepository::openAdvances(qint64 orderId, qint64 exceptInvoiceId, domain::Currency currency) {
    static const QString deducted =
        QStringLiteral("(SELECT COALESCE(SUM(d.%1), 0) FROM invoice_lines d WHERE "
                       "d.advance_line_id = l.id AND d.invoice_id <> ?)");
    static const QString sql =
        QStringLiteral("SELECT i.id, i.number, i.date, l.id, l.order_number, l.tax_code, "
                       "l.tax_rate_bp, l.net + ") +
        deducted.arg(QStringLiteral("net")) + QStringLiteral(", l.tax + ") +
        deducted.arg(QStringLiteral("tax")) +
        QStringLiteral(" FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE "
                       "l.order_id = ? AND l.kind = 'advance' AND l.advance_line_id IS NULL AND "
                       "i.kind = 'advance' AND i.status <> 'draft' ORDER BY i.date, i.id, "
                       "l.position");
    auto q = read(m_db, sql, {exceptInvoiceId, exceptInvoiceId, orderId});
    if (!q)
        return fail(q.error());
    QList<domain::OpenAdvance> out;
    while (q->next()) {
        domain::OpenAdvanceLine l;
        l.lineId = q->integer(3);
        l.orderId = orderId;
        l.orderNumber = q->text(4);
        l.taxCode = q->text(5);
        l.rate = domain::Percent::fromBasisPoints(q->integer(6));
        l.net = Money::fromMinor(q->integer(7), currency);
        l.tax = Money::fromMinor(q->integer(8), currency);
        if (l.gross().isZero())
            continue;
        if (out.isEmpty() || out.last().invoiceId != q->integer(0))
            out.append({q->integer(0), q->text(1), dateFrom(q->text(2)), {}});
        out.last().lines.append(std::move(l));
    }
    return out;
}

} // namespace mostrador::storage
