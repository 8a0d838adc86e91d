// SPDX-License-Identifier: MIT
#include "storage/quotation_repository.h"

#include "domain/workflow.h"
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

#include <QHash>

namespace mostrador::storage {

using domain::Money;
using domain::Quotation;

namespace {

const QString kHeaderColumns = QStringLiteral(
    "id, number, revision, status, date, valid_until, salesperson, notes, reject_reason, "
    "order_number, currency, untaxed, tax, total, version, customer_id, ");
constexpr int kPartyFirst = 16;

QVariantList headerValues(const Quotation& q) {
    QVariantList values = {q.party.customerId, isoDate(q.date), isoDate(q.validUntil),
                           q.salesperson,      q.notes,         q.untaxed.minor(),
                           q.tax.minor(),      q.total.minor()};
    values.append(partyValues(q.party));
    return values;
}

Quotation headerFrom(const Rows& row) {
    Quotation q;
    q.id = row.integer(0);
    q.number = row.text(1);
    q.revision = int(row.integer(2));
    q.status = row.text(3);
    q.date = dateFrom(row.text(4));
    q.validUntil = dateFrom(row.text(5));
    q.salesperson = row.text(6);
    q.notes = row.text(7);
    q.rejectReason = row.text(8);
    q.orderNumber = row.text(9);
    q.currency = domain::Currency::fromCode(row.text(10));
    q.untaxed = Money::fromMinor(row.integer(11), q.currency);
    q.tax = Money::fromMinor(row.integer(12), q.currency);
    q.total = Money::fromMinor(row.integer(13), q.currency);
    q.version = int(row.integer(14));
    q.party = partyFrom(row, kPartyFirst);
    q.party.customerId = row.integer(15);
    return q;
}

QString orderColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("customer"), QStringLiteral("customer_name COLLATE NOCASE")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("valid_until"), QStringLiteral("valid_until")},
        {QStringLiteral("total"), QStringLiteral("total")},
        {QStringLiteral("status"), QStringLiteral("status")},
    };
    return columns.value(key, QStringLiteral("date"));
}

