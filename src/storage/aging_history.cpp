// SPDX-License-Identifier: MIT
// The aging report as of a past date: what the documents dated up to that day left open,
// rebuilt from today's figures less what happened after it, in a few set-based reads.
#include "storage/database.h"
#include "storage/document_lines.h"
#include "storage/receivables_repository.h"
#include "storage/sql.h"

#include <algorithm>

namespace mostrador::storage {

using domain::Money;

namespace {

// " AND <column> = ?" with its value when only one customer is asked for.
QString onlyCustomer(qint64 customerId, const QString& column, QVariantList& values) {
    if (customerId == 0)
        return {};
    values.append(customerId);
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QDateTime stampFrom(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The payments charged back after the day, as a subquery with its values.
QString chargedBackAfter(QDate asOf, qint64 customerId, QVariantList& values) {
    values.append(isoDate(asOf));
    const QString sql = QStringLiteral("SELECT payment_id FROM chargebacks WHERE date > ?");
    return sql + onlyCustomer(customerId, QStringLiteral("customer_id"), values);
}

} // namespace

Result<QList<ChargebackHistory>> ReceivablesRepository::chargebacksAfter(QDate asOf,
                                                                         qint64 customerId) {
    QVariantList values;
    const QString payments = chargedBackAfter(asOf, customerId, values);
    auto cbs = read(m_db,
                    QStringLiteral("SELECT c.payment_id, p.amount, c.amount, c.date, c.created_at "
                                   "FROM chargebacks c JOIN payments p ON p.id = c.payment_id "
                                   "WHERE c.payment_id IN (") +
                        payments + QStringLiteral(") ORDER BY c.payment_id, c.id"),
                    values);
    if (!cbs)
        return fail(cbs.error());
    QList<ChargebackHistory> out;
    QHash<qint64, qsizetype> index;
    while (cbs->next()) {
        if (out.isEmpty() || out.last().paymentId != cbs->integer(0)) {
            index.insert(cbs->integer(0), out.size());
            out.append({cbs->integer(0), Money::fromMinor(cbs->integer(1), m_currency), {}, {}});
        }
        out.last().chargebacks.append({Money::fromMinor(cbs->integer(2), m_currency),
                                       dateFrom(cbs->text(3)), stampFrom(cbs->text(4))});
    }
    auto allocations =
        read(m_db,
             QStringLiteral("SELECT payment_id, id, invoice_id, amount, undone, date, created_at "
                            "FROM allocations WHERE payment_id IN (") +
                 payments + QStringLiteral(") ORDER BY payment_id, id"),
             values);
    if (!allocations)
        return fail(allocations.error());
    while (allocations->next()) {
        const auto at = index.constFind(allocations->integer(0));
        if (at == index.constEnd())
            continue;
        domain::Allocation a;
        a.id = allocations->integer(1);
        a.invoiceId = allocations->integer(2);
        a.amount = Money::fromMinor(allocations->integer(3), m_currency);
        a.undone = Money::fromMinor(allocations->integer(4), m_currency);
        a.date = dateFrom(allocations->text(5));
        out[*at].allocations.append({a, stampFrom(allocations->text(6))});
    }
    return out;
}

namespace {

// Customers' AR balances as of the day, from the documents dated up to it.
QString balancesSql(qint64 customerId, const QString& day, QVariantList& values) {
    const QStringList parts{
        QStringLiteral("SELECT customer_id, total - deposits_applied AS amount FROM invoices "
                       "WHERE status <> 'draft' AND date <= ?"),
        QStringLiteral("SELECT customer_id, -amount FROM payments WHERE date <= ?"),
        QStringLiteral("SELECT customer_id, amount FROM chargebacks WHERE date <= ?"),
        QStringLiteral("SELECT customer_id, -total FROM credit_notes WHERE date <= ?")};
    QString sql = QStringLiteral("SELECT x.customer_id, c.code, c.name, SUM(x.amount) FROM (");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        values.append(day);
        sql += (i ? QStringLiteral(" UNION ALL ") : QString()) + parts[i];
        sql += onlyCustomer(customerId, QStringLiteral("customer_id"), values);
    }
    return sql + QStringLiteral(") x JOIN customers c ON c.id = x.customer_id "
                                "GROUP BY x.customer_id, c.code, c.name");
}

// The invoices that may have been open on the day, with their installments: those open
// today, those paid after it and those a later chargeback reopened. What covered them
// then = deposits + paid today − what allocations dated after the day paid.
QString openThenSql(QDate asOf, qint64 customerId, QVariantList& values) {
    const QString day = isoDate(asOf);
    values.append(day);
    QString sql = QStringLiteral("WITH later AS (SELECT invoice_id, SUM(amount - undone) AS back "
                                 "FROM allocations WHERE date > ?");
    if (customerId != 0) {
        values.append(customerId);
        sql += QStringLiteral(" AND invoice_id IN (SELECT id FROM invoices WHERE customer_id = ?)");
    }
    sql += QStringLiteral(" GROUP BY invoice_id), candidates AS (SELECT id FROM invoices "
                          "WHERE balance <> 0");
    sql += onlyCustomer(customerId, QStringLiteral("customer_id"), values);
    sql += QStringLiteral(" UNION SELECT invoice_id FROM later UNION SELECT invoice_id FROM "
                          "allocations WHERE undone > 0 AND payment_id IN (");
    sql += chargedBackAfter(asOf, customerId, values);
    sql += QStringLiteral(")) SELECT i.id, i.customer_id, i.date, i.total, "
                          "i.deposits_applied + i.paid - COALESCE(l.back, 0), d.due_date, "
                          "d.amount FROM candidates k JOIN invoices i ON i.id = k.id "
                          "LEFT JOIN later l ON l.invoice_id = i.id "
                          "LEFT JOIN invoice_due_dates d ON d.invoice_id = i.id "
                          "WHERE i.status <> 'draft' AND i.date <= ?");
    values.append(day);
    sql += onlyCustomer(customerId, QStringLiteral("i.customer_id"), values);
    return sql + QStringLiteral(" ORDER BY i.id, d.position");
}

} // namespace

// The invoices' buckets first, by customer id; then the balances, which name every
// customer with a document dated up to the day, give each row its code, name and credit.
Result<QList<AgingRow>> ReceivablesRepository::agingAsOf(QDate asOf, qint64 customerId,
                                                         const QHash<qint64, Money>& reopened) {
    QHash<qint64, domain::AgingAmounts> aged;
    QVariantList values;
    const QString sql = openThenSql(asOf, customerId, values);
    auto open = read(m_db, sql, values);
    if (!open)
        return fail(open.error());
    qint64 current = 0, customer = 0;
    QList<domain::Installment> schedule;
    Money covered;
    auto flush = [&] {
        domain::AgingAmounts unpaid(m_currency);
        domain::ageInvoice(unpaid, schedule, covered, asOf);
        schedule.clear();
        if (current == 0 || unpaid.total().isZero())
            return;
        auto it = aged.find(customer);
        if (it == aged.end())
            it = aged.insert(customer, domain::AgingAmounts(m_currency));
        *it += unpaid;
    };
    while (open->next()) {
        if (open->integer(0) != current) {
            flush();
            current = open->integer(0);
            customer = open->integer(1);
            covered = Money::fromMinor(open->integer(4), m_currency) +
                      reopened.value(current, Money::zero(m_currency));
            if (open->isNull(5)) // no installments: the whole total is due on the date
                schedule.append(
                    {dateFrom(open->text(2)), Money::fromMinor(open->integer(3), m_currency)});
        }
        if (!open->isNull(5))
            schedule.append(
                {dateFrom(open->text(5)), Money::fromMinor(open->integer(6), m_currency)});
    }
    flush();
    QVariantList balanceValues;
    const QString balanceSql = balancesSql(customerId, isoDate(asOf), balanceValues);
    auto balances = read(m_db, balanceSql, balanceValues);
    if (!balances)
        return fail(balances.error());
    QList<AgingRow> out;
    while (balances->next()) {
        const qint64 id = balances->integer(0);
        AgingRow r{
            id, {}, {}, aged.value(id, domain::AgingAmounts(m_currency)), Money::zero(m_currency)};
        const Money balance = Money::fromMinor(balances->integer(3), m_currency);
        r.credit = balance - r.amounts.total(); // unallocated payments and credit notes then
        if (r.credit.isZero() && !aged.contains(id))
            continue;
        r.amounts[domain::AgingBucket::Current] += r.credit;
        r.customerCode = balances->text(1);
        r.customerName = balances->text(2);
        out.append(std::move(r));
    }
    std::sort(out.begin(), out.end(),
              [](const AgingRow& a, const AgingRow& b) { return a.customerCode < b.customerCode; });
    return out;
}

} // namespace mostrador::storage
