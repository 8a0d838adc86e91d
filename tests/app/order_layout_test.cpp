// SPDX-License-Identifier: MIT
// The order screens over demo data: nothing squeezed below the width its text needs.
// With MOSTRADOR_DIALOG_SHOTS=DIR set, the list, an order with a backordered line and a
// held order are also saved there as PNGs (the user guide's docs/images/orders-list.png,
// order-editor.png and order-on-hold.png).
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/main_window.h"
#include "app/order_editor.h"
#include "app/orders_view.h"
#include "quotation_test_support.h"

#include <QCheckBox>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class OrderLayoutTest : public test::QuotationTest {
protected:
    void SetUp() override {
        QuotationTest::SetUp();
        AppSettings().remove(QStringLiteral("lists/orders"));
        ASSERT_TRUE(s->setup().loadDemo(admin, 12, 24));
        storage::ListQuery q;
        q.limit = 24;
        const auto products = s->products().list(admin, q);
        ASSERT_TRUE(products);
        for (const auto& p : *products)
            if (p.tracked)
                skus << p.sku;
        q.limit = 12;
        const auto found = s->customers().list(admin, q);
        ASSERT_TRUE(found);
        for (const auto& c : *found)
            customers << c.code;
        ASSERT_GE(skus.size(), 12);
    }

    // A draft of `lines` {product index, qty} for customer `c`, `daysAgo` days old.
    QString orderFor(int c, QList<std::pair<int, int>> lines, int daysAgo = 0) {
        services::OrderInput input;
        input.customerCode = customers.at(c);
        input.date = QDate::currentDate().addDays(-daysAgo);
        input.requestedDate = input.date.addDays(10);
        input.notes = QStringLiteral("Entrega en muelle 2, de 8 a 14 h.");
        for (auto [product, qty] : lines)
            input.lines.append({skus.at(product), Quantity::fromUnits(qty), {}, {}, {}, {}});
        auto created = s->orders().create(admin, input);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->number : QString();
    }
    QString confirmedFor(int c, QList<std::pair<int, int>> lines, int daysAgo = 0) {
        const QString number = orderFor(c, std::move(lines), daysAgo);
        auto done = s->orders().confirm(admin, number);
        EXPECT_TRUE(done) << done.error().message.toStdString();
        return number;
    }
    // Customer `c` with a credit limit of `euros`, on hold if asked.
    void limit(int c, qint64 euros, bool onHold) {
        auto customer = s->customers().get(admin, customers.at(c));
        ASSERT_TRUE(customer);
        customer->creditLimit = Money::fromMinor(euros * 100, s->context().currency);
        customer->onHold = onHold;
        ASSERT_TRUE(s->customers().update(admin, *customer));
    }
    QString heldOrder() {
        limit(2, 500, true);
        return confirmedFor(2, {{1, 40}, {3, 12}, {5, 6}}, 1);
    }

    QStringList skus;
    QStringList customers;
};

} // namespace

TEST_F(OrderLayoutTest, ListInTheMainWindow) {
    for (int i = 0; i < 5; ++i)
        confirmedFor(6 + i, {{i, 5 + i}, {6 + i, 2}}, 30 - 3 * i);
    const QString cancelled = confirmedFor(0, {{2, 3}}, 12);
    ASSERT_TRUE(s->orders().cancel(admin, cancelled, QStringLiteral("Pedido duplicado")));
    heldOrder();
    auto product = s->products().get(admin, skus.at(4));
    ASSERT_TRUE(product);
    const UnitPrice underCost =
        UnitPrice::fromTenThousandths(product->standardCost.tenThousandths() * 8 / 10);
    services::LineInput cheap{skus.at(4), Quantity::fromUnits(20), underCost, {}, {}, {}};
    services::OrderInput below;
    below.customerCode = customers.at(3);
    below.lines = {cheap};
    auto awaiting = s->orders().create(admin, below);
    ASSERT_TRUE(awaiting);
    ASSERT_TRUE(s->orders().confirm(admin, awaiting->number));
    orderFor(4, {{8, 2}, {9, 4}});
    orderFor(5, {{10, 1}});

    MainWindow window(*s, admin);
    window.resize(1200, 750);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), window.ordersView());
    // The admin starts on the queue; the picture shows every order.
    EXPECT_TRUE(window.ordersView()->queueFilter()->isChecked());
    window.ordersView()->queueFilter()->setChecked(false);
    EXPECT_EQ(window.ordersView()->model()->rowCount(), 10);
    window.ordersView()->table()->selectRow(2);
    test::look(window, QStringLiteral("orders-list"), 50);
}

TEST_F(OrderLayoutTest, ConfirmedOrderWithABackorderedLine) {
    // The third line wants 15 more than there are.
    auto stock = s->products().stockLevel(admin, skus.at(4));
    ASSERT_TRUE(stock);
    const int wanted = int(stock->available().thousandths() / 1000) + 15;
    const QString number = confirmedFor(1, {{0, 12}, {2, 4}, {4, wanted}, {7, 2}, {9, 6}});
    OrderEditor editor(*s, admin, number);
    showActive(editor);
    editor.grid()->setCurrentIndex(editor.linesModel()->index(2, DocumentLinesModel::Sku));
    ASSERT_EQ(editor.order().status, QStringLiteral("confirmed"));
    EXPECT_EQ(editor.linesModel()->index(2, DocumentLinesModel::Shortfall).data().toString(),
              QStringLiteral("15"));
    test::look(editor, QStringLiteral("order-editor"), 50);
}

TEST_F(OrderLayoutTest, HeldOrderWithItsReasons) {
    const QString number = heldOrder();
    // Marta, a manager, decides; a salesperson would not see Release.
    ASSERT_TRUE(s->users().add(admin, QStringLiteral("marta"), Role::Manager,
                               QStringLiteral("password-1")));
    auto marta = s->users().login(QStringLiteral("marta"), QStringLiteral("password-1"));
    ASSERT_TRUE(marta);
    OrderEditor editor(*s, *marta, number);
    showActive(editor);
    ASSERT_EQ(editor.order().status, QStringLiteral("credit_hold"));
    EXPECT_GE(editor.order().holdReasons.size(), 2);
    test::look(editor, QStringLiteral("order-on-hold"), 50);
}
