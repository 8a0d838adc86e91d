// SPDX-License-Identifier: MIT
#include "services/invoice_json.h"
#include "support/order_fixture.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

// BETA (no limit, NET30) orders TOR-M6 at 10.00 € + 21 % (12.10 € a unit incl. tax).
class InvoiceServiceTest : public test::OrderFixture {
protected:
    SalesOrder shippedOrder(const QString& customer, qint64 qty, qint64 ship) {
        SalesOrder o = confirmed(customer, {line(QStringLiteral("TOR-M6"), qty)});
        if (ship > 0) {
            ShipmentInput in;
            in.orderNumber = o.number;
            in.lines = {{QStringLiteral("TOR-M6"), units(ship)}};
            auto made = s().shipments().create(warehouse, in);
            EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        }
        return stored(o.number);
    }
    Invoice posted(const QStringList& orders, QDate date = {}) {
        auto inv = s().invoices().createAndPost(accounting, orders, date);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : Invoice{};
    }
    Invoice drafted(const QStringList& orders, QDate date = {}) {
        auto inv = s().invoices().createDraft(accounting, orders, date);
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : Invoice{};
    }
    QString invoiceNumber(int n) const {
        return QStringLiteral("INV-%1-%2").arg(year()).arg(n, 5, 10, QLatin1Char('0'));
    }
    qint64 invoiceRows() { return scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")); }
    qint64 nextInvoiceCounter() {
        return scalar(
            QStringLiteral("SELECT next_value FROM number_series WHERE kind = 'invoice'"));
    }
    // The customer's figures recomputed from the documents they sum.
    void expectAccountRecounts(const QString& code) {
        const qint64 id = customer(code).id;
        const storage::AccountFigures f = account(code);
        EXPECT_EQ(f.arBalance,
                  scalar(QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM invoices WHERE "
                                        "customer_id = ? AND status <> 'draft'"),
                         {id}) -
                      scalar(QStringLiteral("SELECT COALESCE(SUM(a.amount), 0) FROM "
                                            "deposit_applications a JOIN invoices i ON i.id = "
                                            "a.invoice_id WHERE i.customer_id = ?"),
                             {id}));
        EXPECT_EQ(f.unappliedDeposits,
                  scalar(QStringLiteral("SELECT COALESCE(SUM(amount - applied), 0) FROM "
                                        "deposits WHERE customer_id = ?"),
                         {id}));
        EXPECT_EQ(f.openOrders,
                  scalar(QStringLiteral("SELECT COALESCE(SUM(open_value), 0) FROM sales_orders "
                                        "WHERE customer_id = ? AND status IN ('confirmed', "
                                        "'partially_shipped', 'shipped')"),
                         {id}));
    }
};

} // namespace

TEST_F(InvoiceServiceTest, ShipmentPolicyInvoicesTheShippedQuantityAndTakesTheNextNumber) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 4);
    const Invoice inv = posted({o.number});
    EXPECT_EQ(inv.number, invoiceNumber(1));
    EXPECT_EQ(inv.draftNumber, inv.number); // posted at once: never a draft
    EXPECT_EQ(inv.status, QStringLiteral("posted"));
    ASSERT_EQ(inv.lines.size(), 1);
    EXPECT_EQ(inv.lines[0].qty, units(4));
    EXPECT_EQ(inv.total, money(4840));
    EXPECT_EQ(inv.balance, money(4840));
    EXPECT_EQ(inv.dueDate, inv.date.addDays(30)); // NET30
    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.lines[0].invoiced, units(4));
    EXPECT_EQ(after.invoicingStatus, QStringLiteral("partial"));
    EXPECT_EQ(after.status, QStringLiteral("partially_shipped"));
    EXPECT_EQ(after.openValue, money(7260)); // 6 units left
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, 4840);
    expectAccountRecounts(QStringLiteral("BETA"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invoice.post' "
                                    "AND entity_key = ?"),
                     {inv.number}),
              1);
}

