// SPDX-License-Identifier: MIT
#include "app/dialogs/import_dialog.h"
#include "dialog_test_support.h"

#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace mostrador;
using namespace mostrador::app;

namespace {

class ImportDialogTest : public test::DialogTest {
protected:
    QString writeFile(const QString& name, const QByteArray& text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }
    qint64 customerCount() { return *s->customers().count(admin, {}); }
    template <class W> static W* child(const QWidget& w, const char* name) {
        return w.findChild<W*>(QString::fromLatin1(name));
    }
};

} // namespace

TEST_F(ImportDialogTest, BadFileShowsEveryProblemAndImportsNothing) {
    const QString path = writeFile(QStringLiteral("bad.csv"), "name,email,credit_limit\n"
                                                              "Alfa,alfa@example.com,100.00\n"
                                                              ",nobody@example.com,\n"
                                                              "Gamma,not-an-address,12,5\n"
                                                              "Delta,,abc\n");
    ImportDialog dialog(*s, admin, ImportDialog::Kind::Customers);
    showActive(dialog);
    ASSERT_EQ(focusedName(), QStringLiteral("fileEdit"));
    type(path);
    press(Qt::Key_Return); // checks the file

    auto* table = child<QTableWidget>(dialog, "errorsTable");
    EXPECT_FALSE(table->isHidden());
    ASSERT_GE(table->rowCount(), 3);
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row)
        lines << table->item(row, 0)->text();
    EXPECT_TRUE(lines.contains(QStringLiteral("3")));
    EXPECT_TRUE(lines.contains(QStringLiteral("5")));
    EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_FALSE(child<QLabel>(dialog, "summaryLabel")->text().isEmpty());
    EXPECT_EQ(customerCount(), 0);

    child<QPushButton>(dialog, "copyButton")->click();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(QStringLiteral("Line\tColumn\tProblem")));
    EXPECT_EQ(copied.count(QLatin1Char('\n')), table->rowCount());
}

TEST_F(ImportDialogTest, GoodFileIsCheckedThenImported) {
    const QString path = writeFile(QStringLiteral("good.csv"), "name,tax_id,credit_limit\n"
                                                               "Alfa,B10000001,100.00\n"
                                                               "Beta,B10000002,\n");
    ImportDialog dialog(*s, admin, ImportDialog::Kind::Customers);
    showActive(dialog);
    type(path);
    press(Qt::Key_Return);
    auto* importButton = child<QPushButton>(dialog, "importButton");
    ASSERT_TRUE(importButton->isEnabled())
        << child<QLabel>(dialog, "summaryLabel")->text().toStdString();
    EXPECT_EQ(customerCount(), 0); // checking writes nothing
    EXPECT_EQ(focusedName(), QStringLiteral("importButton"));
    press(Qt::Key_Return);
    EXPECT_EQ(customerCount(), 2);
    EXPECT_EQ(dialog.importedRows(), 2);
    EXPECT_FALSE(importButton->isEnabled()); // not twice
}

TEST_F(ImportDialogTest, CancellingTheProgressSavesNothing) {
    QByteArray csv = "name\n";
    for (int i = 0; i < 3000; ++i)
        csv += "Cliente " + QByteArray::number(i) + '\n';
    const QString path = writeFile(QStringLiteral("many.csv"), csv);
    ImportDialog dialog(*s, admin, ImportDialog::Kind::Customers);
    showActive(dialog);
    type(path);
    press(Qt::Key_Return);
    auto* importButton = child<QPushButton>(dialog, "importButton");
    ASSERT_TRUE(importButton->isEnabled());
    dialog.setProgressDelay(0);
    // The progress dialog exists only while importing; cancel it from inside the run.
    QTimer canceller;
    QObject::connect(&canceller, &QTimer::timeout, [&] {
        if (auto* progress = dialog.findChild<QProgressDialog*>())
            progress->cancel();
    });
    canceller.start(0);
    importButton->click();
    canceller.stop();
    EXPECT_EQ(customerCount(), 0);
    EXPECT_EQ(dialog.importedRows(), 0);
    EXPECT_TRUE(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Cancel")));
}

TEST_F(ImportDialogTest, AnUnreadableFileIsSaidSo) {
    ImportDialog dialog(*s, admin, ImportDialog::Kind::Products);
    showActive(dialog);
    type(dir.filePath(QStringLiteral("missing.csv")));
    press(Qt::Key_Return);
    EXPECT_FALSE(child<QLabel>(dialog, "summaryLabel")->text().isEmpty());
    EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
}
