// SPDX-License-Identifier: MIT
// The aging report, and the property that the running AR balances always equal what the
// documents add up to.
#include "payment_test_support.h"

#include <random>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class PaymentAgingTest : public test::PaymentFixture {
protected:
    AgingLine line(const AgingReport& report, const QString& code) {
        for (const AgingLine& l : report.lines)
            if (l.customerCode == code)
                return l;
        ADD_FAILURE() << "no aging line for " << code.toStdString();
        return AgingLine{};
    }
    qint64 bucket(const AgingLine& l, AgingBucket b) { return l.amounts[b].minor(); }
};

} // namespace

TEST_F(PaymentAgingTest, BucketsByDaysPastDueAtEachBoundary) {
    // days past due → amount: the amounts tell the buckets apart.
    const QList<std::pair<int, qint64>> due{{0, 1},        {1, 10},       {30, 100},
                                            {31, 1000},    {60, 10000},   {61, 100000},
                                            {90, 1000000}, {91, 10000000}};
    for (const auto& [days, cents] : due)
        invoice(u"BETA"_s, cents, -days);
    auto report = s().payments().aging(admin, {}, u"BETA"_s);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_EQ(report->lines.size(), 1);
    const AgingLine l = report->lines.first();
    EXPECT_EQ(bucket(l, AgingBucket::Current), 1);
    EXPECT_EQ(bucket(l, AgingBucket::Days1To30), 110);
    EXPECT_EQ(bucket(l, AgingBucket::Days31To60), 11000);
    EXPECT_EQ(bucket(l, AgingBucket::Days61To90), 1100000);
    EXPECT_EQ(bucket(l, AgingBucket::Over90), 10000000);
    EXPECT_EQ(l.amounts.total().minor(), ar(u"BETA"_s));
    // A month later everything has moved on by a month.
    auto later = s().payments().aging(admin, today().addDays(30), u"BETA"_s);
    ASSERT_TRUE(later);
    EXPECT_EQ(bucket(later->lines.first(), AgingBucket::Current), 0);
    EXPECT_EQ(bucket(later->lines.first(), AgingBucket::Days1To30), 1);
    EXPECT_EQ(bucket(later->lines.first(), AgingBucket::Over90), 11100000); // 61, 90, 91
}

TEST_F(PaymentAgingTest, SplitTermsAgeEachInstallmentAndCreditCountsAsCurrent) {
    test::PostedInvoiceSpec spec;
    spec.customerId = customer(u"ALFA"_s).id;
    spec.total = 7000;
    spec.date = today().addDays(-75);
    spec.installments = {{today().addDays(-45), money(3000)}, {today().addDays(15), money(4000)}};
    const QString split = test::postFixtureInvoice(s().database(), spec);
    EXPECT_EQ(settled(split).due, today().addDays(-45));
    pay(payment(u"ALFA"_s, 1000, {to(split)}));
    invoice(u"BETA"_s, 2500, -100);
    pay(payment(u"GAMA"_s, 500)); // nothing to pay: all credit
    auto report = s().payments().aging(accounting, today());
    ASSERT_TRUE(report);
    ASSERT_EQ(report->lines.size(), 3);
    EXPECT_EQ(report->lines[0].customerCode, u"ALFA"_s); // sorted by code
    const AgingLine alfa = line(*report, u"ALFA"_s);
    EXPECT_EQ(bucket(alfa, AgingBucket::Days31To60), 2000);
    EXPECT_EQ(bucket(alfa, AgingBucket::Current), 4000);
    const AgingLine gama = line(*report, u"GAMA"_s);
    EXPECT_EQ(gama.credit, money(-500));
    EXPECT_EQ(bucket(gama, AgingBucket::Current), -500);
    for (const AgingLine& l : report->lines)
        EXPECT_EQ(l.amounts.total().minor(), ar(l.customerCode)) << l.customerCode.toStdString();
    EXPECT_EQ(report->totals.total(), money(6000 + 2500 - 500));
    EXPECT_EQ(report->totals[AgingBucket::Over90], money(2500));
    const QJsonArray json = toJson(*report);
    ASSERT_EQ(json.size(), 4);
    EXPECT_TRUE(json.last().toObject().value(u"customer"_s).isNull());
    EXPECT_EQ(json.last().toObject().value(u"total"_s).toString(), u"80.00"_s);
    EXPECT_EQ(json.first().toObject().value(u"d31_60"_s).toString(), u"20.00"_s);
}

namespace {

// A seeded random walk over postings, payments, credit allocations, chargebacks, returns
// (with their credit notes), credit note allocations and refunds.
class ReceivablesProperty : public test::PaymentFixture {
protected:
    std::mt19937 rng{20261127};
    const QStringList codes{u"ALFA"_s, u"BETA"_s, u"GAMA"_s, u"PREP"_s};
    qint64 depositId = 0;
    qint64 depositLeft = 0;
    QStringList shipments; // 20 TOR-M6 each, 12 of them invoiced for real