TEST_F(InvoiceServiceTest, OrderPolicyInvoicesWhatWasOrderedBeforeItShips) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 0);
    auto refused = s().invoices().createAndPost(accounting, {o.number});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.nothing_to_invoice"));
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const Invoice inv = posted({o.number});
    ASSERT_EQ(inv.lines.size(), 1);
    EXPECT_EQ(inv.lines[0].qty, units(10));
    const SalesOrder after = stored(o.number);
    EXPECT_EQ(after.invoicingStatus, QStringLiteral("full"));
    EXPECT_EQ(after.status, QStringLiteral("confirmed")); // not shipped: stays open
    EXPECT_TRUE(after.openValue.isZero());
    expectAccountRecounts(QStringLiteral("BETA"));
}

TEST_F(InvoiceServiceTest, LastShipmentClosesAnOrderInvoicedInFullBeforehand) {
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 4);
    posted({o.number});
    EXPECT_EQ(stored(o.number).status, QStringLiteral("partially_shipped"));
    ShipmentInput rest;
    rest.orderNumber = o.number;
    ASSERT_TRUE(s().shipments().create(warehouse, rest));
    EXPECT_EQ(stored(o.number).status, QStringLiteral("closed"));
    expectAccountRecounts(QStringLiteral("BETA"));
}

TEST_F(InvoiceServiceTest, LastShipmentOfAnOrderNotInvoicedInFullLeavesItShipped) {
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 0);
    auto draft = drafted({o.number});
    ASSERT_TRUE(s().invoices().update(accounting, draft.number,
                                      {draft.version, {}, {}, {{draft.lines[0].id, units(6)}}}));
    ASSERT_TRUE(s().invoices().post(accounting, draft.number));
    ShipmentInput all;
    all.orderNumber = o.number;
    ASSERT_TRUE(s().shipments().create(warehouse, all));
    EXPECT_EQ(stored(o.number).status, QStringLiteral("shipped"));
}

TEST_F(InvoiceServiceTest, TwoOrdersOfOneCustomerGoOnOneInvoice) {
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 2, 2);
    const SalesOrder b = shippedOrder(QStringLiteral("BETA"), 3, 3);
    const Invoice inv = posted({a.number, b.number});
    ASSERT_EQ(inv.lines.size(), 2);
    EXPECT_EQ(orderNumbersOf(inv), QStringList({a.number, b.number}));
    EXPECT_EQ(inv.total, money(6050));
    EXPECT_EQ(stored(a.number).status, QStringLiteral("closed"));
    EXPECT_EQ(stored(b.number).status, QStringLiteral("closed"));
}

TEST_F(InvoiceServiceTest, OrdersOfDifferentCustomersAreRefusedAndNothingIsWritten) {
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 2, 2);
    const SalesOrder b = shippedOrder(QStringLiteral("ALFA"), 2, 2);
    const qint64 counter = nextInvoiceCounter();
    auto refused = s().invoices().createAndPost(accounting, {a.number, b.number});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.customers_differ"));
    EXPECT_EQ(invoiceRows(), 0);
    EXPECT_EQ(nextInvoiceCounter(), counter);
    EXPECT_EQ(stored(a.number).lines[0].invoiced, Quantity());
}

TEST_F(InvoiceServiceTest, DraftsHoldTheirQuantitySoNothingIsInvoicedTwice) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 10);
    const Invoice first = drafted({o.number});
    EXPECT_EQ(first.status, QStringLiteral("draft"));
    EXPECT_EQ(first.number, first.draftNumber);
    auto second = s().invoices().createDraft(accounting, {o.number});
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, QStringLiteral("invoice.nothing_to_invoice"));
    // Lowering the draft frees the rest for another invoice.
    InvoiceEdit edit;
    edit.version = first.version;
    edit.lines = {{first.lines[0].id, units(6)}};
    auto lowered = s().invoices().update(accounting, first.number, edit);
    ASSERT_TRUE(lowered) << lowered.error().message.toStdString();
    EXPECT_EQ(lowered->total, money(7260));
    const Invoice rest = drafted({o.number});
    EXPECT_EQ(rest.lines[0].qty, units(4));
    EXPECT_EQ(stored(o.number).lines[0].invoiced, Quantity()); // drafts invoice nothing yet
}

