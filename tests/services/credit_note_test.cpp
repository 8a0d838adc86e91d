// SPDX-License-Identifier: MIT
// Credit notes: posted with a return for what had been invoiced, then allocated to open
// invoices or refunded.
#include "return_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class CreditNoteTest : public test::ReturnFixture {
protected:
    // BETA: 10 TOR-M6 shipped and invoiced (121.00), 2 returned: a credit note of 24.20.
    CreditNote creditedTwo(Invoice* invoice = nullptr) {
        const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
        const Invoice inv = invoiceAll(sh.orderNumber);
        if (invoice)
            *invoice = inv;
        return note(returned(returning(sh.number, {back(u"TOR-M6"_s, 2)})).creditNoteNumber);
    }
    RefundInput refundOf(const QString& number, std::optional<qint64> cents = std::nullopt) {
        RefundInput in;
        in.creditNoteNumber = number;
        if (cents)
            in.amount = money(*cents);
        in.reference = u"IBAN ES12"_s;
        return in;
    }
};

} // namespace

TEST_F(CreditNoteTest, CreditsAtTheOriginalPriceDiscountAndTaxNewestInvoiceFirst) {
    const Shipment sh = shipAll(u"BETA"_s, {discounted(u"BOOK"_s, 10, 5)});
    const Invoice older = invoiceQty(sh.orderNumber, 4);
    const Invoice newer = invoiceAll(sh.orderNumber); // the other 6
    const qint64 arBefore = ar(u"BETA"_s);
    const Return r = returned(returning(sh.number, {back(u"BOOK"_s, 8)}, u"Not ordered"_s));
    EXPECT_EQ(r.creditNoteNumber, numbered("CN", 1));
    EXPECT_EQ(r.lines[0].creditedQty, units(8));
    const CreditNote n = note(r.creditNoteNumber);
    ASSERT_EQ(n.lines.size(), 2);
    EXPECT_EQ(n.lines[0].invoiceNumber, newer.number);
    EXPECT_EQ(n.lines[0].qty, units(6));
    EXPECT_EQ(n.lines[1].invoiceNumber, older.number);
    EXPECT_EQ(n.lines[1].qty, units(2));
    for (const CreditNoteLine& l : n.lines) {
        EXPECT_EQ(l.unitPrice, test::cents(1500));
        EXPECT_EQ(l.discount, Percent::fromWhole(5));
        EXPECT_EQ(l.taxCode, u"IVA10"_s);
        EXPECT_EQ(l.taxRate, Percent::fromWhole(10));
    }
    EXPECT_EQ(n.untaxed, money(11400)); // 8 × 15.00 less 5 %
    EXPECT_EQ(n.tax, money(1140));
    EXPECT_EQ(n.total, money(12540));
    EXPECT_EQ(n.unallocated, n.total);
    EXPECT_EQ(n.returnNumber, r.number);
    EXPECT_EQ(n.reason, u"Not ordered"_s);
    EXPECT_EQ(n.party.customerCode, u"BETA"_s);
    EXPECT_EQ(n.invoiceNumbers, QStringList({newer.number, older.number}));
    ASSERT_EQ(n.taxGroups.size(), 1);
    EXPECT_EQ(ar(u"BETA"_s), arBefore - 12540);
    EXPECT_EQ(ar(u"BETA"_s), recountAr(u"BETA"_s));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'credit_note.post' AND "
                     "entity_key = ?"_s,
                     {n.number}),
              1);
    // A second return credits what is left of the older invoice only.
    const Return again = returned(returning(sh.number, {back(u"BOOK"_s, 2)}));
    const CreditNote second = note(again.creditNoteNumber);
    EXPECT_EQ(second.number, numbered("CN", 2));
    ASSERT_EQ(second.lines.size(), 1);
    EXPECT_EQ(second.lines[0].invoiceNumber, older.number);
}

