// SPDX-License-Identifier: MIT
#include "app/dialogs/stock_adjust_dialog.h"
#include "dialog_test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class StockAdjustDialogTest : public test::DialogTest {
protected:
    void SetUp() override {
        test::DialogTest::SetUp();
        Product p;
        p.sku = QStringLiteral("CAJA");
        p.name = QStringLiteral("Caja de cartón");
        ASSERT_TRUE(s->products().create(admin, p, Quantity::fromUnits(5)));
    }
    Quantity onHand() { return s->products().stockLevel(admin, QStringLiteral("CAJA"))->onHand; }
    static QString text(const QWidget& w, const char* name) {
        return w.findChild<QLabel*>(QString::fromLatin1(name))->text();
    }
};

} // namespace

TEST_F(StockAdjustDialogTest, GoingBelowZeroIsRefusedAndNothingChanges) {
    StockAdjustDialog dialog(*s, admin, QStringLiteral("CAJA"));
    showActive(dialog);
    EXPECT_TRUE(text(dialog, "levelsLabel").startsWith(QStringLiteral("5 ")));
    ASSERT_EQ(focusedName(), QStringLiteral("qtyEdit"));
    type(QStringLiteral("-8"));
    EXPECT_TRUE(text(dialog, "resultLabel").startsWith(QStringLiteral("-3")));
    tab();
    type(QStringLiteral("Rotura"));
    press(Qt::Key_S, Qt::ControlModifier);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("qtyEdit"));
    EXPECT_FALSE(text(dialog, "errorLabel").isEmpty());
    EXPECT_EQ(onHand(), Quantity::fromUnits(5));
    EXPECT_EQ(s->stock().movements(admin, QStringLiteral("CAJA"))->size(), 1); // initial stock

    press(Qt::Key_Backspace);
    type(QStringLiteral("2,5"));
    EXPECT_EQ(text(dialog, "resultLabel"), QStringLiteral("2,5 ud"));
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << text(dialog, "errorLabel").toStdString();
    EXPECT_EQ(onHand(), Quantity::fromThousandths(2500));
    auto moves = s->stock().movements(admin, QStringLiteral("CAJA"));
    ASSERT_EQ(moves->size(), 2);
    EXPECT_EQ(moves->first().reason, QStringLiteral("Rotura"));
}

TEST_F(StockAdjustDialogTest, AReasonIsRequired) {
    StockAdjustDialog dialog(*s, admin, QStringLiteral("CAJA"));
    showActive(dialog);
    type(QStringLiteral("3"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(
        dialog.findChild<QComboBox*>(QStringLiteral("reasonCombo"))->isAncestorOf(focused()) ||
        focusedName() == QStringLiteral("reasonCombo"));
    EXPECT_EQ(onHand(), Quantity::fromUnits(5));

    // A common reason picked from the list with the keyboard.
    press(Qt::Key_Down);
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << text(dialog, "errorLabel").toStdString();
    EXPECT_EQ(onHand(), Quantity::fromUnits(8));
    EXPECT_EQ(s->stock().movements(admin, QStringLiteral("CAJA"))->first().reason,
              QStringLiteral("Physical count"));
}
