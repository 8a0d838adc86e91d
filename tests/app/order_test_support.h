// SPDX-License-Identifier: MIT
#pragma once

#include "app/app_settings.h"
#include "app/application.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/order_editor.h"
#include "gui_test_support.h"
#include "support/order_fixture.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace mostrador::test {

// The order screens over the order fixture's company (stock, credit limits, one actor per
// role), in Spanish as the users see it, driven with key events.
class OrderGuiTest : public OrderFixture {
protected:
    using Model = app::DocumentLinesModel;

    void SetUp() override {
        QStandardPaths::setTestModeEnabled(true);
        app::initResources();
        // Lists start with their default columns and sort, whatever a test left.
        app::AppSettings().remove(QStringLiteral("lists/orders"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        OrderFixture::SetUp();
    }
    void TearDown() override {
        shownEditor.reset();
        QLocale::setDefault(QLocale::c());
    }

    static void showActive(QWidget& w) {
        w.show();
        QApplication::setActiveWindow(&w);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    }
    static QWidget* focused() { return QApplication::focusWidget(); }
    static void type(const QString& text) { QTest::keyClicks(focused(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(focused(), key, modifiers);
        QTest::qWait(1); // the grid moves on in a queued call
    }
    // Runs `act` on the next modal dialog, leaving it to `act` to close it.
    static void whenModal(std::function<void(QDialog*)> act, int attempts = 300) {
        QTimer::singleShot(10, [act = std::move(act), attempts] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!modal) {
                if (attempts > 0)
                    whenModal(act, attempts - 1);
                return;
            }
            act(modal);
        });
    }
    // On the next reason dialog: notes whether OK was disabled while still empty, types
    // `reason` and clicks OK.
    static void answerReason(const QString& reason, bool* okWasDisabled = nullptr) {
        whenModal([reason, okWasDisabled](QDialog* dialog) {
            auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
            if (okWasDisabled)
                *okWasDisabled = !ok->isEnabled();
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                             reason);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    }

    // Opens order `number` (empty: a new one) for `actor` (default: the admin) in an
    // editor shown as the active window; the editor lives until the test ends.
    app::OrderEditor& openEditor(const QString& number = {},
                                 std::optional<domain::Actor> actor = std::nullopt) {
        shownEditor.reset();
        shownEditor = std::make_unique<app::OrderEditor>(s(), actor.value_or(admin), number);
        showActive(*shownEditor);
        return *shownEditor;
    }
    // A new order with `customer` typed and taken with Enter: the lines come next.
    app::OrderEditor& newOrder(const QString& customer,
                               std::optional<domain::Actor> actor = std::nullopt) {
        app::OrderEditor& e = openEditor({}, std::move(actor));
        type(customer);
        press(Qt::Key_Return);
        return e;
    }
    // Waits until the grid has an open editor in `column` of `row`.
    static bool editing(app::OrderEditor& e, int row, int column) {
        return QTest::qWaitFor(
            [&] {
                const QModelIndex current = e.grid()->currentIndex();
                return e.grid()->isEditing() && current.row() == row &&
                       current.column() == column && qobject_cast<QLineEdit*>(focused());
            },
            2000);
    }
    // One line from the keyboard: SKU, Enter, quantity, Enter, Enter past the price and
    // the discount, ending in the next line's SKU cell.
    static void enterLine(app::OrderEditor& e, int row, const QString& sku, const QString& qty) {
        ASSERT_TRUE(editing(e, row, Model::Sku)) << row;
        type(sku);
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::Qty)) << sku.toStdString();
        type(qty);
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::UnitPrice));
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::Discount));
        press(Qt::Key_Return);
    }
    static QString bannerText(const app::OrderEditor& e) { return e.banner()->text(); }
    static QString statusText(const app::OrderEditor& e) { return e.statusBanner()->text(); }

    std::unique_ptr<app::OrderEditor> shownEditor;
};

} // namespace mostrador::test
