// SPDX-License-Identifier: MIT
#include "services/document_json.h"
#include "services/invoice_json.h"
#include "support/order_fixture.h"

#include <QJsonArray>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

// VAT on advance payments (setting invoice.advance_vat). BETA (no limit, NET30) orders
// TOR-M6 at 10.00 € + 21 % (12.10 € a unit incl. tax) and LIB-10 at 20.00 € + 10 %.
class AdvanceInvoiceTest : public test::OrderFixture {
protected:
    void SetUp() override {
        test::OrderFixture::SetUp();
        Product book = test::sampleProduct(QStringLiteral("LIB-10"), {}, 2000, 1000);
        book.taxCode = QStringLiteral("IVA10");
        ASSERT_TRUE(s().products().create(admin, book, units(100)));
    }

    void setAdvanceVat(bool on) {
        ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("invoice.advance_vat"),
                                            on ? QStringLiteral("true") : QStringLiteral("false")));
    }
    Result<Deposit> addDeposit(const QString& order, qint64 cents, QDate date = {}) {
        DepositInput in;
        in.orderNumber = order;
        in.amount = money(cents);
        in.date = date;
        return s().deposits().add(accounting, in);
    }
    Deposit deposit(const QString& order, qint64 cents, QDate date = {}) {
        auto d = addDeposit(order, cents, date);
        EXPECT_TRUE(d) << (d ? "" : d.error().message.toStdString());
        return d ? *d : Deposit{};
    }
    void ship(const QString& order, const QString& sku, qint64 qty) {
        ShipmentInput in;
        in.orderNumber = order;
        in.lines = {{sku, units(qty)}};
        auto made = s().shipments().create(warehouse, in);
        ASSERT_TRUE(made) << made.error().message.toStdString();
    }
    Invoice invoice(const QString& number) {
        auto inv = s().invoices().get(admin, number);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : Invoice{};
    }
    Invoice posted(const QStringList& orders) {
        auto inv = s().invoices().createAndPost(accounting, orders);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : Invoice{};
    }
    Invoice drafted(const QStringList& orders) {
        auto inv = s().invoices().createDraft(accounting, orders);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : Invoice{};
    }
    static QList<InvoiceLine> deductions(const Invoice& inv) {
        QList<InvoiceLine> out;
        for (const InvoiceLine& l : inv.lines)
            if (l.kind == u"advance")
                out.append(l);
        return out;
    }
    static Money deducted(const Invoice& inv) {
        Money sum = money(0);
        for (const InvoiceLine& l : deductions(inv))
            sum += l.net + l.tax;
        return sum;
    }
    QString invoiceNumber(int n) const {
        return QStringLiteral("INV-%1-%2").arg(year()).arg(n, 5, 10, QLatin1Char('0'));
    }
    qint64 count(const QString& table) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    }
    // customer_accounts.ar_balance against the documents it sums (issue 5).
    void expectArRecounts(const QString& code) {
        const qint64 id = customer(code).id;
        const qint64 invoices = scalar(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM "
                                                      "invoices WHERE customer_id = ? AND "
                                                      "status <> 'draft'"),
                                       {id});
        const qint64 deposits =
            scalar(QStringLiteral("SELECT COALESCE(SUM(a.amount), 0) FROM deposit_applications "
                                  "a JOIN invoices i ON i.id = a.invoice_id WHERE "
                                  "i.customer_id = ?"),
                   {id});
        const qint64 payments = scalar(
            QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ?"),
            {id});
        const qint64 chargebacks = scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM "
                                                         "chargebacks WHERE customer_id = ?"),
                                          {id});
        const qint64 credits = scalar(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM "
                                                     "credit_notes WHERE customer_id = ?"),
                                      {id});
        EXPECT_EQ(account(code).arBalance, invoices - deposits - payments + chargebacks - credits);
        EXPECT_EQ(account(code).unappliedDeposits,
                  scalar(QStringLiteral("SELECT COALESCE(SUM(amount - applied), 0) FROM "
                                        "deposits WHERE customer_id = ?"),
                         {id}));
    }
};

} // namespace

TEST_F(AdvanceInvoiceTest, OffByDefaultADepositPostsNoInvoice) {
    auto value = s().settings().value(QStringLiteral("invoice.advance_vat"));
    ASSERT_TRUE(value);
    EXPECT_EQ(*value, QStringLiteral("false"));
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    const Deposit d = deposit(o.number, 5000);
    EXPECT_TRUE(d.advanceInvoice.isEmpty());
    EXPECT_TRUE(d.applied.isZero());
    EXPECT_EQ(count(QStringLiteral("invoices")), 0);
    EXPECT_EQ(account(QStringLiteral("BETA")).unappliedDeposits, 5000);
    EXPECT_FALSE(services::toJson(d).contains(QStringLiteral("advance_invoice")));
}