TEST_F(InvoiceServiceTest, DraftEditsAreCheckedAndALineAtZeroIsRemoved) {
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 2, 2);
    const SalesOrder b = shippedOrder(QStringLiteral("BETA"), 3, 3);
    const Invoice inv = drafted({a.number, b.number});
    InvoiceEdit tooMuch;
    tooMuch.version = inv.version;
    tooMuch.lines = {{inv.lines[0].id, units(3)}};
    auto refused = s().invoices().update(accounting, inv.number, tooMuch);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.more_than_invoiceable"));
    InvoiceEdit edit;
    edit.version = inv.version;
    edit.notes = QStringLiteral("Second delivery only");
    edit.lines = {{inv.lines[0].id, Quantity()}};
    auto edited = s().invoices().update(accounting, inv.number, edit);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    ASSERT_EQ(edited->lines.size(), 1);
    EXPECT_EQ(edited->lines[0].orderNumber, b.number);
    EXPECT_EQ(edited->notes, QStringLiteral("Second delivery only"));
    auto stale = s().invoices().update(accounting, inv.number, edit); // old version
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QStringLiteral("invoice.stale"));
}

TEST_F(InvoiceServiceTest, DiscardingADraftFreesItsQuantities) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 5, 5);
    const Invoice inv = drafted({o.number});
    ASSERT_TRUE(s().invoices().discard(accounting, inv.number));
    EXPECT_EQ(invoiceRows(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoice_lines")), 0);
    EXPECT_FALSE(s().invoices().get(accounting, inv.number));
    EXPECT_EQ(drafted({o.number}).lines[0].qty, units(5));
}

TEST_F(InvoiceServiceTest, PostedInvoicesCannotBeEditedDiscardedOrPostedAgain) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 5, 5);
    const Invoice draftInv = drafted({o.number});
    auto inv = s().invoices().post(accounting, draftInv.number, {}, draftInv.version);
    ASSERT_TRUE(inv) << inv.error().message.toStdString();
    EXPECT_EQ(inv->number, invoiceNumber(1));
    // Found by either number.
    EXPECT_EQ(s().invoices().get(accounting, draftInv.number)->number, invoiceNumber(1));
    InvoiceEdit edit;
    edit.version = inv->version;
    edit.notes = QStringLiteral("x");
    auto edited = s().invoices().update(accounting, inv->number, edit);
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, QStringLiteral("invoice.posted"));
    auto discarded = s().invoices().discard(accounting, inv->number);
    ASSERT_FALSE(discarded);
    EXPECT_EQ(discarded.error().code, QStringLiteral("invoice.posted"));
    EXPECT_FALSE(s().invoices().post(accounting, inv->number));
    EXPECT_EQ(invoiceRows(), 1);
}

TEST_F(InvoiceServiceTest, ABackDatedPostingIsRefusedChangesNothingAndLeavesNoGap) {
    const QDate today = QDate::currentDate();
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 2, 2);
    const SalesOrder b = shippedOrder(QStringLiteral("BETA"), 3, 3);
    EXPECT_EQ(posted({a.number}, today).number, invoiceNumber(1));
    const Invoice late = drafted({b.number}, today.addDays(-1));
    const qint64 counter = nextInvoiceCounter();
    const storage::AccountFigures before = account(QStringLiteral("BETA"));
    auto refused = s().invoices().post(accounting, late.number);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.backdated"));
    EXPECT_EQ(nextInvoiceCounter(), counter);
    EXPECT_EQ(account(QStringLiteral("BETA")).arBalance, before.arBalance);
    EXPECT_EQ(s().invoices().get(accounting, late.number)->status, QStringLiteral("draft"));
    EXPECT_EQ(stored(b.number).lines[0].invoiced, Quantity());
    auto ok = s().invoices().post(accounting, late.number, today);
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_EQ(ok->number, invoiceNumber(2));
    EXPECT_EQ(ok->date, today);
}

