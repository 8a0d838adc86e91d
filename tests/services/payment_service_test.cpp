// SPDX-License-Identifier: MIT
#include "payment_test_support.h"

#include <QSignalSpy>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class PaymentServiceTest : public test::PaymentFixture {};

} // namespace

TEST_F(PaymentServiceTest, APaymentPaysTheOldestDueFirst) {
    const QString c = invoice(u"BETA"_s, 8000, 20);
    const QString a = invoice(u"BETA"_s, 10000, -40);
    const QString b = invoice(u"BETA"_s, 5000, -10);
    invoice(u"ALFA"_s, 7000, -90); // another customer's: untouched
    EXPECT_EQ(ar(u"BETA"_s), 23000);
    const Payment p = pay(payment(u"BETA"_s, 17000));
    EXPECT_EQ(p.number, QStringLiteral("PAY-%1-00001").arg(year()));
    ASSERT_EQ(p.allocations.size(), 3);
    EXPECT_EQ(p.allocations[0].invoiceNumber, a);
    EXPECT_EQ(p.allocations[1].invoiceNumber, b);
    EXPECT_EQ(p.allocations[2].invoiceNumber, c);
    EXPECT_EQ(p.allocations[2].amount, money(2000));
    EXPECT_TRUE(p.unallocated.isZero());
    EXPECT_EQ(settled(a).status, u"paid"_s);
    EXPECT_FALSE(settled(a).due.isValid());
    EXPECT_EQ(settled(b).status, u"paid"_s);
    const auto partial = settled(c);
    EXPECT_EQ(partial.status, u"partially_paid"_s);
    EXPECT_EQ(partial.paid, 2000);
    EXPECT_EQ(partial.balance, 6000);
    EXPECT_EQ(partial.due, today().addDays(20));
    EXPECT_EQ(ar(u"BETA"_s), 6000);
    EXPECT_EQ(ar(u"ALFA"_s), 7000);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.add'"_s), 1);
    EXPECT_EQ(toJson(p).value(u"allocations"_s).toArray().size(), 3);
}

TEST_F(PaymentServiceTest, ChosenInvoicesAreAllocatedWithOrWithoutAnAmount) {
    const QString old = invoice(u"BETA"_s, 10000, -40);
    const QString x = invoice(u"BETA"_s, 5000, -10);
    const QString y = invoice(u"BETA"_s, 8000, 5);
    const Payment p = pay(payment(u"BETA"_s, 9000, {to(y.toLower(), 3000), to(x)}));
    ASSERT_EQ(p.allocations.size(), 2);
    EXPECT_EQ(p.allocations[0].invoiceNumber, x); // oldest due first among the named
    EXPECT_EQ(p.allocations[0].amount, money(5000));
    EXPECT_EQ(p.allocations[1].invoiceNumber, y);
    EXPECT_EQ(p.allocations[1].amount, money(3000));
    EXPECT_EQ(p.unallocated, money(1000));
    EXPECT_EQ(settled(old).status, u"posted"_s);
    EXPECT_EQ(settled(y).balance, 5000);
    EXPECT_EQ(ar(u"BETA"_s), 23000 - 9000);
}

TEST_F(PaymentServiceTest, RefusedPaymentsChangeNothing) {
    const QString mine = invoice(u"BETA"_s, 5000, 0);
    const QString theirs = invoice(u"ALFA"_s, 5000, 0);
    const QList<std::pair<PaymentInput, QString>> cases{
        {payment(u"BETA"_s, 0), u"payment.amount"_s},
        {payment(u"BETA"_s, 100, {to(theirs)}), u"payment.other_customer"_s},
        {payment(u"BETA"_s, 100, {to(u"INV-NONE"_s)}), u"invoice.not_found"_s},
        {payment(u"BETA"_s, 100, {to(mine), to(mine)}), u"payment.invoice_twice"_s},
        {payment(u"BETA"_s, 6000, {to(mine, 5001)}), u"allocation.beyond_balance"_s},
        {payment(u"BETA"_s, 1000, {to(mine, 2000)}), u"allocation.beyond_available"_s},
        {payment(u"NOBODY"_s, 100), u"customer.not_found"_s}};
    for (const auto& [in, code] : cases) {
        auto p = s().payments().add(accounting, in);
        ASSERT_FALSE(p) << code.toStdString();
        EXPECT_EQ(p.error().code, code);
    }
    PaymentInput card = payment(u"BETA"_s, 100);
    card.method = u"bitcoin"_s;
    EXPECT_EQ(s().payments().add(accounting, card).error().field, u"method"_s);
    EXPECT_EQ(rows("payments"), 0);
    EXPECT_EQ(rows("allocations"), 0);
    EXPECT_EQ(ar(u"BETA"_s), 5000);
    EXPECT_TRUE(pay(payment(u"BETA"_s, 5000, {to(mine)})).unallocated.isZero());
    EXPECT_EQ(pay(payment(u"BETA"_s, 100)).number, QStringLiteral("PAY-%1-00002").arg(year()));
    // A paid invoice takes nothing more.
    EXPECT_EQ(s().payments().add(accounting, payment(u"BETA"_s, 100, {to(mine)})).error().code,
              u"payment.invoice_paid"_s);
}

