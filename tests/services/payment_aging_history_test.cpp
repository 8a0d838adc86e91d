// SPDX-License-Identifier: MIT
// The aging report as of a past date (issue 5): what the documents dated up to that day
// left open, not today's open amounts aged against it.
#include "payment_test_support.h"
#include "services/statement_service.h"
#include "storage/receivables_repository.h"

#include <random>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class AgingHistoryTest : public test::PaymentFixture {
protected:
    QDate day(int daysAgo) const { return today().addDays(-daysAgo); }
    // A fixture invoice of `code` dated `date`, all due `dueInDays` after it.
    QString invoiceOn(const QString& code, QDate date, qint64 cents, int dueInDays = 30) {
        test::PostedInvoiceSpec spec;
        spec.customerId = customer(code).id;
        spec.total = cents;
        spec.date = date;
        spec.installments = {{date.addDays(dueInDays), money(cents)}};
        return test::postFixtureInvoice(s().database(), spec);
    }
    Payment payOn(const QString& code, QDate date, qint64 cents,
                  QList<AllocationRequest> invoices = {}) {
        PaymentInput in = payment(code, cents, std::move(invoices));
        in.date = date;
        return pay(in);
    }
    void chargebackOn(const QString& paymentNumber, QDate date, qint64 cents) {
        ChargebackInput in = chargeback(paymentNumber, cents);
        in.date = date;
        auto cb = s().payments().chargeback(accounting, in);
        ASSERT_TRUE(cb) << cb.error().message.toStdString();
    }
    // A credit note row as the returns service writes it, and the AR balance lowered.
    QString creditNoteOn(const QString& code, QDate date, qint64 cents) {
        const qint64 id = customer(code).id;
        const QString number = u"CN-H-%1"_s.arg(rows("credit_notes") + 1);
        EXPECT_TRUE(storage::write(
            s().database(),
            u"INSERT INTO credit_notes (number, customer_id, customer_code, customer_name, date, "
            "currency, untaxed, tax, total, unallocated, user_name, created_at) SELECT ?, id, "
            "code, name, ?, 'EUR', ?, 0, ?, ?, 'ana', ? FROM customers WHERE id = ?"_s,
            {number, date.toString(Qt::ISODate), cents, cents, cents, date.toString(Qt::ISODate),
             id}));
        EXPECT_TRUE(storage::CustomerAccountRepository(s().database()).addArBalance(id, -cents));
        return number;
    }
    AgingReport agingOn(QDate asOf, const QString& code = {}) {
        auto r = s().payments().aging(admin, asOf, code);
        EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
        return r ? *r : AgingReport{};
    }
    static const AgingLine* lineOf(const AgingReport& r, const QString& code) {
        for (const AgingLine& l : r.lines)
            if (l.customerCode == code)
                return &l;
        return nullptr;
    }
    static qint64 at(const AgingReport& r, AgingBucket b) { return r.totals[b].minor(); }
};

} // namespace

TEST_F(AgingHistoryTest, PostedAfterIsOutPaidAfterIsOpenAndPaymentsAfterAreNoCredit) {
    const QDate asOf = day(10);
    const QString early = invoiceOn(u"BETA"_s, day(60), 5000); // due 20 days before asOf
    invoiceOn(u"BETA"_s, day(5), 7000);                        // posted after asOf
    payOn(u"BETA"_s, day(3), 6000, {to(early)});               // pays early, 1000 credit
    ASSERT_EQ(settled(early).balance, 0);

    const AgingReport past = agingOn(asOf);
    EXPECT_EQ(past.asOf, asOf);
    ASSERT_EQ(past.lines.size(), 1);
    EXPECT_EQ(at(past, AgingBucket::Days1To30), 5000); // open then, 20 days past due
    EXPECT_EQ(at(past, AgingBucket::Current), 0);      // neither the later invoice nor credit
    EXPECT_EQ(past.lines.first().credit, money(0));
    EXPECT_EQ(past.totals.total(), money(5000));

    const AgingReport now = agingOn(today());
    EXPECT_EQ(at(now, AgingBucket::Current), 7000 - 1000);
    EXPECT_EQ(at(now, AgingBucket::Days1To30), 0);
    EXPECT_EQ(now.totals.total().minor(), ar(u"BETA"_s));
    // Before anything was posted there is nothing to age.
    EXPECT_TRUE(agingOn(day(70)).lines.isEmpty());
}

