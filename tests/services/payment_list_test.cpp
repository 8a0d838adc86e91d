// SPDX-License-Identifier: MIT
#include "payment_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class PaymentListTest : public test::PaymentFixture {
protected:
    QStringList numbers(const PaymentListQuery& q) {
        auto page = s().payments().page(accounting, q);
        EXPECT_TRUE(page) << (page ? "" : page.error().message.toStdString());
        QStringList out;
        for (const Payment& p : page.value_or(QList<Payment>{}))
            out << p.number;
        auto count = s().payments().countPayments(accounting, q);
        EXPECT_TRUE(count);
        if (q.offset == 0 && q.limit >= out.size() + 1) {
            EXPECT_EQ(count.value_or(-1), out.size());
        }
        return out;
    }
    Payment paid(const QString& code, qint64 cents, const QString& method, QDate date,
                 const QString& reference = {}) {
        PaymentInput in = payment(code, cents);
        in.method = method;
        in.date = date;
        in.reference = reference;
        return pay(in);
    }
};

} // namespace

TEST_F(PaymentListTest, PagesAreNewestFirstAndFilterByCustomerMethodDatesAndSearch) {
    const QDate d = today();
    const Payment a = paid(u"ALFA"_s, 1000, u"cash"_s, d.addDays(-10), u"recibo 7"_s);
    const Payment b = paid(u"BETA"_s, 2000, u"transfer"_s, d.addDays(-5), u"TRF-99"_s);
    const Payment c = paid(u"BETA"_s, 3000, u"card"_s, d.addDays(-1));
    PaymentListQuery all;
    all.limit = 10;
    EXPECT_EQ(numbers(all), (QStringList{c.number, b.number, a.number}));

    PaymentListQuery second = all;
    second.limit = 1;
    second.offset = 1;
    EXPECT_EQ(numbers(second), QStringList{b.number});

    PaymentListQuery beta = all;
    beta.customerCode = u"beta"_s;
    EXPECT_EQ(numbers(beta), (QStringList{c.number, b.number}));
    beta.method = u"transfer"_s;
    EXPECT_EQ(numbers(beta), QStringList{b.number});

    PaymentListQuery dated = all;
    dated.from = d.addDays(-6);
    dated.to = d.addDays(-2);
    EXPECT_EQ(numbers(dated), QStringList{b.number});

    PaymentListQuery search = all;
    search.search = u"trf-9"_s; // reference
    EXPECT_EQ(numbers(search), QStringList{b.number});
    search.search = a.number.left(a.number.size() - 1).toLower(); // number prefix
    EXPECT_EQ(numbers(search).size(), 3);
    search.search = a.number;
    EXPECT_EQ(numbers(search), QStringList{a.number});
    search.search = u"%"_s; // a wildcard matches itself only
    EXPECT_TRUE(numbers(search).isEmpty());

    PaymentListQuery byAmount = all;
    byAmount.sortKey = u"amount"_s;
    EXPECT_EQ(numbers(byAmount), (QStringList{a.number, b.number, c.number}));
    byAmount.sortKey = u"; DROP TABLE payments"_s; // unknown keys fall back to newest first
    EXPECT_EQ(numbers(byAmount), (QStringList{c.number, b.number, a.number}));
}

TEST_F(PaymentListTest, SearchFindsTheCustomerByNameAndTheKindFilterFindsRefunds) {
    const Payment a = paid(u"ALFA"_s, 1000, u"cash"_s, today());
    const Payment b = paid(u"BETA"_s, 1000, u"cash"_s, today());
    ASSERT_TRUE(storage::write(s().database(),
                               u"UPDATE payments SET kind = 'refund', amount = -1000, "
                               "unallocated = 0 WHERE number = ?"_s,
                               {b.number}));
    PaymentListQuery q;
    q.search = customer(u"ALFA"_s).name.split(u' ').first();
    EXPECT_TRUE(numbers(q).contains(a.number));
    EXPECT_FALSE(numbers(q).contains(b.number));
    PaymentListQuery refunds;
    refunds.kind = u"refund"_s;
    EXPECT_EQ(numbers(refunds), QStringList{b.number});
}

TEST_F(PaymentListTest, TheProposalIsWhatAddAllocatesWithTheCustomersCredit) {
    const QString later = invoice(u"BETA"_s, 8000, 20);
    const QString older = invoice(u"BETA"_s, 5000, -10);
    pay(payment(u"BETA"_s, 6000, {to(older)})); // 1,000 left as credit
    const QString third = invoice(u"BETA"_s, 3000, -5);
    auto proposal = s().payments().proposeAllocation(accounting, u"beta"_s, money(7500));
    ASSERT_TRUE(proposal) << proposal.error().message.toStdString();
    EXPECT_EQ(proposal->customerCode, u"BETA"_s);
    EXPECT_EQ(proposal->credit, money(1000));
    ASSERT_EQ(proposal->invoices.size(), 2);
    EXPECT_EQ(proposal->invoices[0].invoice.number, third); // oldest due first
    EXPECT_EQ(proposal->invoices[0].total, money(3000));
    EXPECT_EQ(proposal->invoices[0].date, today().addDays(-35));
    EXPECT_EQ(proposal->invoices[1].invoice.number, later);
    ASSERT_EQ(proposal->plan.allocations.size(), 2);
    EXPECT_EQ(proposal->plan.allocations[0].amount, money(3000));
    EXPECT_EQ(proposal->plan.allocations[1].amount, money(5500)); // 7,500 + 1,000 credit
    EXPECT_TRUE(proposal->plan.leftover.isZero());

    const Payment p = pay(payment(u"BETA"_s, 7500));
    EXPECT_EQ(settled(third).balance, 0);
    EXPECT_EQ(settled(later).balance, 8000 - 5500);
    EXPECT_EQ(p.allocations.size(), 2);
    EXPECT_EQ(rows("payments"), 2);
}
