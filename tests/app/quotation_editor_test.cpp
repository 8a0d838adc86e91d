// SPDX-License-Identifier: MIT
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/quotation_editor.h"
#include "quotation_test_support.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

// Model (the lines model, for its column names) comes with the fixture.
using QuotationEditorTest = mostrador::test::QuotationEditorTest;

// The test of done: a quotation for an existing customer with five lines, by
// keyboard alone, saved with Ctrl+S and read back through the service.
TEST_F(QuotationEditorTest, FiveLinesForAnExistingCustomerByKeyboardAlone) {
    QuotationEditor& editor = openEditor();
    ASSERT_EQ(focused()->objectName(), QStringLiteral("customerEdit"));
    type(QStringLiteral("ferre")); // by name
    press(Qt::Key_Return);
    EXPECT_TRUE(editor.findChild<QLabel*>(QStringLiteral("customerInfo"))
                    ->text()
                    .contains(QStringLiteral("30 días")));

    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("10"));
    enterLine(editor, 1, QStringLiteral("tuerca"), QStringLiteral("10")); // a name finds it
    enterLine(editor, 2, QStringLiteral("ARA6"), QStringLiteral("2,5"), QStringLiteral("5"));
    enterLine(editor, 3, QStringLiteral("LIB1"), QStringLiteral("1"));
    enterLine(editor, 4, QStringLiteral("CAJ1"), QStringLiteral("3"));
    ASSERT_TRUE(editing(editor, 5, Model::Sku)); // a sixth, empty line waits
    press(Qt::Key_Escape);
    press(Qt::Key_S, Qt::ControlModifier);

    const QString number = editor.quotation().number;
    ASSERT_FALSE(number.isEmpty()) << bannerText(editor).toStdString();
    auto saved = s->quotations().get(admin, number);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->party.customerCode, QStringLiteral("FERR"));
    ASSERT_EQ(saved->lines.size(), 5);
    EXPECT_EQ(saved->lines[1].sku, QStringLiteral("TUE6"));
    EXPECT_EQ(saved->lines[2].qty, Quantity::fromThousandths(2500));
    EXPECT_EQ(saved->lines[2].discount, Percent::fromWhole(5));
    // 10 × 0,25 + 10 × 0,10 + 2,5 × 0,05 × 0,95 + 200 + 3 × 7,50 = 226,12 untaxed.
    EXPECT_EQ(saved->untaxed.minor(), 22612);
    // Tax rounded per line: 0,53 + 0,21 + 0,03 + 4,73 at 21 %, 20,00 at 10 %.
    EXPECT_EQ(saved->tax.minor(), 550 + 2000);
    EXPECT_EQ(saved->status, QStringLiteral("draft"));
    EXPECT_TRUE(editor.windowTitle().contains(number));
    EXPECT_FALSE(editor.isDirty());
}

TEST_F(QuotationEditorTest, SaveWithoutACustomerIsRefusedAndFocusesIt) {
    QuotationEditor& editor = openEditor();
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.quotation().number.isEmpty());
    EXPECT_FALSE(bannerText(editor).isEmpty());
    EXPECT_EQ(focused()->objectName(), QStringLiteral("customerEdit"));
}

TEST_F(QuotationEditorTest, RejectAsksForAReasonThatIsRequired) {
    const Quotation q = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 4);
    ASSERT_TRUE(s->quotations().send(admin, q.number));
    QuotationEditor& editor = openEditor(q.number);
    EXPECT_TRUE(editor.grid()->isReadOnly()); // a sent quotation is not edited
    EXPECT_FALSE(editor.button(QStringLiteral("save"))->isVisible());
    QPushButton* reject = editor.button(QStringLiteral("reject"));
    ASSERT_TRUE(reject->isVisible());

    bool okWasDisabled = false;
    whenModal([&](QDialog* dialog) {
        auto* ok = dialog->findChildren<QPushButton*>().first();
        for (auto* b : dialog->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Reject"))
                ok = b;
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Too expensive"));
        ok->click();
    });
    reject->click();
    EXPECT_TRUE(okWasDisabled);
    auto read = s->quotations().get(admin, q.number);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, QStringLiteral("rejected"));
    EXPECT_EQ(read->rejectReason, QStringLiteral("Too expensive"));
    EXPECT_TRUE(editor.windowTitle().contains(QStringLiteral("Rejected")));

    // Cancelling the question changes nothing.
    const Quotation other = quote(QStringLiteral("TALL"), QStringLiteral("TUE6"), 1);
    QuotationEditor second(*s, admin, other.number);
    showActive(second);
    whenModal([](QDialog* dialog) { dialog->reject(); });
    EXPECT_FALSE(second.rejectQuotation());
    EXPECT_EQ(s->quotations().get(admin, other.number)->status, QStringLiteral("draft"));
}

