// SPDX-License-Identifier: MIT
#include "app/chargeback_dialog.h"
#include "payment_gui_support.h"

#include <QComboBox>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class ChargebackDialogTest : public test::PaymentGuiTest {};

} // namespace

TEST_F(ChargebackDialogTest, EnterChargesTheWholePaymentBackAndTheInvoiceReopens) {
    const QString inv = invoice(QStringLiteral("BETA"), 10000, -5);
    const Payment p = pay(QStringLiteral("BETA"), 10000);
    ASSERT_EQ(settled(inv).status, QStringLiteral("paid"));
    ChargebackDialog dialog(s(), accounting, p.number);
    showActive(dialog);
    EXPECT_EQ(dialog.amountEdit()->text(), QStringLiteral("100,00")); // all that is left
    EXPECT_EQ(focused(), dialog.amountEdit());
    EXPECT_TRUE(dialog.effectLabel()->text().contains(inv))
        << dialog.effectLabel()->text().toStdString();
    QComboBox* reason = dialog.reasonBox();
    reason->setCurrentIndex(reason->findData(QStringLiteral("bounced")));
    EXPECT_EQ(reason->currentText(), QStringLiteral("Bounced"));
    QTest::keyClick(dialog.amountEdit(), Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.banner()->text().toStdString();
    EXPECT_EQ(dialog.chargeback().reason, QStringLiteral("bounced"));
    const auto reopened = settled(inv);
    EXPECT_EQ(reopened.status, QStringLiteral("posted"));
    EXPECT_EQ(reopened.balance, 10000);
    EXPECT_EQ(ar(QStringLiteral("BETA")), 10000);
}

TEST_F(ChargebackDialogTest, APartOfAPaymentComesOffItsCreditFirst) {
    const QString inv = invoice(QStringLiteral("BETA"), 5000, -5);
    const Payment p = pay(QStringLiteral("BETA"), 8000); // 30 € left as credit
    ChargebackDialog dialog(s(), accounting, p.number);
    showActive(dialog);
    dialog.amountEdit()->setText(QStringLiteral("40"));
    const QString effect = dialog.effectLabel()->text();
    EXPECT_TRUE(effect.contains(euros(3000))) << effect.toStdString();
    EXPECT_TRUE(effect.contains(inv) && effect.contains(euros(1000))) << effect.toStdString();
    ASSERT_TRUE(dialog.save()) << dialog.banner()->text().toStdString();
    const auto partly = settled(inv);
    EXPECT_EQ(partly.status, QStringLiteral("partially_paid"));
    EXPECT_EQ(partly.balance, 1000);
}

TEST_F(ChargebackDialogTest, MoreThanIsLeftIsRefusedAndNothingChanges) {
    const QString inv = invoice(QStringLiteral("BETA"), 5000, -5);
    const Payment p = pay(QStringLiteral("BETA"), 5000);
    ChargebackDialog dialog(s(), accounting, p.number);
    showActive(dialog);
    dialog.amountEdit()->setText(QStringLiteral("60"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.banner()->isVisible());
    EXPECT_TRUE(dialog.banner()->text().contains(p.number))
        << dialog.banner()->text().toStdString();
    EXPECT_EQ(rows("chargebacks"), 0);
    EXPECT_EQ(settled(inv).status, QStringLiteral("paid"));
}
