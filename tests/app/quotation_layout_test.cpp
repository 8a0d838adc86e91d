// SPDX-License-Identifier: MIT
// The quotation screens over demo data: nothing squeezed below the width its text
// needs. With MOSTRADOR_DIALOG_SHOTS=DIR set, the editor and the list are also saved
// there as PNGs (the user guide's docs/images/quotation-editor.png and quotations.png).
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/main_window.h"
#include "app/quotation_editor.h"
#include "app/quotations_view.h"
#include "quotation_test_support.h"

#include <QListWidget>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class QuotationLayoutTest : public test::QuotationTest {
protected:
    void SetUp() override {
        QuotationTest::SetUp();
        ASSERT_TRUE(s->setup().loadDemo(admin, 12, 24));
        storage::ListQuery q;
        q.limit = 24;
        const auto products = s->products().list(admin, q);
        ASSERT_TRUE(products);
        for (const auto& p : *products)
            skus << p.sku;
        q.limit = 12;
        const auto found = s->customers().list(admin, q);
        ASSERT_TRUE(found);
        for (const auto& c : *found)
            customers << c.code;
    }

    QString quoteFor(const QString& customer, QList<std::pair<int, int>> lines, int daysAgo = 0) {
        services::QuotationInput input;
        input.customerCode = customer;
        input.date = QDate::currentDate().addDays(-daysAgo);
        input.notes = QStringLiteral("Entrega en obra, de lunes a viernes.");
        for (auto [product, qty] : lines)
            input.lines.append({skus.at(product), Quantity::fromUnits(qty), {}, {}, {}, {}});
        auto created = s->quotations().create(admin, input);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->number : QString();
    }

    QStringList skus;
    QStringList customers;
};

} // namespace

TEST_F(QuotationLayoutTest, EditorWithSixLinesAndAFlaggedOne) {
    const QString number =
        quoteFor(customers.at(2), {{0, 12}, {3, 4}, {5, 25}, {8, 2}, {11, 6}, {14, 10}});
    ASSERT_TRUE(
        s->users().add(admin, QStringLiteral("lucia"), Role::Sales, QStringLiteral("password-1")));
    auto lucia = s->users().login(QStringLiteral("lucia"), QStringLiteral("password-1"));
    ASSERT_TRUE(lucia);

    QuotationEditor editor(*s, *lucia, number);
    showActive(editor);
    // A discount above Lucía's 10 % on the fourth line, typed as she would.
    editor.grid()->editCell(3, DocumentLinesModel::Discount);
    type(QStringLiteral("15"));
    press(Qt::Key_Return);
    editor.grid()->setCurrentIndex(editor.linesModel()->index(3, DocumentLinesModel::Discount));
    ASSERT_TRUE(editor.linesModel()->lineFlags(3).discountAboveLimit);
    test::look(editor, QStringLiteral("quotation-editor"), 50);
}

// A new quotation while a product is being looked up by name in the second line.
TEST_F(QuotationLayoutTest, ProductSuggestionsUnderTheCell) {
    QuotationEditor editor(*s, admin, {});
    showActive(editor);
    type(customers.at(1));
    press(Qt::Key_Return);
    type(skus.at(4));
    press(Qt::Key_Return);
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    type(QStringLiteral("torn"));
    auto* lookup = qobject_cast<LookupEdit*>(focused());
    ASSERT_TRUE(lookup);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lookup->popupVisible(); }, 2000));
    QListWidget* list = lookup->suggestionList();
    EXPECT_GT(list->count(), 0);
    // Under the cell it belongs to, inside the window.
    const QPoint cell = lookup->mapTo(&editor, QPoint(0, lookup->height()));
    EXPECT_EQ(list->geometry().topLeft(), cell);
    EXPECT_LE(list->geometry().bottom(), editor.height());
    test::look(editor, QStringLiteral("quotation-typing"), 50);
}

TEST_F(QuotationLayoutTest, ListInTheMainWindow) {
    // A few weeks of a salesperson's work: the oldest ones past their validity.
    for (int i = 0; i < 6; ++i)
        quoteFor(customers.at(6 + i), {{i, 5 + i}, {12 + i, 2}}, 45 - 3 * i);
    const QString a = quoteFor(customers.at(0), {{1, 3}, {2, 5}}, 9);
    const QString b = quoteFor(customers.at(1), {{4, 1}}, 6);
    const QString c = quoteFor(customers.at(3), {{6, 10}, {7, 2}, {9, 1}}, 4);
    const QString d = quoteFor(customers.at(4), {{10, 40}}, 2);
    quoteFor(customers.at(5), {{12, 8}});
    ASSERT_TRUE(s->quotations().send(admin, b));
    ASSERT_TRUE(s->quotations().send(admin, c));
    ASSERT_TRUE(s->quotations().accept(admin, c));
    ASSERT_TRUE(s->quotations().reject(admin, d, QStringLiteral("Precio")));
    ASSERT_TRUE(s->quotations().send(admin, a));

    MainWindow window(*s, admin);
    window.resize(1200, 750);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), window.quotationsView());
    window.quotationsView()->table()->selectRow(1);
    test::look(window, QStringLiteral("quotations"), 50);
}