TEST_F(InvoiceServiceTest, ABackDatedInvoiceCreatedAndPostedAtOnceIsRefusedNamingBothDates) {
    const QDate today = QDate::currentDate();
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 2, 2);
    const SalesOrder b = shippedOrder(QStringLiteral("BETA"), 3, 3);
    EXPECT_EQ(posted({a.number}, today).number, invoiceNumber(1));
    const qint64 counter = nextInvoiceCounter();
    auto refused = s().invoices().createAndPost(accounting, {b.number}, today.addDays(-1));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.backdated"));
    EXPECT_EQ(refused.error().field, QStringLiteral("date"));
    const QLocale locale;
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(locale.toString(today.addDays(-1), QLocale::ShortFormat)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(locale.toString(today, QLocale::ShortFormat)));
    EXPECT_FALSE(message.contains(QStringLiteral("  "))) << message.toStdString();
    EXPECT_EQ(nextInvoiceCounter(), counter);
    EXPECT_EQ(invoiceRows(), 1);
}

TEST_F(InvoiceServiceTest, SplitTermsGiveSeveralDueDatesSummingToTheTotal) {
    ASSERT_TRUE(s().settings().saveTerms(
        admin, {QStringLiteral("T3"), QStringLiteral("30/60/90"), {30, 60, 90}}));
    Customer c = test::sampleCustomer(QStringLiteral("TRES"));
    c.paymentTermsCode = QStringLiteral("T3");
    ASSERT_TRUE(s().customers().create(admin, c));
    const SalesOrder o = shippedOrder(QStringLiteral("TRES"), 1, 1);
    const QDate date = QDate::currentDate();
    const Invoice inv = s().invoices().get(accounting, posted({o.number}, date).number).value();
    ASSERT_EQ(inv.installments.size(), 3);
    EXPECT_EQ(inv.installments[0].dueDate, date.addDays(30));
    EXPECT_EQ(inv.installments[2].dueDate, date.addDays(90));
    EXPECT_EQ(inv.installments[0].amount + inv.installments[1].amount + inv.installments[2].amount,
              inv.total);
    EXPECT_EQ(inv.dueDate, date.addDays(30));
}

TEST_F(InvoiceServiceTest, DepositsApplyOldestFirstAndPartlyWhenLargerThanTheInvoice) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 5); // 121.00 incl. tax
    for (qint64 cents : {4000, 5000}) {
        DepositInput in;
        in.orderNumber = o.number;
        in.amount = money(cents);
        ASSERT_TRUE(s().deposits().add(accounting, in));
    }
    const Invoice inv = posted({o.number}); // 5 units: 60.50
    ASSERT_EQ(inv.deposits.size(), 2);
    EXPECT_EQ(inv.deposits[0].amount, money(4000));
    EXPECT_EQ(inv.deposits[1].amount, money(2050));
    EXPECT_EQ(inv.depositsApplied, money(6050));
    EXPECT_TRUE(inv.balance.isZero());
    EXPECT_EQ(inv.status, QStringLiteral("paid"));
    EXPECT_FALSE(inv.dueDate.isValid());
    InvoiceListQuery byNumber;
    byNumber.search = inv.number;
    auto rows = s().invoices().list(accounting, byNumber);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().depositsApplied, money(6050));
    const storage::AccountFigures f = account(QStringLiteral("BETA"));
    EXPECT_EQ(f.arBalance, 0);
    EXPECT_EQ(f.unappliedDeposits, 2950);
    EXPECT_EQ(f.openOrders, 6050);
    expectAccountRecounts(QStringLiteral("BETA"));
    // The rest of the second deposit goes to the next invoice.
    ASSERT_TRUE(s().shipments().create(warehouse, [&] {
        ShipmentInput in;
        in.orderNumber = o.number;
        return in;
    }()));
    const Invoice next = posted({o.number});
    EXPECT_EQ(next.depositsApplied, money(2950));
    EXPECT_EQ(next.balance, money(3100));
    EXPECT_EQ(next.status, QStringLiteral("partially_paid"));
    EXPECT_EQ(stored(o.number).status, QStringLiteral("closed"));
    expectAccountRecounts(QStringLiteral("BETA"));
    EXPECT_EQ(account(QStringLiteral("BETA")).openOrders, 0);
}