TEST_F(PaymentServiceTest, AnOverpaymentIsCreditThatLaterAllocationsUseOldestFirst) {
    const QString a = invoice(u"BETA"_s, 10000, -5);
    const Payment first = pay(payment(u"BETA"_s, 17000));
    EXPECT_EQ(first.unallocated, money(7000));
    EXPECT_EQ(ar(u"BETA"_s), -7000); // the customer is in credit
    const QString b = invoice(u"BETA"_s, 5000, 10);
    auto applied = s().payments().applyCredit(accounting, u"beta"_s, {});
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    ASSERT_EQ(applied->size(), 1);
    EXPECT_EQ(applied->first().invoiceNumber, b);
    EXPECT_EQ(applied->first().paymentNumber, first.number);
    EXPECT_EQ(settled(b).status, u"paid"_s);
    EXPECT_EQ(s().payments().get(admin, first.number)->unallocated, money(2000));
    EXPECT_EQ(ar(u"BETA"_s), -2000);
    // A later payment spends the old credit before its own money.
    const QString c = invoice(u"BETA"_s, 4000, 20);
    const Payment second = pay(payment(u"BETA"_s, 1000));
    ASSERT_EQ(second.allocations.size(), 1);
    EXPECT_EQ(second.allocations[0].amount, money(1000));
    EXPECT_TRUE(s().payments().get(admin, first.number)->unallocated.isZero());
    EXPECT_EQ(settled(c).paid, 3000);
    EXPECT_EQ(settled(c).status, u"partially_paid"_s);
    EXPECT_EQ(settled(a).status, u"paid"_s);
    EXPECT_EQ(ar(u"BETA"_s), 1000);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'payment.allocate'"_s), 1);
    auto position = s().payments().position(admin, u"BETA"_s);
    ASSERT_TRUE(position);
    EXPECT_EQ(position->openInvoices, money(1000));
    EXPECT_TRUE(position->credit.isZero());
}

TEST_F(PaymentServiceTest, ChargebacksTakeCreditFirstThenAllocationsNewestFirst) {
    const QString a = invoice(u"BETA"_s, 6000, -20);
    const QString b = invoice(u"BETA"_s, 6000, -10);
    const Payment p = pay(payment(u"BETA"_s, 15000)); // a 60, b 60, credit 30
    ASSERT_EQ(p.unallocated, money(3000));
    auto cb = s().payments().chargeback(accounting, chargeback(p.number, 4000));
    ASSERT_TRUE(cb) << cb.error().message.toStdString();
    EXPECT_EQ(cb->number, QStringLiteral("CB-%1-00001").arg(year()));
    auto after = s().payments().get(admin, p.number);
    EXPECT_TRUE(after->unallocated.isZero());
    EXPECT_EQ(after->chargedBack, money(4000));
    EXPECT_EQ(settled(b).status, u"partially_paid"_s);
    EXPECT_EQ(settled(b).balance, 1000);
    EXPECT_EQ(settled(a).status, u"paid"_s);
    EXPECT_EQ(ar(u"BETA"_s), -3000 + 4000);
    // Beyond what is left of the payment: refused, nothing moves.
    auto beyond = s().payments().chargeback(accounting, chargeback(p.number, 11001));
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().code, u"chargeback.beyond_payment"_s);
    EXPECT_EQ(rows("chargebacks"), 1);
    EXPECT_EQ(ar(u"BETA"_s), 1000);
    // The rest reopens b entirely, then a.
    ASSERT_TRUE(s().payments().chargeback(accounting, chargeback(p.number, 11000, u"bounced"_s)));
    EXPECT_EQ(settled(a).status, u"posted"_s);
    EXPECT_EQ(settled(a).balance, 6000);
    EXPECT_EQ(settled(a).due, today().addDays(-20));
    EXPECT_EQ(settled(b).status, u"posted"_s);
    EXPECT_EQ(ar(u"BETA"_s), 12000);
    EXPECT_EQ(scalar(u"SELECT SUM(undone) FROM allocations"_s), 12000);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'chargeback.add'"_s), 2);
    auto list = s().payments().chargebacksOf(admin, p.number);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->size(), 2);
    EXPECT_EQ(list->last().reason, u"bounced"_s);
    EXPECT_EQ(s().payments().chargeback(accounting, chargeback(p.number, 1)).error().code,
              u"chargeback.beyond_payment"_s);
    EXPECT_EQ(
        s().payments().chargeback(accounting, chargeback(p.number, 1, u"oops"_s)).error().field,
        u"reason"_s);
}

