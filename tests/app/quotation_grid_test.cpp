// SPDX-License-Identifier: MIT
// The lines grid of the quotation editor: keys, live totals, flags, refusals, undo.
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/quotation_editor.h"
#include "app/totals_panel.h"
#include "quotation_test_support.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

// Model (the lines model, for its column names) comes with the fixture.
using QuotationGridTest = mostrador::test::QuotationEditorTest;

TEST_F(QuotationGridTest, TotalsFollowTheKeyboard) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    ASSERT_NO_FATAL_FAILURE(pickProduct(editor, 0, QStringLiteral("LIB1")));
    QLabel* total = editor.totals()->totalLabel();
    EXPECT_EQ(editor.linesModel()->totals().total.minor(), 22000); // 1 × 200 + 10 %
    type(QStringLiteral("3"));                                     // not committed with Enter yet
    EXPECT_EQ(editor.linesModel()->totals().total.minor(), 66000);
    EXPECT_TRUE(total->text().contains(QStringLiteral("660,00"))) << total->text().toStdString();
    type(QStringLiteral("0"));
    EXPECT_EQ(editor.linesModel()->totals().untaxed.minor(), 600000);
    EXPECT_EQ(editor.linesModel()->totals().total.minor(), 660000);
}

TEST_F(QuotationGridTest, BelowCostAndOverLimitDiscountAreFlaggedAtOnce) {
    auto marta =
        s->users().add(admin, QStringLiteral("marta"), Role::Sales, QStringLiteral("password-1"));
    ASSERT_TRUE(marta);
    auto sales = s->users().login(QStringLiteral("marta"), QStringLiteral("password-1"));
    ASSERT_TRUE(sales);
    ASSERT_EQ(sales->discountLimit(), Percent::fromWhole(10));

    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"), *sales);
    enterLine(editor, 0, QStringLiteral("OFE1"), QStringLiteral("1"));
    Model* model = editor.linesModel();
    EXPECT_TRUE(model->lineFlags(0).belowCost);
    EXPECT_FALSE(model->data(model->index(0, Model::Flag), Qt::DecorationRole).isNull());
    EXPECT_TRUE(model->data(model->index(0, Model::Flag), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Below cost")));

    ASSERT_TRUE(editing(editor, 1, Model::Sku));
    type(QStringLiteral("TOR6"));
    press(Qt::Key_Return);
    press(Qt::Key_Return); // quantity 1
    press(Qt::Key_Return); // the engine's price
    ASSERT_TRUE(editing(editor, 1, Model::Discount));
    type(QStringLiteral("10"));
    EXPECT_FALSE(model->lineFlags(1).discountAboveLimit); // the limit itself is allowed
    type(QStringLiteral(",5"));
    EXPECT_TRUE(model->lineFlags(1).discountAboveLimit); // flagged while typing
    EXPECT_TRUE(editor.lineNote()->text().contains(QStringLiteral("10 %")))
        << editor.lineNote()->text().toStdString();
    EXPECT_FALSE(model->lineFlags(1).belowCost);
}

TEST_F(QuotationGridTest, DeleteRemovesTheCurrentLine) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("1"));
    enterLine(editor, 1, QStringLiteral("TUE6"), QStringLiteral("2"));
    enterLine(editor, 2, QStringLiteral("ARA6"), QStringLiteral("3"));
    press(Qt::Key_Escape); // leaves the empty fourth line's cell
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    ASSERT_EQ(editor.grid()->currentIndex().row(), 1);
    press(Qt::Key_Delete);
    ASSERT_EQ(editor.linesModel()->lines().size(), 2);
    EXPECT_EQ(editor.linesModel()->lines()[1].sku, QStringLiteral("ARA6"));

    // Ctrl+Del removes a line while its cell is being edited.
    press(Qt::Key_Up);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    press(Qt::Key_F2);
    ASSERT_TRUE(editing(editor, 0, Model::Qty));
    press(Qt::Key_Delete, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.linesModel()->lines().size() == 1; }, 1000));
    EXPECT_EQ(editor.linesModel()->lines()[0].sku, QStringLiteral("ARA6"));
    EXPECT_EQ(editor.linesModel()->totals().untaxed.minor(), 15); // 3 × 0,05

    press(Qt::Key_S, Qt::ControlModifier);
    auto saved = s->quotations().get(admin, editor.quotation().number);
    ASSERT_TRUE(saved) << bannerText(editor).toStdString();
    ASSERT_EQ(saved->lines.size(), 1);
}

TEST_F(QuotationGridTest, AnUnknownSkuIsRefusedAndTheCellStays) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("1"));
    ASSERT_TRUE(editing(editor, 1, Model::Sku));
    type(QStringLiteral("NOPE9"));
    press(Qt::Key_Return);
    // The message names the grid's line, not the one line the service was asked about.
    EXPECT_TRUE(bannerText(editor).startsWith(QStringLiteral("Line 2: ")))
        << bannerText(editor).toStdString();
    EXPECT_TRUE(bannerText(editor).contains(QStringLiteral("NOPE9")));
    EXPECT_TRUE(editor.banner()->isVisible());
    EXPECT_EQ(editor.grid()->currentIndex().row(), 1);
    EXPECT_EQ(editor.grid()->currentIndex().column(), int(Model::Sku));
    EXPECT_EQ(editor.linesModel()->lines().size(), 1);
    // The cell opens again with what was typed, to be corrected.
    ASSERT_TRUE(editing(editor, 1, Model::Sku));
    EXPECT_EQ(qobject_cast<QLineEdit*>(focused())->text(), QStringLiteral("NOPE9"));
    qobject_cast<QLineEdit*>(focused())->clear();
    type(QStringLiteral("TUE6"));
    press(Qt::Key_Return);
    EXPECT_TRUE(editing(editor, 1, Model::Qty));
    EXPECT_EQ(editor.linesModel()->lines().size(), 2);
    EXPECT_FALSE(editor.banner()->isVisible()); // corrected
}

