// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/services.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace mostrador::test {

// The tax rates (IVA21, IVA10) and payment terms (NET30, named `termsName`) that the
// editors offer. Call through ASSERT_NO_FATAL_FAILURE.
inline void addTaxesAndTerms(services::Services& s, const domain::Actor& admin,
                             const QString& termsName) {
    auto& settings = s.settings();
    ASSERT_TRUE(settings.saveTaxRate(admin, {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"),
                                             domain::Percent::fromWhole(21)}));
    ASSERT_TRUE(settings.saveTaxRate(admin, {QStringLiteral("IVA10"), QStringLiteral("IVA 10 %"),
                                             domain::Percent::fromWhole(10)}));
    ASSERT_TRUE(settings.saveTerms(admin, {QStringLiteral("NET30"), termsName, {30}}));
}

// Shows `w` and lets it settle for `settleMs`, checks that no label and no button is squeezed below
// the width its text needs, and saves it as DIR/`name`.png when MOSTRADOR_DIALOG_SHOTS=DIR is set
// (the user guide's docs/images).
inline void look(QWidget& w, const QString& name, int settleMs = 20) {
    w.show();
    QTest::qWait(settleMs);
    for (auto* label : w.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->wordWrap() && label->pixmap().isNull()) {
            EXPECT_GE(label->width(), label->sizeHint().width())
                << name.toStdString() << ": " << label->objectName().toStdString() << " "
                << label->text().toStdString();
        }
    }
    for (auto* button : w.findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty()) {
            EXPECT_GE(button->width(), button->sizeHint().width())
                << name.toStdString() << ": " << button->objectName().toStdString();
        }
    }
    const QString shots = qEnvironmentVariable("MOSTRADOR_DIALOG_SHOTS");
    if (!shots.isEmpty()) {
        EXPECT_TRUE(w.grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace mostrador::test