TEST_F(PaymentServiceTest, OnlyAccountingManagersAndAdminsRecordPayments) {
    const QString a = invoice(u"BETA"_s, 6000, -20);
    for (const Actor& who : {sales, warehouse}) {
        auto p = s().payments().add(who, payment(u"BETA"_s, 1000));
        ASSERT_FALSE(p);
        EXPECT_EQ(p.error().kind, ErrorKind::Permission);
    }
    const Payment p = pay(payment(u"BETA"_s, 1000));
    EXPECT_EQ(s().payments().chargeback(sales, chargeback(p.number, 100)).error().kind,
              ErrorKind::Permission);
    EXPECT_EQ(s().payments().applyCredit(warehouse, u"BETA"_s, {}).error().kind,
              ErrorKind::Permission);
    EXPECT_TRUE(s().payments().add(manager, payment(u"BETA"_s, 1000)));
    EXPECT_EQ(rows("payments"), 2);
    EXPECT_EQ(rows("chargebacks"), 0);
    EXPECT_EQ(settled(a).paid, 2000);
    EXPECT_TRUE(s().payments().list(sales, {}));
    EXPECT_EQ(s().payments().list(sales, u"BETA"_s)->size(), 2);
}

TEST_F(PaymentServiceTest, AnInvoiceOverdueBeyondTheBlockingDaysHoldsTheNextOrder) {
    const QString late = invoice(u"BETA"_s, 5000, -31); // block_overdue_days = 30
    const SalesOrder o = draft(u"BETA"_s, {line(u"TOR-M6"_s, 1)});
    auto held = s().orders().confirm(admin, o.number);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->status, u"credit_hold"_s);
    ASSERT_EQ(held->holdReasons.size(), 1);
    EXPECT_TRUE(held->holdReasons[0].contains(u"31"_s)) << held->holdReasons[0].toStdString();
    // Paid, it no longer holds anything; one exactly 30 days late does not either.
    pay(payment(u"BETA"_s, 5000, {to(late)}));
    invoice(u"BETA"_s, 5000, -30);
    const SalesOrder next = draft(u"BETA"_s, {line(u"TOR-M6"_s, 1)});
    auto passed = s().orders().confirm(admin, next.number);
    ASSERT_TRUE(passed);
    EXPECT_EQ(passed->status, u"confirmed"_s);
}

TEST_F(PaymentServiceTest, APostedInvoiceWithADepositIsPaidAndReopenedThroughTheSameRule) {
    ASSERT_TRUE(s().settings().setValue(admin, u"invoice.policy"_s, u"order"_s));
    const SalesOrder o = confirmed(u"BETA"_s, {line(u"TOR-M6"_s, 10)}); // 121.00
    DepositInput dep;
    dep.orderNumber = o.number;
    dep.amount = money(2100);
    ASSERT_TRUE(s().deposits().add(admin, dep));
    auto posted = s().invoices().createAndPost(admin, {o.number}, {});
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    const QString posting = settled(posted->number).status;
    EXPECT_EQ(ar(u"BETA"_s), 10000);
    const Payment p = pay(payment(u"BETA"_s, 10000));
    ASSERT_EQ(p.allocations.size(), 1);
    EXPECT_EQ(s().invoices().get(admin, posted->number)->status, u"paid"_s);
    EXPECT_EQ(ar(u"BETA"_s), 0);
    ASSERT_TRUE(s().payments().chargeback(accounting, chargeback(p.number, 10000)));
    const auto reopened = settled(posted->number);
    EXPECT_EQ(reopened.status, posting); // as posting left it: only the deposit counted
    EXPECT_EQ(reopened.balance, 10000);
    EXPECT_EQ(reopened.due, posted->dueDate);
    EXPECT_EQ(ar(u"BETA"_s), 10000);
}

TEST_F(PaymentServiceTest, PaymentsAndChargebacksAnnounceTheInvoicesTheyTouch) {
    const QString a = invoice(u"BETA"_s, 6000, -20);
    QSignalSpy announced(&s().notifier(), &ChangeNotifier::changed);
    const Payment p = pay(payment(u"BETA"_s, 1000));
    ASSERT_TRUE(s().payments().chargeback(accounting, chargeback(p.number, 1000)));
    QStringList seen;
    for (const QList<QVariant>& args : announced)
        seen << args[0].toString() + u' ' + args[1].toString();
    EXPECT_EQ(seen.count(u"invoice "_s + a), 2) << seen.join(u", "_s).toStdString();
    EXPECT_TRUE(seen.contains(u"payment "_s + p.number));
    EXPECT_TRUE(seen.contains(u"chargeback CB-"_s + year() + u"-00001"_s));
}