TEST_F(CreditNoteTest, ARefusedReturnLeavesNoGapInTheCreditNoteNumbers) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 5)});
    invoiceAll(sh.orderNumber);
    EXPECT_EQ(returned(returning(sh.number, {back(u"TOR-M6"_s, 1)})).creditNoteNumber,
              numbered("CN", 1));
    EXPECT_FALSE(s().returns().create(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 9)})));
    const Return next = returned(returning(sh.number, {back(u"TOR-M6"_s, 1)}));
    EXPECT_EQ(next.number, numbered("RMA", 2));
    EXPECT_EQ(next.creditNoteNumber, numbered("CN", 2));
}

TEST_F(CreditNoteTest, AllocatesToANamedInvoiceAndLeavesTheArBalance) {
    Invoice inv;
    const CreditNote n = creditedTwo(&inv);
    const qint64 arBefore = ar(u"BETA"_s);
    auto made = s().returns().allocate(accounting, n.number, {to(inv.number)});
    ASSERT_TRUE(made) << made.error().message.toStdString();
    ASSERT_EQ(made->size(), 1);
    EXPECT_EQ(made->first().amount, money(2420));
    EXPECT_EQ(made->first().creditNoteNumber, n.number);
    EXPECT_EQ(settled(inv.number).status, u"partially_paid"_s);
    EXPECT_EQ(settled(inv.number).balance, 12100 - 2420);
    EXPECT_EQ(ar(u"BETA"_s), arBefore);
    EXPECT_EQ(ar(u"BETA"_s), recountAr(u"BETA"_s));
    EXPECT_TRUE(note(n.number).unallocated.isZero());
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM allocations WHERE credit_note_id = ?"_s, {n.id}), 1);
    auto spent = s().returns().allocate(accounting, n.number, {});
    ASSERT_FALSE(spent);
    EXPECT_EQ(spent.error().code, u"credit_note.spent"_s);
}

TEST_F(CreditNoteTest, AllocatesOldestDueFirstWhenNoInvoiceIsNamed) {
    const CreditNote n = creditedTwo(); // its invoice is due in 30 days
    const QString overdue = invoice(u"BETA"_s, 1000, -10);
    auto made = s().returns().allocate(accounting, n.number, {});
    ASSERT_TRUE(made) << made.error().message.toStdString();
    ASSERT_EQ(made->size(), 2);
    EXPECT_EQ(made->first().invoiceNumber, overdue);
    EXPECT_EQ(made->first().amount, money(1000));
    EXPECT_EQ(made->last().amount, money(1420));
    EXPECT_EQ(settled(overdue).status, u"paid"_s);
    EXPECT_EQ(ar(u"BETA"_s), recountAr(u"BETA"_s));
}

TEST_F(CreditNoteTest, AllocationRefusalsChangeNothing) {
    const CreditNote n = creditedTwo();
    const QString alfas = invoice(u"ALFA"_s, 5000, 10);
    const QString small = invoice(u"BETA"_s, 1000, 10);
    const QString big = invoice(u"BETA"_s, 9000, 10);
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 1)});
    auto draft = s().invoices().createDraft(accounting, {sh.orderNumber});
    ASSERT_TRUE(draft);
    const QList<std::pair<AllocationRequest, QString>> refusals{
        {to(alfas), u"payment.other_customer"_s},
        {to(draft->number), u"payment.invoice_draft"_s},
        {to(small, 1001), u"allocation.beyond_balance"_s},
        {to(big, 2421), u"allocation.beyond_available"_s}};
    for (const auto& [request, code] : refusals) {
        auto refused = s().returns().allocate(accounting, n.number, {request});
        ASSERT_FALSE(refused) << code.toStdString();
        EXPECT_EQ(refused.error().code, code);
    }
    EXPECT_EQ(note(n.number).unallocated, money(2420));
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM allocations"_s), 0);
    auto byWarehouse = s().returns().allocate(warehouse, n.number, {});
    ASSERT_FALSE(byWarehouse);
    EXPECT_EQ(byWarehouse.error().kind, ErrorKind::Permission);
}

