// SPDX-License-Identifier: MIT
// The price lists window and its rule editor, driven from the keyboard; the database is
// checked through PriceListService. With MOSTRADOR_DIALOG_SHOTS=DIR set, the Look test
// saves both windows there as PNGs.
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/price_lists_dialog.h"
#include "app/dialogs/price_rule_editor.h"
#include "dialog_test_support.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class PriceListsDialogTest : public test::DialogTest {
protected:
    void SetUp() override {
        test::DialogTest::SetUp();
        ASSERT_TRUE(s->priceLists().createList(admin, QStringLiteral("MAYOR"),
                                               QStringLiteral("Mayorista")));
        for (const char* sku : {"TOR-M6", "TOR-M8"}) {
            Product p;
            p.sku = QString::fromLatin1(sku);
            p.name = QStringLiteral("Tornillo ") + p.sku.mid(4);
            p.category = QStringLiteral("Tornillería");
            p.listPrice = UnitPrice::fromTenThousandths(100000);
            p.taxCode = QStringLiteral("IVA21");
            ASSERT_TRUE(s->products().create(admin, p));
        }
        Customer c;
        c.code = QStringLiteral("ALFA");
        c.name = QStringLiteral("Ferretería Alfa");
        ASSERT_TRUE(s->customers().create(admin, c));
    }

    template <class W> static W* child(const QObject& w, const char* name) {
        return w.findChild<W*>(QString::fromLatin1(name));
    }
    QList<PriceRule> rules() {
        return s->priceLists().rules(admin, QStringLiteral("MAYOR")).value_or(QList<PriceRule>());
    }
    // Gives the keyboard to a window the dialog opened (offscreen, nothing else does).
    template <class W> static W* activate(W* window) {
        if (window) {
            window->activateWindow();
            QApplication::setActiveWindow(window);
            EXPECT_TRUE(QTest::qWaitForWindowActive(window)) << window->metaObject()->className();
        }
        return window;
    }
    static PriceRuleEditor* editorOf(const QWidget& dialog) {
        return activate(dialog.findChild<PriceRuleEditor*>());
    }
    static QMessageBox* confirmationOf(const QWidget& dialog) {
        return activate(dialog.findChild<QMessageBox*>(QStringLiteral("confirmDelete")));
    }
    // Waits until a window the dialog opened has closed and is gone (they delete
    // themselves on close).
    static void waitClosed(QWidget* w) {
        const QPointer<QWidget> window(w);
        EXPECT_TRUE(QTest::qWaitFor([&] { return window.isNull(); }));
    }
    PriceRule addedRule() {
        PriceRule r;
        r.priceListCode = QStringLiteral("MAYOR");
        r.category = QStringLiteral("Tornillería");
        r.discount = Percent::fromWhole(5);
        auto added = s->priceLists().addRule(admin, r);
        EXPECT_TRUE(added);
        return added.value_or(PriceRule{});
    }
};

} // namespace

TEST_F(PriceListsDialogTest, AddsARuleFromTheKeyboardChoosingTheProductFromTheCompleter) {
    PriceListsDialog dialog(*s, admin);
    showActive(dialog);
    EXPECT_EQ(dialog.currentList().code, QStringLiteral("MAYOR"));
    child<QTableView>(dialog, "rulesView")->setFocus();
    press(Qt::Key_Insert);
    PriceRuleEditor* editor = editorOf(dialog);
    ASSERT_TRUE(editor);
    ASSERT_EQ(focusedName(), QStringLiteral("skuEdit"));
    type(QStringLiteral("tor"));
    QAbstractItemView* popup = child<QLineEdit>(*editor, "skuEdit")->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }));
    EXPECT_EQ(popup->model()->rowCount(), 2);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(child<QLineEdit>(*editor, "skuEdit")->text(), QStringLiteral("TOR-M6"));
    EXPECT_TRUE(child<QLabel>(*editor, "productLabel")->text().contains(u"Tornillo M6"));
    EXPECT_EQ(tab(), QStringLiteral("customerEdit")); // the category is skipped
    EXPECT_EQ(tab(), QStringLiteral("minQtyEdit"));
    type(QStringLiteral("10"));
    EXPECT_EQ(tab(), QStringLiteral("priceEdit"));
    type(QStringLiteral("9,5"));
    EXPECT_EQ(tab(), QStringLiteral("fromEdit")); // the discount is skipped
    EXPECT_EQ(tab(), QStringLiteral("toEdit"));
    type(QStringLiteral("31/12/2026"));
    press(Qt::Key_Return);
    waitClosed(editor);

    ASSERT_EQ(rules().size(), 1);
    const PriceRule r = rules().first();
    EXPECT_EQ(r.sku, QStringLiteral("TOR-M6"));
    EXPECT_TRUE(r.category.isEmpty());
    EXPECT_EQ(r.minQty, Quantity::fromUnits(10));
    EXPECT_EQ(r.fixedPrice, UnitPrice::fromTenThousandths(95000));
    EXPECT_FALSE(r.discount);
    EXPECT_FALSE(r.validFrom);
    EXPECT_EQ(r.validTo, QDate(2026, 12, 31));
    auto* view = child<QTableView>(dialog, "rulesView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->currentIndex().row(), 0);
    EXPECT_EQ(view->model()->index(0, 3).data().toString(), QStringLiteral("9,50"));
}