TEST_F(QuotationGridTest, CtrlZUndoesLineChangesAStepAtATime) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("25")); // 2 and 5: one step
    enterLine(editor, 1, QStringLiteral("TUE6"), QStringLiteral("2"));
    press(Qt::Key_Escape);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    press(Qt::Key_Delete); // the first line goes
    Model* model = editor.linesModel();
    ASSERT_EQ(model->lines().size(), 1);

    press(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(model->lines().size(), 2);
    EXPECT_EQ(model->lines()[0].qty, Quantity::fromUnits(25));
    EXPECT_EQ(editor.grid()->currentIndex().row(), 0); // the cursor stays
    press(Qt::Key_Z, Qt::ControlModifier);             // the second line's quantity: back to 1
    EXPECT_EQ(model->lines()[1].qty, Quantity::fromUnits(1));
    press(Qt::Key_Z, Qt::ControlModifier); // the second line's product
    EXPECT_EQ(model->lines().size(), 1);
    press(Qt::Key_Z, Qt::ControlModifier); // the first line's quantity, typed as one step
    EXPECT_EQ(model->lines()[0].qty, Quantity::fromUnits(1));
    EXPECT_EQ(model->totals().untaxed.minor(), 25); // 1 × 0,25

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(model->lines()[0].qty, Quantity::fromUnits(25));
    EXPECT_EQ(model->totals().untaxed.minor(), 625);
}

TEST_F(QuotationGridTest, EnterFromTheDescriptionGoesOnToTheQuantity) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    ASSERT_TRUE(editing(editor, 0, Model::Sku));
    type(QStringLiteral("TOR6"));
    press(Qt::Key_Tab); // Tab visits the description
    ASSERT_TRUE(editing(editor, 0, Model::Description));
    press(Qt::Key_End); // the text opens selected: typing would replace it
    type(QStringLiteral(" inox"));
    press(Qt::Key_Return);
    ASSERT_TRUE(editing(editor, 0, Model::Qty));
    EXPECT_EQ(editor.linesModel()->lines()[0].description, QStringLiteral("Tornillo M6 inox"));
}

TEST_F(QuotationGridTest, ChangingTheDateRepricesTheLines) {
    ASSERT_TRUE(
        s->priceLists().createList(admin, QStringLiteral("PROMO"), QStringLiteral("Promo")));
    PriceRule rule;
    rule.priceListCode = QStringLiteral("PROMO");
    rule.sku = QStringLiteral("TOR6");
    rule.fixedPrice = UnitPrice::fromTenThousandths(2000);
    rule.validFrom = QDate::currentDate(); // from today on
    ASSERT_TRUE(s->priceLists().addRule(admin, rule));
    auto customer = s->customers().get(admin, QStringLiteral("FERR"));
    ASSERT_TRUE(customer);
    customer->priceListCode = QStringLiteral("PROMO");
    ASSERT_TRUE(s->customers().update(admin, *customer));

    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("1"));
    EXPECT_EQ(editor.linesModel()->lines()[0].unitPrice, UnitPrice::fromTenThousandths(2000));
    editor.findChild<QDateEdit*>(QStringLiteral("dateEdit"))
        ->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(editor.linesModel()->lines()[0].unitPrice, UnitPrice::fromTenThousandths(2500));
}

TEST_F(QuotationGridTest, EscapePutsBackAQuantityBeingTyped) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    ASSERT_NO_FATAL_FAILURE(pickProduct(editor, 0, QStringLiteral("TOR6")));
    type(QStringLiteral("40"));
    ASSERT_EQ(editor.linesModel()->totals().untaxed.minor(), 1000); // followed the keys
    press(Qt::Key_Escape);
    EXPECT_FALSE(editor.grid()->isEditing());
    EXPECT_EQ(editor.linesModel()->lines()[0].qty, Quantity::fromUnits(1));
    EXPECT_EQ(editor.linesModel()->totals().untaxed.minor(), 25);
}

TEST_F(QuotationGridTest, AClickOnASuggestionCompletesTheProductCell) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    ASSERT_TRUE(editing(editor, 0, Model::Sku));
    type(QStringLiteral("arandela"));
    auto* lookup = qobject_cast<LookupEdit*>(focused());
    ASSERT_TRUE(lookup);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lookup->popupVisible(); }, 2000));
    QListWidget* list = lookup->suggestionList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    ASSERT_TRUE(editing(editor, 0, Model::Qty));
    EXPECT_EQ(editor.linesModel()->lines()[0].sku, QStringLiteral("ARA6"));
}