TEST_F(CreditNoteTest, ARefundIsANegativePaymentThatRaisesTheArBalance) {
    const CreditNote n = creditedTwo();
    const qint64 arBefore = ar(u"BETA"_s);
    auto over = s().returns().refund(accounting, refundOf(n.number, 2421));
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().code, u"refund.beyond_credit"_s);
    auto p = s().returns().refund(accounting, refundOf(n.number, 1000));
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p->kind, u"refund"_s);
    EXPECT_EQ(p->amount, money(-1000));
    EXPECT_EQ(p->creditNoteNumber, n.number);
    EXPECT_EQ(p->number, numbered("PAY", 1));
    EXPECT_EQ(p->reference, u"IBAN ES12"_s);
    EXPECT_EQ(ar(u"BETA"_s), arBefore + 1000);
    EXPECT_EQ(ar(u"BETA"_s), recountAr(u"BETA"_s));
    EXPECT_EQ(note(n.number).unallocated, money(1420));
    // The rest, by default; then nothing is left.
    auto rest = s().returns().refund(accounting, refundOf(n.number));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->amount, money(-1420));
    EXPECT_EQ(s().returns().refund(accounting, refundOf(n.number)).error().code,
              u"refund.nothing_left"_s);
    auto cb = s().payments().chargeback(accounting, chargeback(p->number, 100));
    ASSERT_FALSE(cb);
    EXPECT_EQ(cb.error().code, u"chargeback.refund"_s);
    auto bySales = s().returns().refund(sales, refundOf(n.number, 1));
    ASSERT_FALSE(bySales);
    EXPECT_EQ(bySales.error().kind, ErrorKind::Permission);
    EXPECT_EQ(ar(u"BETA"_s), recountAr(u"BETA"_s));
}

TEST_F(CreditNoteTest, ListsAndJson) {
    const CreditNote n = creditedTwo();
    ReturnListQuery q;
    q.customerCode = u"BETA"_s;
    auto list = s().returns().creditNotes(admin, q);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().total, money(2420));
    EXPECT_EQ(s().returns().countCreditNotes(admin, q).value(), 1);
    q.customerCode = u"ALFA"_s;
    EXPECT_EQ(s().returns().countCreditNotes(admin, q).value(), 0);
    const QJsonObject json = toJson(n);
    EXPECT_EQ(json.value(u"status"_s).toString(), u"posted"_s);
    EXPECT_EQ(json.value(u"total"_s).toString(), u"24.20"_s);
    EXPECT_EQ(json.value(u"lines"_s).toArray().first().toObject().value(u"invoice"_s).toString(),
              n.invoiceNumbers.first());
    EXPECT_EQ(json.value(u"return"_s).toString(), n.returnNumber);
}

TEST_F(CreditNoteTest, WhatIsLeftOfACreditNoteIsTheCustomersCredit) {
    const CreditNote n = creditedTwo();
    pay(payment(u"BETA"_s, 500, {to(n.invoiceNumbers.first(), 500)}));
    pay(payment(u"BETA"_s, 300, {to(n.invoiceNumbers.first(), 100)})); // 200 left as credit
    auto position = s().payments().position(accounting, u"BETA"_s);
    ASSERT_TRUE(position) << position.error().message.toStdString();
    EXPECT_EQ(position->credit, money(2420 + 200));
    ASSERT_TRUE(s().returns().refund(accounting, refundOf(n.number, 420)));
    EXPECT_EQ(s().payments().position(accounting, u"BETA"_s)->credit, money(2000 + 200));
    auto aged = s().payments().aging(accounting, {}, u"BETA"_s);
    ASSERT_TRUE(aged);
    EXPECT_EQ(aged->lines.first().credit, money(-2200));
    EXPECT_EQ(aged->totals.total().minor(), ar(u"BETA"_s));
}