TEST_F(InvoiceServiceTest, OrdersNotYetConfirmedCannotBeInvoiced) {
    ASSERT_TRUE(
        s().settings().setValue(admin, QStringLiteral("invoice.policy"), QStringLiteral("order")));
    const SalesOrder d = draft(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    auto refused = s().invoices().createDraft(accounting, {d.number});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("invoice.order_state"));
    auto missing = s().invoices().createDraft(accounting, {QStringLiteral("SO-NONE")});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST_F(InvoiceServiceTest, PermissionsEditInvoicesToWriteViewSalesToRead) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 1, 1);
    for (const Actor& who : {sales, warehouse}) {
        auto refused = s().invoices().createAndPost(who, {o.number});
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    }
    EXPECT_EQ(invoiceRows(), 0);
    const Invoice inv = posted({o.number});
    EXPECT_TRUE(s().invoices().get(warehouse, inv.number));
    EXPECT_TRUE(s().invoices().list(sales, {}));
    const Actor nobody = test::actorWithRole(Role::Warehouse, QStringLiteral("w2"));
    EXPECT_FALSE(s().invoices().discard(nobody, inv.number));
}

TEST_F(InvoiceServiceTest, ListFiltersByStatusCustomerAndNumberPrefix) {
    const SalesOrder a = shippedOrder(QStringLiteral("BETA"), 1, 1);
    const SalesOrder b = shippedOrder(QStringLiteral("ALFA"), 1, 1);
    posted({a.number});
    drafted({b.number});
    InvoiceListQuery q;
    q.status = QStringLiteral("draft");
    auto drafts = s().invoices().list(accounting, q);
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().customerCode, QStringLiteral("ALFA"));
    InvoiceListQuery byCustomer;
    byCustomer.customerCode = QStringLiteral("beta");
    EXPECT_EQ(s().invoices().count(accounting, byCustomer).value(), 1);
    InvoiceListQuery search;
    search.search = QStringLiteral("inv-");
    auto found = s().invoices().list(accounting, search);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().number, invoiceNumber(1));
    EXPECT_EQ(found->first().balance, found->first().total);
    EXPECT_TRUE(found->first().paid.isZero());
}

TEST_F(InvoiceServiceTest, EveryWriteIsAuditedAndPostingKeepsTheExposure) {
    const SalesOrder o = shippedOrder(QStringLiteral("BETA"), 10, 10);
    auto creditBefore = s().orders().credit(admin, QStringLiteral("BETA"));
    ASSERT_TRUE(creditBefore);
    const Invoice first = drafted({o.number});
    ASSERT_TRUE(s().invoices().discard(accounting, first.number));
    const Invoice second = drafted({o.number});
    InvoiceEdit edit;
    edit.version = second.version;
    edit.notes = QStringLiteral("Pallet returned");
    ASSERT_TRUE(s().invoices().update(accounting, second.number, edit));
    auto inv = s().invoices().post(accounting, second.number);
    ASSERT_TRUE(inv) << inv.error().message.toStdString();
    for (const char* action : {"invoice.create", "invoice.discard", "invoice.update"})
        EXPECT_GE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                         {QString::fromLatin1(action)}),
                  1)
            << action;
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'invoice.post' AND entity_key = ? AND user_name = 'ana'"),
                     {inv->number}),
              1);
    // The order's value moved from open orders to the AR balance: the exposure stays.
    auto creditAfter = s().orders().credit(admin, QStringLiteral("BETA"));
    ASSERT_TRUE(creditAfter);
    EXPECT_EQ(creditAfter->exposure, creditBefore->exposure);
    EXPECT_EQ(creditAfter->arBalance, money(12100));
    EXPECT_TRUE(creditAfter->openOrders.isZero());
}