TEST_F(AdvanceInvoiceTest, TheSettingIsValidatedAndAudited) {
    auto refused =
        s().settings().setValue(admin, QStringLiteral("invoice.advance_vat"), QStringLiteral("si"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("setting.value_invalid"));
    setAdvanceVat(true);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setting.set' "
                                    "AND entity_key = 'invoice.advance_vat'")),
              1);
}

TEST_F(AdvanceInvoiceTest, OnADepositPostsAPaidAdvanceInvoiceSplitOverTheOrdersTaxes) {
    setAdvanceVat(true);
    // 121.00 at 21 % and 110.00 at 10 %: 100.00 splits 52.38 / 47.62.
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                            line(QStringLiteral("LIB-10"), 5)});
    const Deposit d = deposit(o.number, 10000);
    EXPECT_EQ(d.advanceInvoice, invoiceNumber(1));
    EXPECT_EQ(d.applied, money(10000));
    EXPECT_EQ(services::toJson(d).value(QStringLiteral("advance_invoice")).toString(),
              invoiceNumber(1));
    const Invoice adv = invoice(d.advanceInvoice);
    EXPECT_EQ(adv.kind, QStringLiteral("advance"));
    EXPECT_EQ(adv.status, QStringLiteral("paid"));
    EXPECT_EQ(adv.date, QDate::currentDate());
    EXPECT_EQ(adv.total, money(10000));
    EXPECT_TRUE(adv.balance.isZero());
    EXPECT_EQ(adv.depositsApplied, money(10000));
    ASSERT_EQ(adv.deposits.size(), 1);
    EXPECT_EQ(adv.deposits[0].depositNumber, d.number);
    ASSERT_EQ(adv.lines.size(), 2);
    EXPECT_EQ(adv.lines[0].kind, QStringLiteral("advance"));
    EXPECT_EQ(adv.lines[0].description,
              QStringLiteral("Advance payment for order %1").arg(o.number));
    EXPECT_EQ(adv.lines[0].taxCode, QStringLiteral("IVA21"));
    EXPECT_EQ(adv.lines[0].net, money(4329));
    EXPECT_EQ(adv.lines[0].tax, money(909));
    EXPECT_EQ(adv.lines[1].taxCode, QStringLiteral("IVA10"));
    EXPECT_EQ(adv.lines[1].net, money(4329));
    EXPECT_EQ(adv.lines[1].tax, money(433));
    ASSERT_EQ(adv.taxGroups.size(), 2);
    EXPECT_EQ(adv.taxGroups[1].tax, money(433));
    EXPECT_EQ(orderNumbersOf(adv), QStringList{o.number});
    // Never unapplied, AR unchanged; the next number follows without a gap.
    EXPECT_EQ(account(QStringLiteral("BETA")).unappliedDeposits, 0);
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 0);
    EXPECT_EQ(deposit(o.number, 2000).advanceInvoice, invoiceNumber(2));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'invoice.post' AND entity_key = ?"),
                     {invoiceNumber(1)}),
              1);
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, ABackdatedDepositIsRefusedAndChangesNothing) {
    setAdvanceVat(true);
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const SalesOrder first = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    posted({first.number}); // dated today
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    const qint64 audits = count(QStringLiteral("audit_log"));
    const qint64 counters = scalar(QStringLiteral("SELECT SUM(next_value) FROM number_series"));
    auto refused = addDeposit(o.number, 5000, QDate::currentDate().addDays(-1));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("deposit.backdated"));
    EXPECT_EQ(count(QStringLiteral("deposits")), 0);
    EXPECT_EQ(count(QStringLiteral("invoices")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_log")), audits);
    EXPECT_EQ(scalar(QStringLiteral("SELECT SUM(next_value) FROM number_series")), counters);
    EXPECT_TRUE(stored(o.number).deposits.isZero());
    // Dated today it is taken.
    EXPECT_EQ(deposit(o.number, 5000).advanceInvoice, invoiceNumber(2));
}

TEST_F(AdvanceInvoiceTest, TheFinalInvoiceDeductsTheAdvanceWithTheSameTax) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    deposit(o.number, 6050); // 50.00 + 10.50
    ship(o.number, QStringLiteral("TOR-M6"), 10);
    const Invoice inv = posted({o.number});
    EXPECT_EQ(inv.kind, QStringLiteral("invoice"));
    const QList<InvoiceLine> d = deductions(inv);
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d[0].taxCode, QStringLiteral("IVA21"));
    EXPECT_EQ(d[0].taxRate, Percent::fromWhole(21));
    EXPECT_EQ(d[0].qty, units(1));
    EXPECT_EQ(d[0].net, money(-5000));
    EXPECT_EQ(d[0].tax, money(-1050));
    EXPECT_EQ(d[0].description,
              QStringLiteral("Deduction of advance invoice %1").arg(invoiceNumber(1)));
    EXPECT_EQ(inv.untaxed, money(5000));
    EXPECT_EQ(inv.tax, money(1050));
    EXPECT_EQ(inv.total, money(6050));
    ASSERT_EQ(inv.taxGroups.size(), 1); // the deduction shows in the group of its rate
    EXPECT_EQ(inv.taxGroups[0].base, money(5000));
    EXPECT_EQ(inv.taxGroups[0].tax, money(1050));
    // The deposit was applied to the advance invoice: not again.
    EXPECT_TRUE(inv.depositsApplied.isZero());
    EXPECT_EQ(inv.balance, money(6050));
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 6050);
    // Read back, the stored invoice keeps the deduction and its groups.
    const Invoice back = invoice(inv.number);
    ASSERT_EQ(deductions(back).size(), 1);
    EXPECT_EQ(deductions(back)[0].advanceLineId, invoice(invoiceNumber(1)).lines[0].id);
    ASSERT_EQ(back.taxGroups.size(), 1);
    EXPECT_EQ(back.taxGroups[0].tax, money(1050));
    const QJsonObject json = services::toJson(back);
    EXPECT_EQ(
        json.value(QStringLiteral("lines")).toArray()[1].toObject().value(QStringLiteral("kind")),
        QStringLiteral("advance"));
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, PartialInvoicesDeductInProportionAndNeverBeyondTheirTotal) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    deposit(o.number, 10000);                    // 82.64 + 17.36
    ship(o.number, QStringLiteral("TOR-M6"), 3); // 36.30
    const Invoice first = posted({o.number});
    EXPECT_EQ(deducted(first), money(-3630));
    EXPECT_TRUE(first.total.isZero());
    EXPECT_EQ(first.status, QStringLiteral("paid"));
    const QList<InvoiceLine> d1 = deductions(first);
    ASSERT_EQ(d1.size(), 1);
    EXPECT_EQ(d1[0].net, money(-3000)); // 36.30 × 82.64 / 100.00 = 29.998…
    EXPECT_EQ(d1[0].tax, money(-630));
    ship(o.number, QStringLiteral("TOR-M6"), 7); // 84.70
    const Invoice second = posted({o.number});
    const QList<InvoiceLine> d2 = deductions(second);
    ASSERT_EQ(d2.size(), 1);
    EXPECT_EQ(d1[0].net + d2[0].net, money(-8264)); // the advance, to the cent
    EXPECT_EQ(d1[0].tax + d2[0].tax, money(-1736));
    EXPECT_EQ(second.total, money(8470 - 6370));
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 2100);
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, EachOrderDeductsItsOwnAdvances) {
    setAdvanceVat(true);
    const SalesOrder a = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    const SalesOrder b = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIB-10"), 2)});
    deposit(a.number, 2420);
    deposit(b.number, 4400);
    ship(a.number, QStringLiteral("TOR-M6"), 2);
    ship(b.number, QStringLiteral("LIB-10"), 2);
    const Invoice ia = posted({a.number});
    ASSERT_EQ(deductions(ia).size(), 1);
    EXPECT_EQ(deducted(ia), money(-2420));
    EXPECT_EQ(deductions(ia)[0].orderNumber, a.number);
    const Invoice ib = posted({b.number});
    ASSERT_EQ(deductions(ib).size(), 1);
    EXPECT_EQ(deductions(ib)[0].taxCode, QStringLiteral("IVA10"));
    EXPECT_EQ(deducted(ib), money(-4400));
    EXPECT_TRUE(ib.total.isZero());
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, OneInvoiceOfTwoOrdersDeductsBothAdvancesOldestFirst) {
    setAdvanceVat(true);
    const SalesOrder a = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    const SalesOrder b = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("LIB-10"), 2)});
    deposit(b.number, 4400);
    deposit(a.number, 2420);
    ship(a.number, QStringLiteral("TOR-M6"), 2);
    ship(b.number, QStringLiteral("LIB-10"), 2);
    const Invoice inv = posted({a.number, b.number});
    const QList<InvoiceLine> d = deductions(inv);
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d[0].orderNumber, b.number); // its advance is the older
    EXPECT_EQ(d[1].orderNumber, a.number);
    EXPECT_TRUE(inv.total.isZero());
}