TEST_F(AgingHistoryTest, AChargebackReopensFromItsOwnDate) {
    const QString inv = invoiceOn(u"ALFA"_s, day(50), 4000); // due 20 days ago
    const Payment p = payOn(u"ALFA"_s, day(30), 4000);
    chargebackOn(p.number, day(5), 1500);
    ASSERT_EQ(settled(inv).balance, 1500);
    // Before the chargeback the invoice was paid: nothing open.
    EXPECT_TRUE(agingOn(day(10)).lines.isEmpty());
    // From its date on, what it took back is open again, aged by the invoice's due date.
    const AgingReport after = agingOn(day(2));
    EXPECT_EQ(at(after, AgingBucket::Days1To30), 1500);
    EXPECT_EQ(after.totals.total(), money(1500));
    // Before the payment, all of it was open.
    EXPECT_EQ(at(agingOn(day(35)), AgingBucket::Current), 4000);
}

TEST_F(AgingHistoryTest, ChargebacksOfOnePaymentAreReplayedNewestAllocationFirst) {
    const QString older = invoiceOn(u"BETA"_s, day(80), 3000, 10); // due 70 days ago
    const QString newer = invoiceOn(u"BETA"_s, day(40), 2000, 10); // due 30 days ago
    const Payment p = payOn(u"BETA"_s, day(25), 5500);             // 500 left as credit
    chargebackOn(p.number, day(20), 1000); // 500 of credit, then 500 of `newer`
    chargebackOn(p.number, day(10), 2000); // the rest of `newer`, then 500 of `older`
    ASSERT_EQ(settled(newer).balance, 2000);
    ASSERT_EQ(settled(older).balance, 500);

    const AgingReport first = agingOn(day(15), u"BETA"_s);
    ASSERT_EQ(first.lines.size(), 1);
    EXPECT_EQ(at(first, AgingBucket::Days1To30), 500); // `newer`, 15 days past due
    EXPECT_EQ(at(first, AgingBucket::Days61To90), 0);  // `older` still paid
    EXPECT_EQ(first.lines.first().credit, money(0));
    const AgingReport second = agingOn(day(5), u"BETA"_s);
    EXPECT_EQ(at(second, AgingBucket::Days1To30), 2000); // `newer`, 25 days
    EXPECT_EQ(at(second, AgingBucket::Days61To90), 500); // `older`, 75 days
    EXPECT_EQ(second.totals.total(), money(2500));
    // Between the payment and the first chargeback: the credit.
    const AgingReport paid = agingOn(day(22), u"BETA"_s);
    EXPECT_EQ(paid.lines.first().credit, money(-500));
    EXPECT_EQ(paid.totals.total(), money(-500));
}

TEST_F(AgingHistoryTest, ACreditNoteAllocatedLaterIsCreditUntilThen) {
    const QString inv = invoiceOn(u"GAMA"_s, day(40), 3000); // due 10 days ago
    const QString note = creditNoteOn(u"GAMA"_s, day(20), 1200);
    auto made = s().returns().allocate(accounting, note, {to(inv)}); // allocated today
    ASSERT_TRUE(made) << made.error().message.toStdString();
    ASSERT_EQ(settled(inv).balance, 1800);

    const AgingReport past = agingOn(day(5));
    const AgingLine* gama = lineOf(past, u"GAMA"_s);
    ASSERT_NE(gama, nullptr);
    EXPECT_EQ(gama->amounts[AgingBucket::Days1To30], money(3000)); // not against the invoice
    EXPECT_EQ(gama->credit, money(-1200));
    EXPECT_EQ(gama->amounts[AgingBucket::Current], money(-1200));
    EXPECT_EQ(gama->amounts.total(), money(1800));
    // Before the credit note, only the invoice.
    EXPECT_EQ(agingOn(day(25)).totals.total(), money(3000));
}

TEST_F(AgingHistoryTest, TheStatementAgesAsOfItsPastEnd) {
    const QString inv = invoiceOn(u"BETA"_s, day(60), 2500); // due 30 days ago
    payOn(u"BETA"_s, day(2), 2500, {to(inv)});
    auto st = s().statements().statement(admin, u"BETA"_s, {day(90), day(10)});
    ASSERT_TRUE(st) << st.error().message.toStdString();
    EXPECT_EQ(st->aging[AgingBucket::Days1To30], money(2500)); // open on the 10th day back
    EXPECT_EQ(st->aging.total(), st->closingBalance);
}

