// SPDX-License-Identifier: MIT
#include "app/dialogs/settings_dialog.h"
#include "dialog_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class SettingsDialogTest : public test::DialogTest {
protected:
    void SetUp() override {
        test::DialogTest::SetUp();
        CompanyProfile c;
        c.name = QStringLiteral("Ferretería Central");
        ASSERT_TRUE(s->settings().saveCompany(admin, c));
    }
    template <class W> static W* child(const QWidget& w, const char* name) {
        return w.findChild<W*>(QString::fromLatin1(name));
    }
    static int rowOf(const QTableWidget* table, const QString& code) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == code)
                return row;
        return -1;
    }
};

} // namespace

TEST_F(SettingsDialogTest, SavesCompanyTaxRateNumberingAndOptions) {
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    ASSERT_EQ(focusedName(), QStringLiteral("companyNameEdit"));
    press(Qt::Key_End);
    type(QStringLiteral(" SL"));

    child<QPushButton>(dialog, "addTaxButton")->click(); // opens the new row's code cell
    type(QStringLiteral("iva5"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Reducido"));
    press(Qt::Key_Tab);
    type(QStringLiteral("5,5"));
    press(Qt::Key_Return);

    auto* series = child<QTableWidget>(dialog, "seriesTable");
    const int invoiceRow = [&] {
        for (int row = 0; row < series->rowCount(); ++row)
            if (series->item(row, 0)->text() == QStringLiteral("Invoices"))
                return row;
        return -1;
    }();
    ASSERT_GE(invoiceRow, 0);
    series->item(invoiceRow, 1)->setText(QStringLiteral("F{YY}/{####}"));
    const QString yy = QString::number(QDate::currentDate().year() % 100);
    EXPECT_EQ(series->item(invoiceRow, 2)->text(), QStringLiteral("F%1/0001").arg(yy));

    child<QSpinBox>(dialog, "overdueSpin")->setValue(45);
    child<QCheckBox>(dialog, "backordersCheck")->setChecked(false);
    auto* rounding = child<QComboBox>(dialog, "roundingCombo");
    rounding->setCurrentIndex(rounding->findData(QStringLiteral("global")));

    child<QWidget>(dialog, "companyNameEdit")->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, "errorLabel")->text().toStdString();

    EXPECT_EQ(s->settings().company()->name, QStringLiteral("Ferretería Central SL"));
    bool found = false;
    const auto rates = s->settings().taxRates();
    ASSERT_TRUE(rates);
    for (const TaxRate& r : *rates)
        if (r.code == QStringLiteral("IVA5")) {
            found = true;
            EXPECT_EQ(r.rate, Percent::fromBasisPoints(550));
            EXPECT_EQ(r.name, QStringLiteral("Reducido"));
        }
    EXPECT_TRUE(found);
    const auto allSeries = s->settings().numberSeries();
    ASSERT_TRUE(allSeries);
    for (const auto& sr : *allSeries) {
        if (sr.kind == QStringLiteral("invoice")) {
            EXPECT_EQ(sr.format, QStringLiteral("F{YY}/{####}"));
        }
    }
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kBlockOverdueDays)),
              QStringLiteral("45"));
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kAllowBackorders)),
              QStringLiteral("false"));
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kTaxRounding)),
              QStringLiteral("global"));
}

TEST_F(SettingsDialogTest, BadSeriesFormatOpensItsTabAndSavesNothing) {
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    child<QLineEdit>(dialog, "companyNameEdit")->setText(QStringLiteral("Otro nombre"));
    auto* series = child<QTableWidget>(dialog, "seriesTable");
    ASSERT_GT(series->rowCount(), 0);
    series->item(0, 1)->setText(QStringLiteral("NO-COUNTER"));
    EXPECT_EQ(series->item(0, 2)->text(), QStringLiteral("—"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QTabWidget>(dialog, "tabs")->currentWidget()->objectName(),
              QStringLiteral("numberingTab"));
    EXPECT_EQ(series->currentRow(), 0);
    EXPECT_EQ(s->settings().company()->name, QStringLiteral("Ferretería Central"));
}

TEST_F(SettingsDialogTest, BadTaxRateIsRefusedOnItsRow) {
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    auto* taxes = child<QTableWidget>(dialog, "taxTable");
    const int row = rowOf(taxes, QStringLiteral("IVA10"));
    ASSERT_GE(row, 0);
    taxes->item(row, 2)->setText(QStringLiteral("diez"));
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QTabWidget>(dialog, "tabs")->currentWidget()->objectName(),
              QStringLiteral("taxTab"));
    EXPECT_EQ(taxes->currentRow(), row);
    EXPECT_EQ(taxes->currentColumn(), 2);
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("diez")));
}