TEST_F(PriceListsDialogTest, EditsTheSelectedRuleWithEnterAndDeletesItWithDel) {
    const PriceRule rule = addedRule();
    PriceListsDialog dialog(*s, admin);
    showActive(dialog);
    auto* view = child<QTableView>(dialog, "rulesView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    press(Qt::Key_Return);
    PriceRuleEditor* editor = editorOf(dialog);
    ASSERT_TRUE(editor);
    EXPECT_EQ(child<QLineEdit>(*editor, "discountEdit")->text(), QStringLiteral("5"));
    EXPECT_FALSE(child<QLineEdit>(*editor, "priceEdit")->isEnabled());
    child<QLineEdit>(*editor, "discountEdit")->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("7,5"));
    EXPECT_EQ(tab(), QStringLiteral("fromEdit"));
    type(QStringLiteral("1/1/2026"));
    press(Qt::Key_S, Qt::ControlModifier);
    waitClosed(editor);
    ASSERT_EQ(rules().size(), 1);
    EXPECT_EQ(rules().first().id, rule.id);
    EXPECT_EQ(rules().first().discount, Percent::fromBasisPoints(750));
    EXPECT_EQ(rules().first().validFrom, QDate(2026, 1, 1));
    EXPECT_EQ(view->model()->index(0, 4).data().toString(), QStringLiteral("7,5 %"));

    activate(&dialog);
    EXPECT_EQ(focusedName(), QStringLiteral("rulesView")); // the dialog gave it back
    view->setFocus();
    press(Qt::Key_Delete);
    QMessageBox* confirm = confirmationOf(dialog);
    ASSERT_TRUE(confirm);
    press(Qt::Key_Escape); // Esc keeps the rule
    waitClosed(confirm);
    EXPECT_EQ(rules().size(), 1);
    activate(&dialog); // what the window manager does when the box closes
    view->setFocus();
    press(Qt::Key_Delete);
    confirm = confirmationOf(dialog);
    ASSERT_TRUE(confirm);
    press(Qt::Key_Return); // Enter confirms
    EXPECT_TRUE(QTest::qWaitFor([&] { return rules().isEmpty(); }));
    EXPECT_EQ(view->model()->rowCount(), 0);
}

TEST_F(PriceListsDialogTest, ARefusalKeepsTheEditorOpenAndFocusesTheField) {
    PriceListsDialog dialog(*s, admin);
    showActive(dialog);
    child<QPushButton>(dialog, "addRuleButton")->click();
    PriceRuleEditor* editor = editorOf(dialog);
    ASSERT_TRUE(editor);
    type(QStringLiteral("NADA"));
    child<QLineEdit>(*editor, "skuEdit")->completer()->popup()->hide();
    child<QLineEdit>(*editor, "priceEdit")->setText(QStringLiteral("1"));
    press(Qt::Key_Return);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("skuEdit"));
    EXPECT_FALSE(child<QLabel>(*editor, "errorLabel")->text().isEmpty());
    child<QLineEdit>(*editor, "skuEdit")->setText(QStringLiteral("TOR-M8"));
    child<QLineEdit>(*editor, "priceEdit")->setText(QStringLiteral("uno"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(focusedName(), QStringLiteral("priceEdit"));
    EXPECT_TRUE(rules().isEmpty());
}

TEST_F(PriceListsDialogTest, AddsAndRenamesLists) {
    PriceListsDialog dialog(*s, admin);
    showActive(dialog);
    child<QLineEdit>(dialog, "newCodeEdit")->setFocus();
    type(QStringLiteral("vip"));
    EXPECT_EQ(tab(), QStringLiteral("newNameEdit"));
    type(QStringLiteral("Clientes VIP"));
    press(Qt::Key_Return);
    auto lists = s->priceLists().lists(admin);
    ASSERT_TRUE(lists);
    ASSERT_EQ(lists->size(), 2);
    EXPECT_EQ(lists->at(1).code, QStringLiteral("VIP"));
    EXPECT_EQ(dialog.currentList().code, QStringLiteral("VIP"));
    EXPECT_EQ(child<QTableWidget>(dialog, "listsTable")->rowCount(), 2);

    child<QLineEdit>(dialog, "listNameEdit")->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("Preferentes"));
    press(Qt::Key_Return);
    EXPECT_EQ(s->priceLists().lists(admin)->at(1).name, QStringLiteral("Preferentes"));
    EXPECT_EQ(dialog.currentList().name, QStringLiteral("Preferentes"));
}