TEST_F(QuotationEditorTest, SendThenAcceptShowsTheNewOrder) {
    const Quotation q = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 4);
    QuotationEditor& editor = openEditor(q.number);
    EXPECT_FALSE(editor.grid()->isReadOnly());
    ASSERT_TRUE(editor.send());
    EXPECT_TRUE(editor.grid()->isReadOnly());
    QString shown;
    whenModal([&](QDialog* box) {
        shown = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
        box->accept();
    });
    ASSERT_TRUE(editor.acceptQuotation()) << bannerText(editor).toStdString();
    const QString order = editor.quotation().orderNumber;
    ASSERT_FALSE(order.isEmpty());
    EXPECT_TRUE(shown.contains(order)) << shown.toStdString();
    EXPECT_TRUE(bannerText(editor).contains(order));
    EXPECT_EQ(editor.quotation().status, QStringLiteral("accepted"));

    // Revising is for sent quotations; an accepted one offers nothing more.
    EXPECT_FALSE(editor.button(QStringLiteral("revise"))->isVisible());
    EXPECT_FALSE(editor.button(QStringLiteral("accept"))->isVisible());
}

TEST_F(QuotationEditorTest, RevisingASentQuotationMakesAnEditableRevision) {
    const Quotation q = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 4);
    ASSERT_TRUE(s->quotations().send(admin, q.number));
    QuotationEditor& editor = openEditor(q.number);
    ASSERT_TRUE(editor.revise()) << bannerText(editor).toStdString();
    EXPECT_EQ(editor.quotation().revision, 2);
    EXPECT_FALSE(editor.grid()->isReadOnly());
    EXPECT_TRUE(editor.windowTitle().contains(QStringLiteral("rev. 2")));
    auto* state = editor.findChild<QLabel*>(QStringLiteral("stateLabel"));
    EXPECT_TRUE(state->text().contains(QStringLiteral("1 earlier revision")))
        << state->text().toStdString();
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("rev. 1")))
        << state->toolTip().toStdString();
}

TEST_F(QuotationEditorTest, PrintPreviewAndPdfOfASavedQuotation) {
    const Quotation q = quote(QStringLiteral("FERR"), QStringLiteral("TOR6"), 4);
    QuotationEditor& editor = openEditor(q.number);

    QString previewClass;
    whenModal([&](QDialog* dialog) {
        previewClass = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    QTest::keyClick(&editor, Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(previewClass, QStringLiteral("QPrintPreviewDialog"));

    QString asked;
    whenModal([&](QDialog* dialog) {
        asked = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    editor.button(QStringLiteral("pdf"))->click();
    EXPECT_EQ(asked, QStringLiteral("QFileDialog"));

    const QString path = dir.filePath(QStringLiteral("quote.pdf"));
    ASSERT_TRUE(editor.writePdf(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_TRUE(bannerText(editor).contains(QStringLiteral("quote.pdf")));
}

TEST_F(QuotationEditorTest, ANewQuotationCannotBePrintedYet) {
    QuotationEditor editor(*s, admin, {});
    EXPECT_FALSE(editor.button(QStringLiteral("preview"))->isEnabled());
    EXPECT_FALSE(editor.button(QStringLiteral("pdf"))->isEnabled());
}

// A refusal that names a line puts the cursor on that line's cell.
TEST_F(QuotationEditorTest, ASaveRefusedForALineOpensThatLine) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("1"));
    enterLine(editor, 1, QStringLiteral("TUE6"), QStringLiteral("1"));
    press(Qt::Key_Escape);
    // Meanwhile, at another desk, the second product is withdrawn.
    auto product = s->products().get(admin, QStringLiteral("TUE6"));
    ASSERT_TRUE(product);
    product->active = false;
    ASSERT_TRUE(s->products().update(admin, *product));

    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor.quotation().number.isEmpty());
    EXPECT_TRUE(editor.banner()->isVisible());
    EXPECT_TRUE(editing(editor, 1, Model::Sku)) << bannerText(editor).toStdString();
}

TEST_F(QuotationEditorTest, TabGoesThroughTheHeaderToTheLines) {
    openEditor();
    ASSERT_EQ(focused()->objectName(), QStringLiteral("customerEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("dateEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("validUntilEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("notesEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("linesGrid"));
}

TEST_F(QuotationEditorTest, EscapeAsksBeforeThrowingAwayTyping) {
    QuotationEditor& editor = newQuotation(QStringLiteral("FERR"));
    enterLine(editor, 0, QStringLiteral("TOR6"), QStringLiteral("2"));
    press(Qt::Key_Escape); // closes the cell
    ASSERT_TRUE(editor.isDirty());
    QString question;
    whenModal([&](QDialog* box) {
        question = box->windowTitle();
        box->reject(); // Cancel: keep editing
    });
    press(Qt::Key_Escape);
    EXPECT_FALSE(question.isEmpty());
    EXPECT_TRUE(editor.isVisible());
}
