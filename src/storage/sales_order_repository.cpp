// SPDX-License-Identifier: MIT
#include "storage/sales_order_repository.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;
using domain::SalesOrder;

namespace {

const QString kHeaderColumns =
    QStringLiteral("id, number, status, date, requested_date, salesperson, notes, "
                   "quotation_number, currency, untaxed, tax, total, version, customer_id, "
                   "invoicing_status, hold_reasons, approval_reasons, release_reason, "
                   "released_by, cancel_reason, open_value, deposits, ");
constexpr int kPartyFirst = 22;

// Reasons are kept one per line.
QStringList reasonsFrom(const QVariant& value) {
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

SalesOrder headerFrom(const QSqlQuery& row) {
    SalesOrder o;
    o.id = row.value(0).toLongLong();
    o.number = row.value(1).toString();
    o.status = row.value(2).toString();
    o.date = dateFrom(row.value(3));
    o.requestedDate = dateFrom(row.value(4));
    o.salesperson = row.value(5).toString();
    o.notes = row.value(6).toString();
    o.quotationNumber = row.value(7).toString();
    o.currency = domain::Currency::fromCode(row.value(8).toString());
    o.untaxed = Money::fromMinor(row.value(9).toLongLong(), o.currency);
    o.tax = Money::fromMinor(row.value(10).toLongLong(), o.currency);
    o.total = Money::fromMinor(row.value(11).toLongLong(), o.currency);
    o.version = row.value(12).toInt();
    o.party = partyFrom(row, kPartyFirst);
    o.party.customerId = row.value(13).toLongLong();
    o.invoicingStatus = row.value(14).toString();
    o.holdReasons = reasonsFrom(row.value(15));
    o.approvalReasons = reasonsFrom(row.value(16));
    o.releaseReason = row.value(17).toString();
    o.releasedBy = row.value(18).toString();
    o.cancelReason = row.value(19).toString();
    o.openValue = Money::fromMinor(row.value(20).toLongLong(), o.currency);
    o.deposits = Money::fromMinor(row.value(21).toLongLong(), o.currency);
    return o;
}

} // namespace

Result<qint64> SalesOrderRepository::insert(const SalesOrder& o, qint64 quotationId) {
    const QString now = nowIso();
    QVariantList values = {o.number,
                           o.status,
                           o.party.customerId,
                           isoDate(o.date),
                           o.requestedDate.isValid() ? QVariant(isoDate(o.requestedDate))
                                                     : QVariant(),
                           o.salesperson,
                           o.notes,
                           quotationId ? QVariant(quotationId) : QVariant(),
                           o.quotationNumber,
                           o.currency.code(),
                           o.untaxed.minor(),
                           o.tax.minor(),
                           o.total.minor()};
    values.append(partyValues(o.party));
    values << now << now;
    auto row = run(m_db.connection(),
                   QStringLiteral("INSERT INTO sales_orders (number, status, customer_id, date, "
                                  "requested_date, salesperson, notes, quotation_id, "
                                  "quotation_number, currency, untaxed, tax, total, ") +
                       partyColumns() +
                       QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   values);
    if (!row)
        return fail(row.error());
    const qint64 id = row->lastInsertId().toLongLong();
    if (auto ok = writeLines(m_db, LineTable::Order, id, o.lines); !ok)
        return fail(ok.error());
    return id;
}

Status SalesOrderRepository::writeState(const SalesOrder& o) {
    auto q = run(m_db.connection(),
                 QStringLiteral("UPDATE sales_orders SET status = ?, invoicing_status = ?, "
                                "hold_reasons = ?, approval_reasons = ?, release_reason = ?, "
                                "released_by = ?, cancel_reason = ?, open_value = ?, "
                                "deposits = ?, confirmed_at = CASE WHEN ? = 'confirmed' AND "
                                "confirmed_at IS NULL THEN ? ELSE confirmed_at END, "
                                "version = version + 1, updated_at = ? WHERE id = ?"),
                 {o.status, o.invoicingStatus, o.holdReasons.join(QLatin1Char('\n')),
                  o.approvalReasons.join(QLatin1Char('\n')), o.releaseReason, o.releasedBy,
                  o.cancelReason, o.openValue.minor(), o.deposits.minor(), o.status, nowIso(),
                  nowIso(), o.id});
    return q ? Status{} : fail(q.error());
}

Status SalesOrderRepository::writeFulfilment(const domain::DocumentLine& line) {
    auto q = run(m_db.connection(),
                 QStringLiteral("UPDATE sales_order_lines SET reserved_qty = ?, shipped_qty = ?, "
                                "invoiced_qty = ?, cancelled_qty = ? WHERE id = ?"),
                 {line.reserved.thousandths(), line.shipped.thousandths(),
                  line.invoiced.thousandths(), line.cancelled.thousandths(), line.id});
    return q ? Status{} : fail(q.error());
}

Result<std::optional<SalesOrder>> SalesOrderRepository::findByNumber(const QString& number) {
    auto row = run(m_db.connection(),
                   QStringLiteral("SELECT ") + kHeaderColumns + partyColumns() +
                       QStringLiteral(" FROM sales_orders WHERE number = ?"),
                   {number});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<SalesOrder>();
    SalesOrder o = headerFrom(*row);
    auto lines = readLines(m_db, LineTable::Order, o.id, o.currency);
    if (!lines)
        return fail(lines.error());
    o.lines = *lines;
    return std::optional<SalesOrder>(std::move(o));
}

} // namespace mostrador::storage