TEST_F(AdvanceInvoiceTest, ADraftHoldsItsDeductionAndDiscardingItFreesTheAdvance) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    deposit(o.number, 1210);
    ship(o.number, QStringLiteral("TOR-M6"), 5);
    const Invoice first = drafted({o.number});
    EXPECT_EQ(deducted(first), money(-1210));
    EXPECT_EQ(first.total, money(6050 - 1210));
    ship(o.number, QStringLiteral("TOR-M6"), 5);
    // A second draft cannot deduct what the first holds.
    const Invoice second = drafted({o.number});
    EXPECT_TRUE(deductions(second).isEmpty());
    EXPECT_EQ(second.total, money(6050));
    ASSERT_TRUE(s().invoices().discard(accounting, first.number));
    // Posting the second now deducts the freed advance, and writes it.
    auto post = s().invoices().post(accounting, second.number, {}, second.version);
    ASSERT_TRUE(post) << post.error().message.toStdString();
    EXPECT_EQ(deducted(*post), money(-1210));
    EXPECT_EQ(post->total, money(6050 - 1210));
    const Invoice back = invoice(post->number);
    EXPECT_EQ(back.total, money(6050 - 1210));
    EXPECT_EQ(deducted(back), money(-1210));
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 6050 - 1210);
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, EditingADraftRecomputesItsDeduction) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    deposit(o.number, 6050);
    ship(o.number, QStringLiteral("TOR-M6"), 10);
    const Invoice draft = drafted({o.number});
    EXPECT_EQ(deducted(draft), money(-6050));
    InvoiceEdit edit;
    edit.version = draft.version;
    edit.lines = {{draft.lines[0].id, units(2)}}; // 24.20 of goods left
    auto updated = s().invoices().update(accounting, draft.number, edit);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(deducted(*updated), money(-2420));
    EXPECT_TRUE(updated->total.isZero());
    // Its deduction lines alone are no invoice.
    InvoiceEdit empty;
    empty.lines = {{updated->lines[0].id, units(0)}};
    auto refused = s().invoices().update(accounting, draft.number, empty);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.empty"));
}

