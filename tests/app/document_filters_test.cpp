// SPDX-License-Identifier: MIT
// The filter bars' date fields: Tab walks the bar instead of the date's sections.
#include "app/document_filters.h"

#include <QApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador::app;

TEST(DocumentFilters, TabLeavesADateFilterAndBacktabComesBack) {
    QWidget bar;
    auto* row = new QHBoxLayout(&bar);
    auto* before = new QLineEdit(&bar);
    QDateEdit* from = makeDateFilter(&bar, QStringLiteral("from"), QStringLiteral("any"));
    QDateEdit* to = makeDateFilter(&bar, QStringLiteral("to"), QStringLiteral("any"));
    auto* after = new QLineEdit(&bar);
    for (QWidget* w : {static_cast<QWidget*>(before), static_cast<QWidget*>(from),
                       static_cast<QWidget*>(to), static_cast<QWidget*>(after)})
        row->addWidget(w);
    bar.show();
    QApplication::setActiveWindow(&bar);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&bar));
    from->setDate(QDate(2026, 3, 1)); // a real date has sections to walk, too
    before->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), from);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), to);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), after);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), to);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), from);
    EXPECT_EQ(dateOf(from), QDate(2026, 3, 1));
    EXPECT_FALSE(dateOf(to).isValid());
}
