// SPDX-License-Identifier: MIT
#include "app/dialogs/product_editor.h"
#include "dialog_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ProductEditorTest : public test::DialogTest {
protected:
    QString errorText(const ProductEditor& e) {
        return e.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    }
};

} // namespace

TEST_F(ProductEditorTest, CreatesATrackedProductWithInitialStockFromTheKeyboard) {
    ProductEditor editor(*s, admin, {});
    showActive(editor);
    ASSERT_EQ(focusedName(), QStringLiteral("skuEdit"));
    type(QStringLiteral("tor-8"));
    ASSERT_EQ(tab(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Tornillo 8 mm"));
    ASSERT_EQ(tab(2), QStringLiteral("priceEdit")); // past the unit
    type(QStringLiteral("0,0125"));
    ASSERT_EQ(tab(), QStringLiteral("costEdit"));
    type(QStringLiteral("0,01"));
    ASSERT_EQ(tab(2), QStringLiteral("weightEdit")); // past the tax
    type(QStringLiteral("0,008"));
    auto* stock = editor.findChild<QLineEdit*>(QStringLiteral("initialStockEdit"));
    stock->setFocus();
    type(QStringLiteral("1.500"));
    press(Qt::Key_S, Qt::ControlModifier);

    ASSERT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    EXPECT_EQ(editor.savedSku(), QStringLiteral("TOR-8"));
    auto p = s->products().get(admin, QStringLiteral("TOR-8"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->listPrice, UnitPrice::fromTenThousandths(125));
    EXPECT_EQ(p->standardCost, UnitPrice::fromTenThousandths(100));
    EXPECT_EQ(p->weightKg, Quantity::fromThousandths(8));
    EXPECT_EQ(p->taxCode, QStringLiteral("IVA21")); // the first rate when no default is set
    auto level = s->products().stockLevel(admin, QStringLiteral("TOR-8"));
    ASSERT_TRUE(level);
    EXPECT_EQ(level->onHand, Quantity::fromUnits(1500));
}

TEST_F(ProductEditorTest, CostAbovePriceIsWarnedButSaved) {
    ProductEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("LOSS"));
    tab();
    type(QStringLiteral("Loss leader"));
    editor.findChild<QLineEdit*>(QStringLiteral("priceEdit"))->setFocus();
    type(QStringLiteral("5"));
    tab();
    type(QStringLiteral("7,50"));
    auto* hint = editor.findChild<QLabel*>(QStringLiteral("priceHint"));
    EXPECT_FALSE(hint->isHidden());
    EXPECT_FALSE(hint->text().isEmpty());
    press(Qt::Key_Return);
    EXPECT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    EXPECT_TRUE(s->products().get(admin, QStringLiteral("LOSS")));
}

TEST_F(ProductEditorTest, UnreadablePriceIsRefusedOnItsField) {
    ProductEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("BAD"));
    tab();
    type(QStringLiteral("Bad price"));
    editor.findChild<QLineEdit*>(QStringLiteral("priceEdit"))->setFocus();
    type(QStringLiteral("12,5,0"));
    editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("priceEdit"));
    EXPECT_EQ(*s->products().count(admin, {}), 0);
}

TEST_F(ProductEditorTest, DuplicateSkuIsRefusedOnTheSkuField) {
    Product p;
    p.sku = QStringLiteral("DUP");
    p.name = QStringLiteral("First");
    ASSERT_TRUE(s->products().create(admin, p));
    ProductEditor editor(*s, admin, {});
    showActive(editor);
    type(QStringLiteral("dup"));
    tab();
    type(QStringLiteral("Second"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("skuEdit"));
    EXPECT_TRUE(errorText(editor).contains(QStringLiteral("DUP")));
    EXPECT_EQ(*s->products().count(admin, {}), 1);
}

TEST_F(ProductEditorTest, EditingShowsTheProductAndHidesInitialStock) {
    Product p;
    p.sku = QStringLiteral("ED-1");
    p.name = QStringLiteral("Editable");
    p.listPrice = UnitPrice::fromTenThousandths(12345678);
    p.category = QStringLiteral("Herrajes");
    ASSERT_TRUE(s->products().create(admin, p));
    ProductEditor editor(*s, admin, QStringLiteral("ED-1"));
    showActive(editor);
    EXPECT_TRUE(editor.findChild<QLineEdit*>(QStringLiteral("skuEdit"))->isReadOnly());
    EXPECT_EQ(editor.findChild<QLineEdit*>(QStringLiteral("priceEdit"))->text(),
              QStringLiteral("1234,5678")); // Spanish groups from five digits
    EXPECT_TRUE(editor.findChild<QLineEdit*>(QStringLiteral("initialStockEdit"))->isHidden());
    auto* category = editor.findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    EXPECT_EQ(category->currentText(), QStringLiteral("Herrajes"));
    EXPECT_GE(category->findText(QStringLiteral("Herrajes")), 0);
    ASSERT_EQ(focusedName(), QStringLiteral("nameEdit"));
    press(Qt::Key_End);
    type(QStringLiteral(" 2"));
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(editor.result(), QDialog::Accepted) << errorText(editor).toStdString();
    EXPECT_EQ(s->products().get(admin, QStringLiteral("ED-1"))->name, QStringLiteral("Editable 2"));
}