TEST_F(PriceListsDialogTest, WithoutManagePricesEverythingIsReadOnly) {
    addedRule();
    const Actor sales = test::actorWithRole(Role::Sales, QStringLiteral("ana"));
    PriceListsDialog dialog(*s, sales);
    showActive(dialog);
    for (const char* name :
         {"addRuleButton", "deleteRuleButton", "renameButton", "addListButton", "importButton"})
        EXPECT_FALSE(child<QPushButton>(dialog, name)->isEnabled()) << name;
    auto* view = child<QTableView>(dialog, "rulesView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    press(Qt::Key_Insert);
    press(Qt::Key_Delete);
    EXPECT_FALSE(dialog.findChild<PriceRuleEditor*>());
    EXPECT_FALSE(dialog.findChild<QMessageBox*>());
    press(Qt::Key_Return); // opens the rule to look at
    PriceRuleEditor* editor = editorOf(dialog);
    ASSERT_TRUE(editor);
    EXPECT_TRUE(child<QLineEdit>(*editor, "discountEdit")->isReadOnly());
    EXPECT_EQ(rules().size(), 1);
}

TEST_F(PriceListsDialogTest, TheRulesFollowTheFilterAndChangesMadeElsewhere) {
    addedRule();
    PriceListsDialog dialog(*s, admin);
    showActive(dialog);
    auto* view = child<QTableView>(dialog, "rulesView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    PriceRule own;
    own.priceListCode = QStringLiteral("MAYOR");
    own.sku = QStringLiteral("TOR-M8");
    own.customerCode = QStringLiteral("ALFA");
    own.fixedPrice = UnitPrice::fromTenThousandths(80000);
    ASSERT_TRUE(s->priceLists().addRule(admin, own)); // as another window would
    EXPECT_EQ(view->model()->rowCount(), 2);
    child<QLineEdit>(dialog, "filterEdit")->setFocus();
    type(QStringLiteral("alf"));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 1).data().toString(), QStringLiteral("ALFA"));
    ASSERT_TRUE(
        s->priceLists().updateList(admin, QStringLiteral("MAYOR"), QStringLiteral("Al por mayor")));
    EXPECT_EQ(child<QTableWidget>(dialog, "listsTable")->item(0, 1)->text(),
              QStringLiteral("Al por mayor"));
    EXPECT_EQ(view->model()->rowCount(), 1); // the filter stays
}

TEST_F(PriceListsDialogTest, TheImportDialogChecksThenImportsPriceRules) {
    const QString path = dir.filePath(QStringLiteral("precios.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("price_list,sku,category,min_qty,price,discount\n"
               "MAYOR,TOR-M6,,10,9.50,\n"
               "MAYOR,,Tornillería,,,12.5\n");
    file.close();
    ImportDialog import(*s, admin, ImportDialog::Kind::Prices);
    EXPECT_EQ(import.windowTitle(), QStringLiteral("Import price rules"));
    child<QLineEdit>(import, "fileEdit")->setText(path);
    child<QPushButton>(import, "checkButton")->click();
    EXPECT_TRUE(rules().isEmpty()); // checking writes nothing
    auto* importButton = child<QPushButton>(import, "importButton");
    ASSERT_TRUE(importButton->isEnabled())
        << child<QLabel>(import, "summaryLabel")->text().toStdString();
    import.setProgressDelay(0);
    importButton->click();
    EXPECT_EQ(import.importedRows(), 2);
    ASSERT_EQ(rules().size(), 2);
    EXPECT_EQ(rules().at(1).discount, Percent::fromBasisPoints(1250));
}

TEST_F(PriceListsDialogTest, Look) {
    ASSERT_TRUE(s->priceLists().createList(admin, QStringLiteral("VIP"),
                                           QStringLiteral("Clientes preferentes")));
    addedRule();
    PriceRule m6;
    m6.priceListCode = QStringLiteral("MAYOR");
    m6.sku = QStringLiteral("TOR-M6");
    m6.minQty = Quantity::fromUnits(100);
    m6.fixedPrice = UnitPrice::fromTenThousandths(87500);
    m6.validTo = QDate(2026, 12, 31);
    ASSERT_TRUE(s->priceLists().addRule(admin, m6));
    m6.customerCode = QStringLiteral("ALFA");
    m6.minQty = Quantity();
    m6.fixedPrice = UnitPrice::fromTenThousandths(90000);
    ASSERT_TRUE(s->priceLists().addRule(admin, m6));
    PriceListsDialog dialog(*s, admin);
    dialog.show(); // no keyboard needed: this also runs under xvfb without a window manager
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* view = child<QTableView>(dialog, "rulesView");
    view->setCurrentIndex(view->model()->index(1, 0));
    test::look(dialog, QStringLiteral("price-lists"));
    PriceRuleEditor editor(*s, admin, dialog.currentList(), rules().at(1).id);
    test::look(editor, QStringLiteral("price-rule-editor"));
}
