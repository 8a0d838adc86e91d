// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"
#include "app/quotation_editor.h"
#include "app/quotations_view.h"
#include "quotation_test_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class QuotationsViewTest : public test::QuotationTest {
protected:
    static QStringList keys(QuotationsView& view) {
        QStringList out;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            out << view.model()->keyAt(row);
        out.sort();
        return out;
    }
    static void search(QuotationsView& view, const QString& text) {
        view.focusSearch();
        QTest::keyClicks(view.searchField(), text);
        QTest::keyClick(view.searchField(), Qt::Key_Return); // searches at once
    }
};

} // namespace

TEST_F(QuotationsViewTest, FiltersByStateAndCustomerAndFindsByNumberOrCustomer) {
    const Quotation a = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 1);
    const Quotation b = quote(QStringLiteral("FERR"), QStringLiteral("TUE6"), 2);
    const Quotation c = quote(QStringLiteral("TALL"), QStringLiteral("ARA6"), 3);
    ASSERT_TRUE(s->quotations().send(admin, b.number));
    ASSERT_TRUE(s->quotations().reject(admin, c.number, QStringLiteral("No budget")));

    QuotationsView view(*s, admin);
    showActive(view);
    EXPECT_EQ(view.model()->rowCount(), 3);
    EXPECT_EQ(view.model()->keyAt(0), c.number); // newest first

    view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(QStringLiteral("sent")));
    EXPECT_EQ(keys(view), QStringList{b.number});
    view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(QStringLiteral("draft")));
    EXPECT_EQ(keys(view), QStringList{a.number});
    view.stateFilter()->setCurrentIndex(0);
    EXPECT_EQ(view.model()->rowCount(), 3);
    // The state column shows the translated label, not the key.
    const int statusColumn = 2;
    EXPECT_EQ(view.model()->index(0, statusColumn).data().toString(), QStringLiteral("Rejected"));

    // The customer filter takes a suggestion from the keyboard.
    view.customerFilter()->setFocus();
    QTest::keyClicks(view.customerFilter(), QStringLiteral("talle"));
    QTest::keyClick(view.customerFilter(), Qt::Key_Return);
    EXPECT_EQ(view.customerFilter()->text(), QStringLiteral("TALL"));
    EXPECT_EQ(keys(view), QStringList{c.number});
    view.customerFilter()->clear();
    EXPECT_EQ(view.model()->rowCount(), 3);

    // A date range that ends before today finds nothing.
    view.toFilter()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(view.model()->rowCount(), 0);
    view.toFilter()->setDate(view.toFilter()->minimumDate()); // "any" again
    EXPECT_EQ(view.model()->rowCount(), 3);

    search(view, a.number);
    EXPECT_EQ(keys(view), QStringList{a.number});
    view.searchField()->clear();
    search(view, QStringLiteral("Talleres"));
    EXPECT_EQ(keys(view), QStringList{c.number});
}

TEST_F(QuotationsViewTest, ExpiredIsAStateToFilterBy) {
    quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 1);
    services::QuotationInput old;
    old.customerCode = QStringLiteral("TALL");
    old.date = QDate::currentDate().addDays(-40);
    old.validUntil = QDate::currentDate().addDays(-10);
    old.lines.append({QStringLiteral("TUE6"), Quantity::fromUnits(1), {}, {}, {}, {}});
    auto expired = s->quotations().create(admin, old);
    ASSERT_TRUE(expired) << expired.error().message.toStdString();

    QuotationsView view(*s, admin);
    showActive(view);
    view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(QStringLiteral("expired")));
    EXPECT_EQ(keys(view), QStringList{expired->number});
    EXPECT_EQ(view.model()->index(0, 2).data().toString(), QStringLiteral("Expired"));
    // The date range finds it by its date.
    view.stateFilter()->setCurrentIndex(0);
    view.fromFilter()->setDate(old.date.addDays(-1));
    view.toFilter()->setDate(old.date.addDays(1));
    EXPECT_EQ(keys(view), QStringList{expired->number});
}

TEST_F(QuotationsViewTest, EnterOpensTheEditorAndCtrlNStartsANewOne) {
    const Quotation a = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 1);
    QuotationsView view(*s, admin);
    showActive(view);
    view.table()->setFocus();
    view.table()->selectRow(0);

    QString title;
    whenModal([&](QDialog* dialog) {
        title = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_Return);
    EXPECT_TRUE(title.contains(a.number)) << title.toStdString();

    QApplication::setActiveWindow(&view); // back from the closed editor
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QString newTitle;
    whenModal([&](QDialog* dialog) {
        newTitle = dialog->windowTitle();
        dialog->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(newTitle, QStringLiteral("New quotation"));
}
