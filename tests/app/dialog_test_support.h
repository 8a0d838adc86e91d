// SPDX-License-Identifier: MIT
#pragma once

#include "domain/settings.h"
#include "gui_test_support.h"
#include "services/services.h"
#include "support/test_db.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

namespace mostrador::test {

// Services over a fresh database with the tax rates and payment terms the dialogs
// offer, and helpers that drive a dialog with key events only, the way a user
// working from the keyboard would.
class DialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        auto opened = services::Services::open(dir.filePath(QStringLiteral("dialogs.db")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        s = std::move(*opened);
        ASSERT_NO_FATAL_FAILURE(addTaxesAndTerms(*s, admin, QStringLiteral("30 days")));
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    // Shows `w` as the active window so that it has keyboard focus.
    static void showActive(QWidget& w) {
        w.show();
        QApplication::setActiveWindow(&w);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    }
    static QWidget* focused() { return QApplication::focusWidget(); }
    static QString focusedName() { return focused() ? focused()->objectName() : QString(); }
    // Key presses with text, one per character (QTest::keyClicks only knows ASCII).
    static void type(const QString& text) {
        for (const QChar ch : text) {
            const auto key = Qt::Key(ch.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, focused(), key, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, focused(), key, QString(ch), Qt::NoModifier);
        }
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(focused(), key, modifiers);
    }
    // Tab `times` times, then answers the name of the focused widget.
    static QString tab(int times = 1) {
        for (int i = 0; i < times; ++i)
            press(Qt::Key_Tab);
        return focusedName();
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> s;
    domain::Actor admin = test::admin();
};

} // namespace mostrador::test