    // An order of ALFA and of BETA, shipped whole and partly invoiced, for returns to
    // credit (the invoiced part) or take off what is still to invoice (the rest).
    void shipAndInvoice(const QString& code) {
        const SalesOrder o = confirmed(code, {line(u"TOR-M6"_s, 20)});
        ShipmentInput in;
        in.orderNumber = o.number;
        auto sh = s().shipments().create(warehouse, in);
        ASSERT_TRUE(sh);
        shipments << sh->number;
        auto draft = s().invoices().createDraft(accounting, {o.number});
        ASSERT_TRUE(draft);
        InvoiceEdit edit;
        edit.version = draft->version;
        edit.lines = {{draft->lines[0].id, units(12)}};
        ASSERT_TRUE(s().invoices().update(accounting, draft->number, edit));
        ASSERT_TRUE(s().invoices().post(accounting, draft->number));
    }
    void returnOne() {
        ReturnInput in;
        in.shipmentNumber = shipments[pick(0, int(shipments.size()) - 1)];
        in.lines = {{u"TOR-M6"_s, units(pick(1, 4))}};
        in.reason = u"Walk"_s;
        in.damaged = pick(0, 3) == 0;
        auto r = s().returns().create(warehouse, in);
        if (!r) { // only when the shipment has less left to come back
            EXPECT_EQ(r.error().code, u"return.more_than_shipped"_s);
        }
    }
    // A credit note with something left, and that amount; empty when none.
    std::pair<QString, qint64> openNote() {
        auto q = storage::run(s().database().connection(),
                              u"SELECT number, unallocated FROM credit_notes WHERE "
                              "unallocated > 0 ORDER BY id"_s);
        QList<std::pair<QString, qint64>> open;
        while (q && q->next())
            open.append({q->value(0).toString(), q->value(1).toLongLong()});
        return open.isEmpty() ? std::pair<QString, qint64>() : open[pick(0, int(open.size()) - 1)];
    }
    void allocateNote() {
        const auto [number, left] = openNote();
        if (number.isEmpty())
            return;
        auto n = s().returns().creditNote(admin, number);
        ASSERT_TRUE(n);
        QList<AllocationRequest> named;
        const QStringList open = openInvoices(n->party.customerCode);
        if (!open.isEmpty() && pick(0, 1) == 0)
            named.append(to(open[pick(0, int(open.size()) - 1)]));
        (void)s().returns().allocate(accounting, number, named); // refusals are part of it
    }
    void refundNote() {
        const auto [number, left] = openNote();
        if (number.isEmpty())
            return;
        RefundInput in;
        in.creditNoteNumber = number;
        const qint64 amount = pick(1, int(left + left / 10 + 1));
        in.amount = money(amount);
        auto p = s().returns().refund(accounting, in);
        EXPECT_EQ(p.has_value(), amount <= left) << amount << " of " << left;
    }

    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(rng); }
    QString anyCustomer() { return codes[pick(0, int(codes.size()) - 1)]; }
    QStringList openInvoices(const QString& code) {
        auto q = storage::run(s().database().connection(),
                              u"SELECT i.number FROM invoices i JOIN customers c ON c.id = "
                              "i.customer_id WHERE c.code = ? AND i.balance <> 0 ORDER BY i.id"_s,
                              {code});
        QStringList out;
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }
    void post() {
        test::PostedInvoiceSpec spec;
        const QString code = anyCustomer();
        spec.customerId = customer(code).id;
        spec.total = pick(1, 60000);
        spec.date = today().addDays(-pick(0, 150));
        const QDate due = spec.date.addDays(pick(0, 60));
        if (pick(0, 2) == 0 && spec.total > 1) {
            const qint64 first = spec.total / 2;
            spec.installments = {{due, money(first)}, {due.addDays(30), money(spec.total - first)}};
        }
        if (code == u"BETA"_s && depositLeft > 0 && pick(0, 1) == 0) {
            spec.depositId = depositId;
            spec.depositApplied = std::min<qint64>(depositLeft, pick(1, int(spec.total)));
            depositLeft -= spec.depositApplied;
        }
        test::postFixtureInvoice(s().database(), spec);
    }
    void payOne() {
        const QString code = anyCustomer();
        PaymentInput in = payment(code, pick(1, 40000));
        const QStringList open = openInvoices(code);
        if (!open.isEmpty() && pick(0, 1) == 0)
            in.invoices.append(to(open[pick(0, int(open.size()) - 1)]));
        (void)s().payments().add(accounting, in); // refusals are part of the walk
    }
    void chargeOne() {
        auto list = s().payments().list(admin, {}, 1000);
        ASSERT_TRUE(list);
        if (list->isEmpty())
            return;
        const Payment& p = (*list)[pick(0, int(list->size()) - 1)];
        const qint64 left = (p.amount - p.chargedBack).minor();
        const qint64 amount = pick(1, int(std::max<qint64>(1, left + left / 10)));
        auto cb = s().payments().chargeback(accounting, chargeback(p.number, amount));
        EXPECT_EQ(cb.has_value(), amount <= left) << amount << " of " << left;
    }
    qint64 recount(const char* sql, const QString& code) {
        return scalar(QString::fromLatin1(sql), {customer(code).id});
    }
    void expectConsistent() {
        for (const QString& code : codes) {
            const qint64 expected =
                recount("SELECT COALESCE(SUM(total), 0) FROM invoices WHERE customer_id = ? "
                        "AND status <> 'draft'",
                        code) -
                recount("SELECT COALESCE(SUM(a.amount), 0) FROM deposit_applications a JOIN "
                        "invoices i ON i.id = a.invoice_id WHERE i.customer_id = ?",
                        code) -
                recount("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ?",
                        code) +
                recount("SELECT COALESCE(SUM(amount), 0) FROM chargebacks WHERE customer_id = ?",
                        code) -
                recount("SELECT COALESCE(SUM(total), 0) FROM credit_notes WHERE customer_id = ?",
                        code);
            ASSERT_EQ(ar(code), expected) << code.toStdString();
            auto aged = s().payments().aging(admin, today(), code);
            ASSERT_TRUE(aged);
            const qint64 agedTotal = aged->totals.total().minor();
            ASSERT_EQ(agedTotal, expected) << code.toStdString();
        }
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM invoices i WHERE balance < 0 OR balance <> "
                         "total - deposits_applied - (SELECT COALESCE(SUM(amount - undone), 0) "
                         "FROM allocations a WHERE a.invoice_id = i.id) OR paid <> total - "
                         "deposits_applied - balance"_s),
                  0);
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM payments p WHERE kind = 'payment' AND "
                         "(unallocated < 0 OR amount - charged_back <> unallocated + (SELECT "
                         "COALESCE(SUM(amount - undone), 0) FROM allocations a WHERE "
                         "a.payment_id = p.id))"_s),
                  0);
        // A credit note's total = what is left + what it paid of invoices + its refunds.
        EXPECT_EQ(
            scalar(u"SELECT COUNT(*) FROM credit_notes n WHERE unallocated < 0 OR total <> "
                   "unallocated + (SELECT COALESCE(SUM(amount - undone), 0) FROM "
                   "allocations a WHERE a.credit_note_id = n.id) - (SELECT "
                   "COALESCE(SUM(amount), 0) FROM payments p WHERE p.credit_note_id = n.id)"_s),
            0);
        EXPECT_EQ(
            scalar(u"SELECT COUNT(*) FROM invoices WHERE (balance = 0) <> (status = 'paid')"_s), 0);
    }
};

} // namespace

