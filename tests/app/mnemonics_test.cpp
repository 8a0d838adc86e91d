// SPDX-License-Identifier: MIT
// No two Alt+letter keys of one section of the main window, its menu bar included, in
// English and in Spanish: a clash makes Alt+letter cycle between the two instead of acting.
#include "app/main_window.h"
#include "app_fixture.h"
#include "return_gui_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;

namespace {

// Alt+letter -> the texts that take it, of what `window` shows now.
using Mnemonics = QMap<QKeySequence, QStringList>;

void add(Mnemonics& out, const QString& text) {
    if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
        out[key].append(text);
}

Mnemonics visibleMnemonics(QWidget& window) {
    Mnemonics out;
    for (QAction* menu : window.findChild<QMenuBar*>()->actions())
        if (menu->isVisible())
            add(out, menu->text());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(out, button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(out, label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(out, box->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(out, tabs->tabText(i));
    }
    return out;
}

void noteClashes(QWidget& window, const QString& where, QStringList& found) {
    const Mnemonics keys = visibleMnemonics(window);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it.value().size() > 1)
            found << where + QLatin1Char(' ') + it.key().toString() + QLatin1Char(' ') +
                         it.value().join(QStringLiteral(", "));
}

// "section 5: Alt+T &Tools, S&tate" for every key taken twice, over every section and
// every tab of a section with tabs.
QStringList clashes(services::Services& services, const domain::Actor& admin) {
    MainWindow window(services, admin);
    window.resize(1400, 900);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    QStringList found;
    for (int s = MainWindow::Dashboard; s <= MainWindow::kLastBuilt; ++s) {
        window.showSection(MainWindow::Section(s));
        const QString where = QStringLiteral("section %1").arg(s);
        auto* tabs = window.findChild<QStackedWidget*>()->currentWidget()->findChild<QTabWidget*>();
        if (!tabs) {
            noteClashes(window, where, found);
            continue;
        }
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            noteClashes(window, where + QStringLiteral(", tab %1").arg(t), found);
        }
    }
    return found;
}

} // namespace

TEST(MnemonicsTest, NoSectionTakesAnAltKeyTwiceInEnglish) {
    test::AppFixture f;
    const QStringList found = clashes(*f.services, f.admin);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}

TEST(MnemonicsTest, NoSectionTakesAnAltKeyTwiceInSpanish) {
    test::SpanishTexts spanish;
    ASSERT_TRUE(spanish.installed());
    test::AppFixture f;
    const QStringList found = clashes(*f.services, f.admin);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}
