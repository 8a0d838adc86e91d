// SPDX-License-Identifier: MIT
// The return dialog's reads: what can come back, and what a return would do, unsaved.
#include "return_test_support.h"

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

class ReturnPreviewTest : public test::ReturnFixture {};

} // namespace

TEST_F(ReturnPreviewTest, ReturnableLinesCountEarlierReturns) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 8), line(u"BOOK"_s, 2)});
    returned(returning(sh.number, {back(u"TOR-M6"_s, 3)}));
    auto lines = s().returns().returnable(sales, sh.number.toLower());
    ASSERT_TRUE(lines) << lines.error().message.toStdString();
    ASSERT_EQ(lines->size(), 2);
    EXPECT_EQ((*lines)[0].sku, u"TOR-M6"_s);
    EXPECT_EQ((*lines)[0].shipped, units(8));
    EXPECT_EQ((*lines)[0].returned, units(3));
    EXPECT_EQ((*lines)[0].open(), units(5));
    EXPECT_EQ((*lines)[1].returned, Quantity());
    auto none = s().returns().returnable(sales, u"SH-NONE"_s);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind, ErrorKind::NotFound);
}

TEST_F(ReturnPreviewTest, PreviewSplitsLikeCreateAndWritesNothing) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 10)});
    const Invoice inv = invoiceQty(sh.orderNumber, 6);
    const qint64 rma = counter("return"), cn = counter("credit_note");
    const qint64 arBefore = ar(u"BETA"_s);
    auto seen = s().returns().preview(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 7)}));
    ASSERT_TRUE(seen) << seen.error().message.toStdString();
    ASSERT_EQ(seen->ret.lines.size(), 1);
    EXPECT_EQ(seen->ret.lines[0].qty, units(7));
    EXPECT_EQ(seen->ret.lines[0].creditedQty, units(3)); // 4 were still to invoice
    EXPECT_TRUE(seen->ret.number.isEmpty());
    EXPECT_TRUE(seen->note.number.isEmpty());
    EXPECT_EQ(seen->note.total, money(3630));
    EXPECT_EQ(seen->note.invoiceNumbers, QStringList{inv.number});
    EXPECT_EQ(counter("return"), rma);
    EXPECT_EQ(counter("credit_note"), cn);
    EXPECT_EQ(rows("returns"), 0);
    EXPECT_EQ(rows("credit_notes"), 0);
    EXPECT_EQ(ar(u"BETA"_s), arBefore);
    // What create() then makes is what the preview said.
    const Return made = returned(returning(sh.number, {back(u"TOR-M6"_s, 7)}));
    EXPECT_EQ(made.lines[0].creditedQty, seen->ret.lines[0].creditedQty);
    EXPECT_EQ(note(made.creditNoteNumber).total, seen->note.total);
}

TEST_F(ReturnPreviewTest, NothingInvoicedMeansNoCreditNoteAndRefusalsAreCreates) {
    const Shipment sh = shipAll(u"BETA"_s, {line(u"TOR-M6"_s, 4)});
    auto free = s().returns().preview(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 2)}));
    ASSERT_TRUE(free) << free.error().message.toStdString();
    EXPECT_EQ(free->ret.lines[0].creditedQty, Quantity());
    EXPECT_TRUE(free->note.lines.isEmpty());
    EXPECT_TRUE(free->note.total.isZero());
    auto tooMany = s().returns().preview(warehouse, returning(sh.number, {back(u"TOR-M6"_s, 5)}));
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().code, u"return.more_than_shipped"_s);
    auto notAllowed = s().returns().preview(sales, returning(sh.number, {back(u"TOR-M6"_s, 1)}));
    ASSERT_FALSE(notAllowed);
    EXPECT_EQ(notAllowed.error().kind, ErrorKind::Permission);
}
