// SPDX-License-Identifier: MIT
#include "storage/payment_list.h"

#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Money;

namespace {

QString sortColumn(const QString& key) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("date"), QStringLiteral("p.date")},
        {QStringLiteral("number"), QStringLiteral("p.number")},
        {QStringLiteral("customer"), QStringLiteral("c.name COLLATE NOCASE")},
        {QStringLiteral("amount"), QStringLiteral("p.amount")},
    };
    return columns.value(key);
}

// LIKE's wildcards in what a user typed match themselves.
QString likeContaining(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString searchClause(const QString& text, QVariantList& values) {
    const QString upper = text.toUpper();
    // A number prefix as a range the unique index answers.
    QString clause = QStringLiteral("(p.number >= ? AND p.number < ?) OR "
                                    "p.reference LIKE ? ESCAPE '\\'");
    values << upper << QString(upper + QChar(0xFFFF)) << likeContaining(text);
    if (const QString fts = ftsPrefixQuery(text); !fts.isEmpty()) {
        clause += QStringLiteral(" OR p.customer_id IN (SELECT rowid FROM customers_fts "
                                 "WHERE customers_fts MATCH ?)");
        values << fts;
    }
    return u'(' + clause + u')';
}

QString whereOf(const PaymentPageQuery& q, QVariantList& values) {
    QStringList parts;
    if (const QString code = q.customerCode.trimmed().toUpper(); !code.isEmpty()) {
        // payments_customer answers one customer's payments.
        parts << QStringLiteral("p.customer_id = (SELECT id FROM customers WHERE code = ?)");
        values << code;
    }
    if (!q.method.isEmpty()) {
        parts << QStringLiteral("p.method = ?");
        values << q.method;
    }
    if (!q.kind.isEmpty()) {
        parts << QStringLiteral("p.kind = ?");
        values << q.kind;
    }
    if (q.from.isValid()) {
        parts << QStringLiteral("p.date >= ?");
        values << isoDate(q.from);
    }
    if (q.to.isValid()) {
        parts << QStringLiteral("p.date <= ?");
        values << isoDate(q.to);
    }
    if (const QString search = q.search.trimmed(); !search.isEmpty())
        parts << searchClause(search, values);
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

const QString kFrom = QStringLiteral(" FROM payments p JOIN customers c ON c.id = p.customer_id");

} // namespace

Result<QList<domain::Payment>> PaymentList::page(const PaymentPageQuery& query) {
    QVariantList values;
    QString sql = QStringLiteral("SELECT p.id, p.number, p.kind, p.customer_id, c.code, c.name, "
                                 "p.amount, p.unallocated, p.charged_back, p.method, p.date, "
                                 "p.reference, p.user_name") +
                  kFrom + whereOf(query, values);
    const QString column = sortColumn(query.sortKey);
    if (column.isEmpty()) { // the newest first: payments_date read backwards
        sql += QStringLiteral(" ORDER BY p.date DESC, p.id DESC LIMIT ? OFFSET ?");
        values << query.limit << query.offset;
    } else {
        sql += pageClause(query, column, QStringLiteral("p.id"), values);
    }
    auto rows = read(m_db, sql, values);
    if (!rows)
        return fail(rows.error());
    QList<domain::Payment> out;
    while (rows->next()) {
        domain::Payment p;
        p.id = rows->integer(0);
        p.number = rows->text(1);
        p.kind = rows->text(2);
        p.customerId = rows->integer(3);
        p.customerCode = rows->text(4);
        p.customerName = rows->text(5);
        p.amount = Money::fromMinor(rows->integer(6), m_currency);
        p.unallocated = Money::fromMinor(rows->integer(7), m_currency);
        p.chargedBack = Money::fromMinor(rows->integer(8), m_currency);
        p.method = rows->text(9);
        p.date = dateFrom(rows->text(10));
        p.reference = rows->text(11);
        p.recordedBy = rows->text(12);
        out.append(std::move(p));
    }
    return out;
}

Result<qint64> PaymentList::count(const PaymentPageQuery& query) {
    QVariantList values;
    auto rows =
        read(m_db, QStringLiteral("SELECT COUNT(*)") + kFrom + whereOf(query, values), values);
    if (!rows)
        return fail(rows.error());
    return rows->next() ? rows->integer(0) : 0;
}

} // namespace mostrador::storage
