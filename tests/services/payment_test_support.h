// SPDX-License-Identifier: MIT
#pragma once

#include "services/receivables_json.h"
#include "support/order_fixture.h"
#include "support/receivables_fixture.h"

namespace mostrador::test {

// OrderFixture plus posted invoices (receivables_fixture.h) and short ways to pay them.
class PaymentFixture : public OrderFixture {
protected:
    QDate today() const { return QDate::currentDate(); }

    // A posted invoice of `customer` for `cents`, due `dueInDays` from today (negative:
    // past due), dated 30 days before it falls due.
    QString invoice(const QString& code, qint64 cents, int dueInDays) {
        PostedInvoiceSpec spec;
        spec.customerId = customer(code).id;
        spec.total = cents;
        spec.date = today().addDays(dueInDays - 30);
        spec.installments = {{today().addDays(dueInDays), money(cents)}};
        return postFixtureInvoice(s().database(), spec);
    }
    services::PaymentInput payment(const QString& code, qint64 cents,
                                   QList<services::AllocationRequest> invoices = {}) {
        services::PaymentInput in;
        in.customerCode = code;
        in.amount = money(cents);
        in.invoices = std::move(invoices);
        return in;
    }
    static services::AllocationRequest to(const QString& number,
                                          std::optional<qint64> cents = std::nullopt) {
        services::AllocationRequest r;
        r.invoiceNumber = number;
        if (cents)
            r.amount = money(*cents);
        return r;
    }
    domain::Payment pay(const services::PaymentInput& in) {
        auto p = s().payments().add(accounting, in);
        EXPECT_TRUE(p) << (p ? "" : p.error().message.toStdString());
        return p ? *p : domain::Payment{};
    }
    services::ChargebackInput chargeback(const QString& payment, qint64 cents,
                                         const QString& reason = QStringLiteral("dispute")) {
        services::ChargebackInput in;
        in.paymentNumber = payment;
        in.amount = money(cents);
        in.reason = reason;
        return in;
    }
    // status, paid and balance (cents) of an invoice, and its due date.
    struct Settled {
        QString status;
        qint64 paid = 0;
        qint64 balance = 0;
        QDate due;
    };
    Settled settled(const QString& number) {
        auto q = storage::run(s().database().connection(),
                              QStringLiteral("SELECT status, paid, balance, due_date FROM invoices "
                                             "WHERE number = ?"),
                              {number});
        EXPECT_TRUE(q && q->next());
        if (!q)
            return {};
        return {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                QDate::fromString(q->value(3).toString(), Qt::ISODate)};
    }
    qint64 ar(const QString& code) { return account(code).arBalance; }
    qint64 rows(const char* table) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }
};

} // namespace mostrador::test