TEST_F(AdvanceInvoiceTest, TurningTheSettingOffKeepsDeductingExistingAdvances) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
    deposit(o.number, 2420);
    setAdvanceVat(false);
    const Deposit plain = deposit(o.number, 1000); // a payment applied at posting again
    EXPECT_TRUE(plain.advanceInvoice.isEmpty());
    ship(o.number, QStringLiteral("TOR-M6"), 10);
    const Invoice inv = posted({o.number});
    EXPECT_EQ(deducted(inv), money(-2420));
    EXPECT_EQ(inv.total, money(12100 - 2420));
    EXPECT_EQ(inv.depositsApplied, money(1000)); // only the plain deposit
    EXPECT_EQ(inv.balance, money(12100 - 2420 - 1000));
    expectArRecounts(QStringLiteral("BETA"));
}

TEST_F(AdvanceInvoiceTest, ArRecountsAfterDepositAdvanceFinalInvoiceAndPayment) {
    setAdvanceVat(true);
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10),
                                                            line(QStringLiteral("LIB-10"), 3)});
    deposit(o.number, 5000);
    expectArRecounts(QStringLiteral("BETA"));
    ship(o.number, QStringLiteral("TOR-M6"), 10);
    ship(o.number, QStringLiteral("LIB-10"), 3);
    const Invoice inv = posted({o.number});
    EXPECT_EQ(inv.total, money(12100 + 6600 - 5000));
    expectArRecounts(QStringLiteral("BETA"));
    PaymentInput pay;
    pay.customerCode = QStringLiteral("BETA");
    pay.amount = money(4000);
    ASSERT_TRUE(s().payments().add(accounting, pay));
    expectArRecounts(QStringLiteral("BETA"));
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 12100 + 6600 - 5000 - 4000);
    EXPECT_EQ(stored(o.number).status, QStringLiteral("closed"));
}