namespace {

// A random history walked day by day into the past's order: invoices (split terms, a
// deposit), payments to chosen invoices or oldest first, overpayments, chargebacks,
// credit applied, credit notes allocated and refunded. Allocations the services date
// today are dated the walk's day, so the database at each day is what it was then: the
// report taken then (today's path, aged as of that day) is the reference for the
// history's report of that day, and the documents give the AR balance independently.
class AgingHistoryProperty : public AgingHistoryTest {
protected:
    std::mt19937 rng{20261128};
    const QStringList codes{u"ALFA"_s, u"BETA"_s, u"GAMA"_s, u"PREP"_s};
    qint64 depositId = 0;
    qint64 depositLeft = 0;
    QDate on;

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
    void dateTodaysAllocations() {
        ASSERT_TRUE(storage::write(s().database(),
                                   u"UPDATE allocations SET date = ? WHERE date = ?"_s,
                                   {on.toString(Qt::ISODate), today().toString(Qt::ISODate)}));
    }
    void post() {
        test::PostedInvoiceSpec spec;
        const QString code = anyCustomer();
        spec.customerId = customer(code).id;
        spec.total = pick(1, 60000);
        spec.date = on;
        const QDate due = on.addDays(pick(0, 60));
        if (pick(0, 2) == 0 && spec.total > 1) {
            const qint64 first = spec.total / 2;
            spec.installments = {{due, money(first)}, {due.addDays(30), money(spec.total - first)}};
        } else {
            spec.installments = {{due, money(spec.total)}};
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
        in.date = on;
        const QStringList open = openInvoices(code);
        if (!open.isEmpty() && pick(0, 1) == 0)
            in.invoices.append(to(open[pick(0, int(open.size()) - 1)]));
        (void)s().payments().add(accounting, in); // refusals are part of the walk
    }
    void chargeOne() {
        auto list = s().payments().list(admin, {}, 1000);
        ASSERT_TRUE(list);
        QList<Payment> payments;
        for (const Payment& p : *list)
            if (p.kind == u"payment"_s && p.amount > p.chargedBack)
                payments.append(p);
        if (payments.isEmpty())
            return;
        const Payment& p = payments[pick(0, int(payments.size()) - 1)];
        const qint64 left = (p.amount - p.chargedBack).minor();
        ChargebackInput in = chargeback(p.number, pick(1, int(std::min<qint64>(left, 30000))));
        in.date = on;
        ASSERT_TRUE(s().payments().chargeback(accounting, in));
    }
    void applyCredit() {
        ASSERT_TRUE(s().payments().applyCredit(accounting, anyCustomer(), {}));
        dateTodaysAllocations();
    }
    std::pair<QString, qint64> openNote() {
        auto q = storage::run(s().database().connection(),
                              u"SELECT number, unallocated FROM credit_notes WHERE "
                              "unallocated > 0 ORDER BY id"_s);
        QList<std::pair<QString, qint64>> open;
        while (q && q->next())
            open.append({q->value(0).toString(), q->value(1).toLongLong()});
        return open.isEmpty() ? std::pair<QString, qint64>() : open[pick(0, int(open.size()) - 1)];
    }
    void useNote() {
        const auto [number, left] = openNote();
        if (number.isEmpty())
            return;
        if (pick(0, 1) == 0) {
            (void)s().returns().allocate(accounting, number, {});
            dateTodaysAllocations();
            return;
        }
        RefundInput in;
        in.creditNoteNumber = number;
        in.amount = money(pick(1, int(left)));
        in.date = on;
        ASSERT_TRUE(s().returns().refund(accounting, in));
    }
    void step() {
        const int action = pick(0, 12);
        if (action < 3)
            post();
        else if (action < 6)
            payOne();
        else if (action < 7)
            applyCredit();
        else if (action < 9)
            chargeOne();
        else if (action < 10)
            creditNoteOn(anyCustomer(), on, pick(1, 20000));
        else if (action < 12)
            useNote();
    }
    qint64 sum(const char* sql, const QString& code, QDate asOf) {
        return scalar(QString::fromLatin1(sql), {customer(code).id, asOf.toString(Qt::ISODate)});
    }
    // The AR balance as of `asOf`, from the documents dated up to it.
    qint64 arOn(const QString& code, QDate asOf) {
        return sum("SELECT COALESCE(SUM(total), 0) FROM invoices WHERE customer_id = ? AND "
                   "status <> 'draft' AND date <= ?",
                   code, asOf) -
               sum("SELECT COALESCE(SUM(a.amount), 0) FROM deposit_applications a JOIN invoices "
                   "i ON i.id = a.invoice_id WHERE i.customer_id = ? AND i.date <= ?",
                   code, asOf) -
               sum("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ? AND "
                   "date <= ?",
                   code, asOf) +
               sum("SELECT COALESCE(SUM(amount), 0) FROM chargebacks WHERE customer_id = ? AND "
                   "date <= ?",
                   code, asOf) -
               sum("SELECT COALESCE(SUM(total), 0) FROM credit_notes WHERE customer_id = ? AND "
                   "date <= ?",
                   code, asOf);
    }
    static void expectSame(const AgingReport& got, const AgingReport& want, QDate asOf) {
        ASSERT_EQ(got.lines.size(), want.lines.size()) << asOf.toString(Qt::ISODate).toStdString();
        for (qsizetype i = 0; i < got.lines.size(); ++i) {
            const AgingLine& g = got.lines[i];
            const AgingLine& w = want.lines[i];
            const std::string where =
                g.customerCode.toStdString() + " " + asOf.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(g.customerCode, w.customerCode) << where;
            EXPECT_EQ(g.credit, w.credit) << where;
            for (int b = 0; b < kAgingBuckets; ++b)
                EXPECT_EQ(g.amounts.buckets[b], w.amounts.buckets[b]) << where << " bucket " << b;
        }
    }
};

} // namespace

TEST_F(AgingHistoryProperty, EveryPastDayIsWhatItsReportSaidAndSumsToItsArBalance) {
    const SalesOrder o = draft(u"BETA"_s, {line(u"TOR-M6"_s, 50)});
    DepositInput dep;
    dep.orderNumber = o.number;
    dep.amount = money(60500);
    dep.date = day(200);
    auto d = s().deposits().add(admin, dep);
    ASSERT_TRUE(d);
    depositId = d->id;
    depositLeft = 60500;
    QList<std::pair<QDate, AgingReport>> taken; // the report of each day as it ended
    for (on = day(200); on < today(); on = on.addDays(pick(1, 3))) {
        for (int n = pick(0, 5); n > 0; --n)
            step();
        auto then =
            storage::ReceivablesRepository(s().database(), s().context().currency).aging(on);
        ASSERT_TRUE(then);
        AgingReport r;
        for (const storage::AgingRow& row : *then)
            r.lines.append({row.customerCode, row.customerName, row.amounts, row.credit});
        taken.append({on, r});
    }
    EXPECT_GT(rows("chargebacks"), 10);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM (SELECT payment_id FROM chargebacks GROUP BY "
                     "payment_id HAVING COUNT(*) > 1)"_s),
              0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM allocations WHERE undone > 0"_s), 0);
    EXPECT_GT(rows("deposit_applications"), 0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM allocations WHERE credit_note_id IS NOT NULL"_s), 0);
    EXPECT_GT(scalar(u"SELECT COUNT(*) FROM payments WHERE kind = 'refund'"_s), 0);
    for (const auto& [asOf, then] : taken) {
        const AgingReport now = agingOn(asOf);
        expectSame(now, then, asOf);
        for (const QString& code : codes) {
            const AgingLine* l = lineOf(now, code);
            EXPECT_EQ(l ? l->amounts.total().minor() : 0, arOn(code, asOf))
                << code.toStdString() << " " << asOf.toString(Qt::ISODate).toStdString();
        }
    }
    // Today the history's report is today's.
    auto history = s().payments().agingFromHistory(admin, today());
    ASSERT_TRUE(history);
    expectSame(*history, agingOn(today()), today());
    for (const QString& code : codes) {
        auto one = s().payments().agingFromHistory(admin, day(30), code);
        ASSERT_TRUE(one);
        const AgingReport everyone = agingOn(day(30));
        const AgingLine* all = lineOf(everyone, code);
        EXPECT_EQ(one->totals.total().minor(), all ? all->amounts.total().minor() : 0);
    }
}