// Expired is derived: an open quotation (draft or sent) past its valid-until date.
QString whereOf(const QuotationListQuery& query, QVariantList& values) {
    QStringList parts;
    const QString today = isoDate(query.today);
    if (query.status == u"expired") {
        parts.append(QStringLiteral("status IN ('draft', 'sent') AND valid_until < ?"));
        values.append(today);
    } else if (query.status == u"draft" || query.status == u"sent") {
        parts.append(QStringLiteral("status = ? AND valid_until >= ?"));
        values << query.status << today;
    } else if (!query.status.isEmpty()) {
        parts.append(QStringLiteral("status = ?"));
        values.append(query.status);
    }
    if (!query.customerCode.isEmpty()) {
        parts.append(QStringLiteral("customer_code = ?"));
        values.append(query.customerCode);
    }
    if (query.from.isValid()) {
        parts.append(QStringLiteral("date >= ?"));
        values.append(isoDate(query.from));
    }
    if (query.to.isValid()) {
        parts.append(QStringLiteral("date <= ?"));
        values.append(isoDate(query.to));
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QString clause = QStringLiteral("number LIKE ? ESCAPE '\\'");
        QString pattern = search;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        values.append(QString(pattern + u'%'));
        if (const QString fts = ftsPrefixQuery(search); !fts.isEmpty()) {
            clause += QStringLiteral(" OR customer_id IN (SELECT rowid FROM customers_fts "
                                     "WHERE customers_fts MATCH ?)");
            values.append(fts);
        }
        parts.append(u'(' + clause + u')');
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> QuotationRepository::insert(const Quotation& q) {
    const QString now = nowIso();
    QVariantList values = {q.number, q.revision, q.status, q.currency.code()};
    values.append(headerValues(q));
    values << now << now;
    auto row = run(m_db.connection(),
                   QStringLiteral("INSERT INTO quotations (number, revision, status, currency, "
                                  "customer_id, date, valid_until, salesperson, notes, untaxed, "
                                  "tax, total, ") +
                       partyColumns() +
                       QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   values);
    if (!row)
        return fail(row.error());
    const qint64 id = row->lastInsertId().toLongLong();
    if (auto ok = writeLines(m_db, LineTable::Quotation, id, q.lines); !ok)
        return fail(ok.error());
    return id;
}

Result<bool> QuotationRepository::update(const Quotation& q) {
    QVariantList values = headerValues(q);
    values << q.revision << nowIso() << q.id << q.version;
    auto row = run(m_db.connection(),
                   QStringLiteral("UPDATE quotations SET (customer_id, date, valid_until, "
                                  "salesperson, notes, untaxed, tax, total, ") +
                       partyColumns() +
                       QStringLiteral(") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), "
                                      "revision = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                   values);
    if (!row)
        return fail(row.error());
    if (row->numRowsAffected() != 1)
        return false;
    if (auto ok = writeLines(m_db, LineTable::Quotation, q.id, q.lines); !ok)
        return fail(ok.error());
    return true;
}

Status QuotationRepository::setStatus(qint64 id, const QString& status,
                                      const QString& rejectReason) {
    auto row = run(m_db.connection(),
                   QStringLiteral("UPDATE quotations SET status = ?, reject_reason = ?, "
                                  "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, "
                                  "updated_at = ?, version = version + 1 WHERE id = ?"),
                   {status, rejectReason, status, nowIso(), nowIso(), id});
    if (!row)
        return fail(row.error());
    return {};
}

Status QuotationRepository::linkOrder(qint64 id, const QString& orderNumber) {
    auto row = run(m_db.connection(),
                   QStringLiteral("UPDATE quotations SET order_number = ? WHERE id = ?"),
                   {orderNumber, id});
    if (!row)
        return fail(row.error());
    return {};
}

Status QuotationRepository::keepRevision(const Quotation& q, const QString& documentJson) {
    auto row = run(m_db.connection(),
                   QStringLiteral("INSERT INTO quotation_revisions (quotation_id, revision, date, "
                                  "valid_until, total, sent_at, document) SELECT id, revision, "
                                  "date, valid_until, total, sent_at, ? FROM quotations "
                                  "WHERE id = ?"),
                   {documentJson, q.id});
    if (!row)
        return fail(row.error());
    return {};
}

Result<QList<domain::QuotationRevision>> QuotationRepository::revisions(qint64 id) {
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT r.revision, r.date, r.valid_until, r.total, r.sent_at, "
                                "q.currency FROM quotation_revisions r JOIN quotations q ON "
                                "q.id = r.quotation_id WHERE r.quotation_id = ? ORDER BY "
                                "r.revision"),
                 {id});
    if (!q)
        return fail(q.error());
    QList<domain::QuotationRevision> list;
    while (q->next())
        list.append({q->value(0).toInt(), dateFrom(q->value(1)), dateFrom(q->value(2)),
                     Money::fromMinor(q->value(3).toLongLong(),
                                      domain::Currency::fromCode(q->value(5).toString())),
                     q->value(4).toString()});
    return list;
}

Result<std::optional<Quotation>> QuotationRepository::findByNumber(const QString& number) {
    static const QString sql = QStringLiteral("SELECT ") + kHeaderColumns + partyColumns() +
                               QStringLiteral(" FROM quotations WHERE number = ?");
    auto row = read(m_db, sql, {number});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<Quotation>();
    Quotation q = headerFrom(*row);
    auto lines = readLines(m_db, LineTable::Quotation, q.id, q.currency);
    if (!lines)
        return fail(lines.error());
    q.lines = *lines;
    return std::optional<Quotation>(std::move(q));
}

Result<QList<QuotationRow>> QuotationRepository::list(const QuotationListQuery& query) {
    QVariantList values;
    QString sql = QStringLiteral("SELECT id, number, revision, status, customer_code, "
                                 "customer_name, date, valid_until, salesperson, total, "
                                 "order_number, currency FROM quotations") +
                  whereOf(query, values);
    sql += pageClause(query, orderColumn(query.sortKey), QStringLiteral("id"), values);
    auto q = run(m_db.connection(), sql, values);
    if (!q)
        return fail(q.error());
    QList<QuotationRow> rows;
    while (q->next()) {
        QuotationRow r;
        r.id = q->value(0).toLongLong();
        r.number = q->value(1).toString();
        r.revision = q->value(2).toInt();
        r.validUntil = dateFrom(q->value(7));
        r.status =
            domain::effectiveQuotationState(q->value(3).toString(), r.validUntil, query.today);
        r.customerCode = q->value(4).toString();
        r.customerName = q->value(5).toString();
        r.date = dateFrom(q->value(6));
        r.salesperson = q->value(8).toString();
        r.total = Money::fromMinor(q->value(9).toLongLong(),
                                   domain::Currency::fromCode(q->value(11).toString()));
        r.orderNumber = q->value(10).toString();
        rows.append(r);
    }
    return rows;
}

Result<qint64> QuotationRepository::count(const QuotationListQuery& query) {
    QVariantList values;
    auto q =
        run(m_db.connection(),
            QStringLiteral("SELECT COUNT(*) FROM quotations") + whereOf(query, values), values);
    if (!q)
        return fail(q.error());
    q->next();
    return q->value(0).toLongLong();
}

} // namespace mostrador::storage