TEST_F(ReceivablesProperty, ArBalanceEqualsThePostedDocumentsAfterARandomWalk) {
    const SalesOrder o = draft(u"BETA"_s, {line(u"TOR-M6"_s, 50)}); // 605.00
    DepositInput dep;
    dep.orderNumber = o.number;
    dep.amount = money(60500);
    auto d = s().deposits().add(admin, dep);
    ASSERT_TRUE(d);
    depositId = d->id;
    depositLeft = 60500;
    for (const QString& code : {u"ALFA"_s, u"BETA"_s, u"BETA"_s})
        shipAndInvoice(code);
    for (int step = 0; step < 400; ++step) {
        const int action = pick(0, 12);
        if (action < 3)
            post();
        else if (action < 6)
            payOne();
        else if (action < 7)
            ASSERT_TRUE(s().payments().applyCredit(accounting, anyCustomer(), {}));
        else if (action < 10)
            chargeOne();
        else if (action < 11)
            returnOne();
        else if (action < 12)
            allocateNote();
        else
            refundNote();
        if (step % 100 == 99)
            expectConsistent();
    }
    EXPECT_GT(rows("chargebacks"), 10);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM invoices WHERE status = 'partially_paid'"_s), 0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM allocations WHERE undone > 0"_s), 0);
    EXPECT_GT(rows("deposit_applications"), 0);
    EXPECT_GT(rows("credit_notes"), 3);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM allocations WHERE credit_note_id IS NOT NULL"_s), 0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM payments WHERE kind = 'refund'"_s), 0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM sales_order_lines WHERE returned_qty > 0"_s), 0);
    EXPECT_EQ(account(u"BETA"_s).unappliedDeposits, depositLeft);
}
