// SPDX-License-Identifier: MIT
#pragma once

#include "app/app_settings.h"
#include "order_test_support.h"
#include "support/receivables_fixture.h"

#include <QStandardItemModel>

namespace mostrador::test {

// The receivables screens over the order fixture's company, in Spanish: posted invoices
// written as posting writes them (receivables_fixture.h), payments through the service.
class PaymentGuiTest : public OrderGuiTest {
protected:
    void SetUp() override {
        app::AppSettings().remove(QStringLiteral("lists/payments"));
        OrderGuiTest::SetUp();
    }

    QDate today() const { return QDate::currentDate(); }
    // A posted invoice of `code` for `cents`, due `dueInDays` from today (negative: past
    // due), dated 30 days before it falls due.
    QString invoice(const QString& code, qint64 cents, int dueInDays) {
        PostedInvoiceSpec spec;
        spec.customerId = customer(code).id;
        spec.total = cents;
        spec.date = today().addDays(dueInDays - 30);
        spec.installments = {{today().addDays(dueInDays), money(cents)}};
        return postFixtureInvoice(s().database(), spec);
    }
    domain::Payment pay(const QString& code, qint64 cents, const QString& invoiceNumber = {},
                        const QString& method = QStringLiteral("transfer"), QDate date = {}) {
        services::PaymentInput in;
        in.customerCode = code;
        in.amount = money(cents);
        in.method = method;
        in.date = date;
        if (!invoiceNumber.isEmpty())
            in.invoices.append({invoiceNumber, std::nullopt});
        auto p = s().payments().add(accounting, in);
        EXPECT_TRUE(p) << (p ? "" : p.error().message.toStdString());
        return p ? *p : domain::Payment{};
    }
    // paid and balance (cents) and status of an invoice, as stored.
    struct Settled {
        QString status;
        qint64 paid = 0;
        qint64 balance = 0;
    };
    Settled settled(const QString& number) {
        auto q = storage::run(
            s().database().connection(),
            QStringLiteral("SELECT status, paid, balance FROM invoices WHERE number = ?"),
            {number});
        EXPECT_TRUE(q && q->next());
        if (!q)
            return {};
        return {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    }
    qint64 ar(const QString& code) { return account(code).arBalance; }
    qint64 rows(const char* table) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    }
    // An amount as the screens show it (Spanish: "24,20 €", non-breaking space).
    static QString euros(qint64 cents) { return money(cents).toString(QLocale()); }
};

} // namespace mostrador::test
