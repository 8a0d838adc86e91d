// SPDX-License-Identifier: MIT
// One main for every suite: a QApplication (offscreen) so that GUI, locale and
// resource code runs as it does in the application.
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // ctest runs test processes side by side: each keeps its window settings (a list's
    // sort order, column widths) to itself, so one test's saved order never reaches another.
    const QTemporaryDir settings;
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    // Services log what they open and load; only warnings belong in test output.
    spdlog::set_level(spdlog::level::warn);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
