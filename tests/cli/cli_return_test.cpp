// SPDX-License-Identifier: MIT
// mostrador-cli return create | show | list, credit-note show | list | allocate | refund,
// in-process.
#include "cli_fixture.h"

using namespace mostrador::test;
using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// SOL has a confirmed order of 10 TOR-M6 at 1.00 + 21 % tax, shipped whole.
class CliReturnTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(u"TOR-M6"_s, u"100"_s);
        addCustomer(u"Ferretería Sol"_s, u"SOL"_s);
        CliRun made = json(words("order create --customer SOL --line TOR-M6:10"));
        ASSERT_EQ(made.status, 0) << made.out.toStdString();
        order = str(made.object(), "number");
        ASSERT_EQ(json({u"order"_s, u"confirm"_s, order}).status, 0);
        CliRun shipped = json({u"shipment"_s, u"create"_s, order});
        ASSERT_EQ(shipped.status, 0) << shipped.out.toStdString();
        shipment = str(shipped.object(), "number");
    }
    QString year() const { return QString::number(QDate::currentDate().year()); }

    QString order, shipment;
};

} // namespace

TEST_F(CliReturnTest, AnUninvoicedReturnHasNoCreditNoteAndRestocks) {
    CliRun made = json(QStringList{u"return"_s, u"create"_s, u"--shipment"_s, shipment} +
                       words("--line TOR-M6:3"));
    ASSERT_EQ(made.status, 0) << made.out.toStdString();
    const QJsonObject r = made.object();
    EXPECT_EQ(str(r, "number"), u"RMA-%1-00001"_s.arg(year()));
    EXPECT_EQ(str(r, "shipment"), shipment);
    EXPECT_EQ(str(r, "order"), order);
    EXPECT_EQ(str(r, "customer"), u"SOL"_s);
    EXPECT_EQ(str(r, "reason"), u"Customer return"_s); // the default
    EXPECT_FALSE(r.value(u"damaged"_s).toBool());
    EXPECT_TRUE(r.value(u"credit_note"_s).isNull());
    const QJsonObject line = r.value(u"lines"_s).toArray().first().toObject();
    EXPECT_EQ(str(line, "qty"), u"3"_s);
    EXPECT_EQ(str(line, "credited_qty"), u"0"_s);
    EXPECT_EQ(onHand(u"TOR-M6"_s), u"93"_s);
    CliRun text = run({u"return"_s, u"show"_s, str(r, "number")});
    ASSERT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains(shipment)) << text.out.toStdString();
    CliRun listed = json(words("return list --customer SOL --limit 5"));
    ASSERT_EQ(listed.array().size(), 1);
}

TEST_F(CliReturnTest, AnInvoicedReturnPostsACreditNoteThatIsAllocatedAndRefunded) {
    CliRun invoiced = json({u"invoice"_s, u"create"_s, order});
    ASSERT_EQ(invoiced.status, 0) << invoiced.out.toStdString();
    const QString invoice = str(invoiced.object(), "number");
    CliRun made = json(QStringList{u"return"_s, u"create"_s, u"--shipment"_s, shipment,
                                   u"--reason"_s, u"Wrong thread"_s, u"--damaged"_s} +
                       words("--line TOR-M6:4"));
    ASSERT_EQ(made.status, 0) << made.out.toStdString();
    EXPECT_TRUE(made.object().value(u"damaged"_s).toBool());
    EXPECT_EQ(onHand(u"TOR-M6"_s), u"90"_s); // damaged: not restocked
    const QString cn = str(made.object(), "credit_note");
    EXPECT_EQ(cn, u"CN-%1-00001"_s.arg(year()));
    CliRun shown = json({u"credit-note"_s, u"show"_s, cn});
    ASSERT_EQ(shown.status, 0) << shown.out.toStdString();
    const QJsonObject n = shown.object();
    EXPECT_EQ(str(n, "status"), u"posted"_s);
    EXPECT_EQ(str(n, "reason"), u"Wrong thread"_s);
    EXPECT_EQ(str(n, "total"), u"4.84"_s);
    EXPECT_EQ(str(n, "unallocated"), u"4.84"_s);
    EXPECT_EQ(n.value(u"invoices"_s).toArray().first().toString(), invoice);
    const QJsonObject line = n.value(u"lines"_s).toArray().first().toObject();
    EXPECT_EQ(str(line, "unit_price"), u"1.00"_s);
    EXPECT_EQ(str(line, "invoice"), invoice);
    CliRun allocated = json(
        QStringList{u"credit-note"_s, u"allocate"_s, cn, u"--invoice"_s, invoice + u":1.84"_s});
    ASSERT_EQ(allocated.status, 0) << allocated.out.toStdString();
    const QJsonArray allocations = allocated.object().value(u"allocations"_s).toArray();
    ASSERT_EQ(allocations.size(), 1);
    EXPECT_EQ(str(allocations[0].toObject(), "amount"), u"1.84"_s);
    CliRun tooMuch = json({u"credit-note"_s, u"refund"_s, cn, u"--amount"_s, u"3.01"_s});
    EXPECT_EQ(tooMuch.status, 1);
    EXPECT_EQ(tooMuch.rule(), u"refund.beyond_credit"_s);
    CliRun refunded = json({u"credit-note"_s, u"refund"_s, cn, u"--method"_s, u"cash"_s});
    ASSERT_EQ(refunded.status, 0) << refunded.out.toStdString();
    EXPECT_EQ(str(refunded.object(), "kind"), u"refund"_s);
    EXPECT_EQ(str(refunded.object(), "amount"), u"-3.00"_s);
    CliRun notes = json(words("credit-note list --customer SOL"));
    ASSERT_EQ(notes.array().size(), 1);
    EXPECT_EQ(str(notes.array()[0].toObject(), "unallocated"), u"0.00"_s);
}

TEST_F(CliReturnTest, RefusalsAnswerTheRuleAndExitStatus) {
    CliRun tooMany = json(QStringList{u"return"_s, u"create"_s, u"--shipment"_s, shipment} +
                          words("--line TOR-M6:11"));
    EXPECT_EQ(tooMany.status, 1);
    EXPECT_EQ(tooMany.rule(), u"return.more_than_shipped"_s);
    EXPECT_TRUE(tooMany.message().contains(u"only 10 of the 10 shipped"_s))
        << tooMany.message().toStdString();
    CliRun noLine = json({u"return"_s, u"create"_s, u"--shipment"_s, shipment});
    EXPECT_EQ(noLine.status, 2);
    CliRun missing = json(words("credit-note show CN-NONE"));
    EXPECT_EQ(missing.status, 2);
    EXPECT_EQ(missing.rule(), u"credit_note.not_found"_s);
}