TEST_F(SettingsDialogTest, LargeLogoIsScaledDownAndStoredAsPng) {
    const QString path = dir.filePath(QStringLiteral("logo.jpg"));
    QImage big(2400, 800, QImage::Format_RGB32);
    big.fill(Qt::darkBlue);
    ASSERT_TRUE(big.save(path, "JPG"));
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    ASSERT_TRUE(dialog.setLogoFromFile(path));
    EXPECT_FALSE(dialog.setLogoFromFile(dir.filePath(QStringLiteral("missing.png"))));
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    QImage stored;
    ASSERT_TRUE(stored.loadFromData(s->settings().company()->logoPng, "PNG"));
    EXPECT_EQ(stored.size(), QSize(600, 200));
}

TEST_F(SettingsDialogTest, ReadOnlyWithANoticeForNonAdmins) {
    const Actor manager = test::actorWithRole(Role::Manager);
    SettingsDialog dialog(*s, manager);
    showActive(dialog);
    EXPECT_FALSE(child<QLabel>(dialog, "readOnlyNotice")->isHidden());
    EXPECT_TRUE(child<QLineEdit>(dialog, "companyNameEdit")->isReadOnly());
    EXPECT_FALSE(child<QPushButton>(dialog, "addTaxButton")->isEnabled());
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible());
    press(Qt::Key_Escape); // nothing to lose: closes without asking
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(SettingsDialogTest, PaperSizeIsShownAndSaved) {
    ASSERT_TRUE(s->settings().setValue(admin, QString::fromUtf16(setting::kPaperSize),
                                       QStringLiteral("letter")));
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    auto* paper = child<QComboBox>(dialog, "paperSizeCombo");
    EXPECT_EQ(paper->currentData().toString(), QStringLiteral("letter"));
    EXPECT_EQ(paper->count(), 2);
    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "optionsTab"));
    paper->setFocus();
    press(Qt::Key_Up); // A4 is the entry above Letter
    EXPECT_EQ(paper->currentData().toString(), QStringLiteral("a4"));
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, "errorLabel")->text().toStdString();
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kPaperSize)), QStringLiteral("a4"));
}

TEST_F(SettingsDialogTest, DocumentLocaleIsChosenByKeyboardAndSaved) {
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    auto* locale = child<QComboBox>(dialog, "documentLocaleCombo");
    EXPECT_EQ(locale->currentData().toString(), QString()); // as the person printing
    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "optionsTab"));
    locale->setFocus();
    press(Qt::Key_Down); // the first locale after "as the person printing": es_ES
    EXPECT_EQ(locale->currentData().toString(), QStringLiteral("es_ES"));
    EXPECT_TRUE(locale->currentText().startsWith(QStringLiteral("español")));
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, "errorLabel")->text().toStdString();
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kDocumentLocale)),
              QStringLiteral("es_ES"));
}

TEST_F(SettingsDialogTest, AdvanceVatIsOffAndTurnedOnByItsShortcut) {
    SettingsDialog dialog(*s, admin);
    showActive(dialog);
    auto* check = child<QCheckBox>(dialog, "advanceVatCheck");
    EXPECT_FALSE(check->isChecked()); // deposits are payments unless the company says so
    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "optionsTab"));
    child<QComboBox>(dialog, "invoicePolicyCombo")->setFocus();
    press(Qt::Key_V, Qt::AltModifier);
    for (int i = 0; i < 100 && !check->isChecked(); ++i)
        QTest::qWait(10); // a mnemonic clicks the box animated, after a short delay
    EXPECT_TRUE(check->isChecked());
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, "errorLabel")->text().toStdString();
    EXPECT_EQ(*s->settings().value(QString::fromUtf16(setting::kAdvanceVat)),
              QStringLiteral("true"));
}
