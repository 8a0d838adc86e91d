// SPDX-License-Identifier: MIT
// The suggestion list under LookupEdit and GlobalSearch: the typing pause, where it
// opens, the keys it takes and when it closes.
#include "app/suggestion_popup.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador::app;

namespace {

// A window with a field `fieldY` pixels from its top and a popup over ten rows.
class SuggestionPopupTest : public ::testing::Test {
protected:
    SuggestionPopup* make(int fieldY, SuggestionPopup::Shape shape) {
        window.resize(600, 300);
        field = new QLineEdit(&window);
        field->setGeometry(20, fieldY, 200, 24);
        popup = new SuggestionPopup(field, 30, shape, [this] { fill(); });
        return popup;
    }
    void fill() {
        ++refreshes;
        QListWidget* list = popup->refill(field->text(), QStringLiteral("testSuggestions"));
        if (!list)
            return;
        for (int i = 0; i < 10; ++i)
            new QListWidgetItem(QStringLiteral("row %1").arg(i), list);
        list->setCurrentRow(0);
        popup->show();
    }
    bool key(Qt::Key k) {
        QKeyEvent event(QEvent::KeyPress, k, Qt::NoModifier);
        return popup->handleKey(&event);
    }

    QWidget window;
    QLineEdit* field = nullptr;
    SuggestionPopup* popup = nullptr;
    int refreshes = 0;
};

TEST_F(SuggestionPopupTest, RefreshesAfterThePauseAndNotForBlankText) {
    make(20, {.minWidth = 300, .maxRows = 5});
    popup->textChanged(QStringLiteral("  "));
    EXPECT_FALSE(popup->pending());
    popup->textChanged(QStringLiteral("to"));
    EXPECT_TRUE(popup->pending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshes == 1; }, 1000));
    EXPECT_FALSE(popup->pending());
    field->setText(QStringLiteral(" "));
    fill(); // blank: the list goes
    EXPECT_FALSE(popup->isVisible());
}

TEST_F(SuggestionPopupTest, OpensUnderTheFieldAtLeastItsMinimumWidth) {
    window.show();
    make(20, {.minWidth = 300, .maxRows = 5});
    field->show();
    field->setText(QStringLiteral("to"));
    fill();
    ASSERT_TRUE(popup->isVisible());
    const QRect at = popup->list()->geometry();
    EXPECT_EQ(at.top(), field->geometry().bottom() + 1);
    EXPECT_EQ(at.width(), 300);
    // Five rows (maxRows) of at least a line of the field's text and some padding.
    const int row = std::max(popup->list()->sizeHintForRow(0), field->fontMetrics().height() + 6);
    EXPECT_EQ(at.height(), 5 * row + 2 * popup->list()->frameWidth());
}

TEST_F(SuggestionPopupTest, OpensAboveWhenThereIsNoRoomBelowIfAsked) {
    window.show();
    make(260, {.minWidth = 300, .maxRows = 5, .extraHeight = 2, .openAbove = true});
    field->show();
    field->setText(QStringLiteral("to"));
    fill();
    const QRect at = popup->list()->geometry();
    EXPECT_EQ(at.bottom() + 1, field->geometry().top());
}

TEST_F(SuggestionPopupTest, UpDownMoveOnEnabledRowsAndEscapeCloses) {
    window.show();
    make(20, {.minWidth = 300, .maxRows = 5});
    EXPECT_TRUE(key(Qt::Key_Down)); // closed: asks for the list
    EXPECT_EQ(refreshes, 1);
    EXPECT_FALSE(popup->isVisible()); // nothing typed yet
    field->setText(QStringLiteral("to"));
    EXPECT_TRUE(key(Qt::Key_Down));
    ASSERT_TRUE(popup->isVisible());
    QListWidget* list = popup->list();
    list->item(2)->setFlags(Qt::NoItemFlags);
    EXPECT_TRUE(key(Qt::Key_Down));
    EXPECT_EQ(list->currentRow(), 1);
    EXPECT_TRUE(key(Qt::Key_Down)); // row 2 cannot be picked
    EXPECT_EQ(list->currentRow(), 1);
    EXPECT_TRUE(key(Qt::Key_Up));
    EXPECT_EQ(list->currentRow(), 0);
    EXPECT_FALSE(key(Qt::Key_Return));
    EXPECT_TRUE(key(Qt::Key_Escape));
    EXPECT_FALSE(popup->isVisible());
    EXPECT_FALSE(key(Qt::Key_Escape)); // closed: the field's own Escape
}

TEST_F(SuggestionPopupTest, ClosesWhenTheFieldLosesFocusAndGoesWithIt) {
    window.show();
    make(20, {.minWidth = 300, .maxRows = 5});
    field->setText(QStringLiteral("to"));
    fill();
    ASSERT_TRUE(popup->isVisible());
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(field, &out);
    EXPECT_FALSE(popup->isVisible());
    const QPointer<QListWidget> list = popup->list();
    delete field;
    EXPECT_TRUE(list.isNull());
}

} // namespace
