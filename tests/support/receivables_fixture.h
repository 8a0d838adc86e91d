// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoicing.h"
#include "storage/database.h"
#include "storage/fulfilment_repository.h"
#include "storage/sql.h"

#include <gtest/gtest.h>

namespace mostrador::test {

// A posted invoice written the way posting writes it (issue 5): the row in invoices
// with its balance and first due date, its installments, the deposit it applies and
// the customer's AR balance raised by total − deposit. Payments tests use it so they
// do not depend on invoicing.
struct PostedInvoiceSpec {
    qint64 customerId = 0;
    qint64 total = 0; // minor units
    QDate date;
    QList<domain::Installment> installments; // empty = one on the date
    qint64 depositId = 0;                    // a deposit to apply, 0 = none
    qint64 depositApplied = 0;
};

inline QString postFixtureInvoice(storage::Database& db, const PostedInvoiceSpec& spec) {
    static int counter = 0;
    const QString number = QStringLiteral("INV-T-%1").arg(++counter, 5, 10, QLatin1Char('0'));
    QList<domain::Installment> dues = spec.installments;
    if (dues.isEmpty())
        dues.append({spec.date, domain::Money::fromMinor(spec.total)});
    const domain::Money total = domain::Money::fromMinor(spec.total);
    const domain::Money deposit = domain::Money::fromMinor(spec.depositApplied);
    const auto s = domain::settlementState(dues, total, deposit, domain::Money::zero());
    const QString iso = spec.date.toString(Qt::ISODate);
    auto id = storage::write(
        db,
        QStringLiteral("INSERT INTO invoices (number, draft_number, status, customer_id, "
                       "customer_code, customer_name, date, salesperson, currency, untaxed, tax, "
                       "total, deposits_applied, paid, balance, due_date, posted_at, created_at, "
                       "updated_at) SELECT ?, ?, ?, id, code, name, ?, 'admin', 'EUR', ?, 0, ?, ?, "
                       "0, ?, ?, ?, ?, ? FROM customers WHERE id = ?"),
        {number, QString(QStringLiteral("DRAFT-") + number), s.status, iso, spec.total, spec.total,
         spec.depositApplied, s.balance.minor(),
         s.dueDate.isValid() ? QVariant(s.dueDate.toString(Qt::ISODate)) : QVariant(), iso, iso,
         iso, spec.customerId});
    EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
    for (qsizetype i = 0; id && i < dues.size(); ++i)
        EXPECT_TRUE(storage::write(
            db,
            QStringLiteral("INSERT INTO invoice_due_dates (invoice_id, "
                           "position, due_date, amount) VALUES (?, ?, ?, ?)"),
            {*id, qint64(i + 1), dues[i].dueDate.toString(Qt::ISODate), dues[i].amount.minor()}));
    storage::CustomerAccountRepository accounts(db);
    if (spec.depositApplied > 0) {
        EXPECT_TRUE(storage::write(db,
                                   QStringLiteral("INSERT INTO deposit_applications (deposit_id, "
                                                  "invoice_id, amount) VALUES (?, ?, ?)"),
                                   {spec.depositId, *id, spec.depositApplied}));
        EXPECT_TRUE(storage::write(db,
                                   QStringLiteral("UPDATE deposits SET applied = applied + ? "
                                                  "WHERE id = ?"),
                                   {spec.depositApplied, spec.depositId}));
        EXPECT_TRUE(accounts.addUnappliedDeposits(spec.customerId, -spec.depositApplied));
    }
    EXPECT_TRUE(accounts.addArBalance(spec.customerId, spec.total - spec.depositApplied));
    return number;
}

} // namespace mostrador::test
