// SPDX-License-Identifier: MIT
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/order_dialogs.h"
#include "app/order_editor.h"
#include "app/quotation_editor.h"
#include "app/service_source.h"
#include "order_test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

using OrderEditorTest = test::OrderGuiTest;
using Model = DocumentLinesModel;

bool shown(const OrderEditor& e, const char* action) {
    return e.button(QLatin1String(action))->isVisible();
}

} // namespace

// Three lines by keyboard, saved with Ctrl+S, then confirmed: stock is reserved and the
// lines show it.
TEST_F(OrderEditorTest, ThreeLinesByKeyboardSavedThenConfirmed) {
    OrderEditor& editor = newOrder(QStringLiteral("BETA"));
    EXPECT_TRUE(editor.creditLabel()->text().contains(QStringLiteral("no credit limit")))
        << editor.creditLabel()->text().toStdString();
    enterLine(editor, 0, QStringLiteral("TOR-M6"), QStringLiteral("10"));
    enterLine(editor, 1, QStringLiteral("TUE-M6"), QStringLiteral("5"));
    enterLine(editor, 2, QStringLiteral("SERV"), QStringLiteral("1"));
    ASSERT_TRUE(editing(editor, 3, Model::Sku));
    press(Qt::Key_Escape);
    press(Qt::Key_S, Qt::ControlModifier);

    const QString number = editor.order().number;
    ASSERT_FALSE(number.isEmpty()) << bannerText(editor).toStdString();
    SalesOrder saved = stored(number);
    ASSERT_EQ(saved.lines.size(), 3);
    EXPECT_EQ(saved.party.customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(saved.lines[1].qty, units(5));
    EXPECT_EQ(saved.status, QStringLiteral("draft"));
    EXPECT_TRUE(shown(editor, "confirm"));
    // Nothing is reserved yet: the fulfilment columns wait for the confirmation.
    EXPECT_TRUE(editor.grid()->isColumnHidden(Model::Shortfall));

    editor.button(QStringLiteral("confirm"))->click();
    EXPECT_EQ(editor.order().status, QStringLiteral("confirmed"))
        << bannerText(editor).toStdString();
    EXPECT_EQ(stored(number).status, QStringLiteral("confirmed"));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(10));
    EXPECT_TRUE(editor.grid()->isReadOnly());
    EXPECT_FALSE(shown(editor, "save"));
    EXPECT_FALSE(shown(editor, "confirm"));
    EXPECT_TRUE(shown(editor, "cancelOrder"));
    EXPECT_FALSE(editor.grid()->isColumnHidden(Model::Reserved));
    EXPECT_EQ(editor.linesModel()->index(0, Model::Reserved).data(Model::RawRole).toLongLong(),
              10000);
    EXPECT_TRUE(editor.windowTitle().contains(number));
}

// A confirmation that runs out of stock backorders the rest: the shortfall is on the line.
TEST_F(OrderEditorTest, ShortStockShowsTheShortfallOnTheLine) {
    const SalesOrder o = draft(QStringLiteral("BETA"), {line(QStringLiteral("LIM-01"), 8)});
    OrderEditor& editor = openEditor(o.number);
    ASSERT_TRUE(editor.confirmOrder()) << bannerText(editor).toStdString();
    ASSERT_EQ(editor.order().status, QStringLiteral("confirmed"));
    const QModelIndex shortfall = editor.linesModel()->index(0, Model::Shortfall);
    EXPECT_FALSE(editor.grid()->isColumnHidden(Model::Shortfall));
    EXPECT_EQ(shortfall.data(Model::RawRole).toLongLong(), 3000); // 8 wanted, 5 on hand
    EXPECT_EQ(shortfall.data().toString(), QStringLiteral("3"));
    editor.grid()->setCurrentIndex(editor.linesModel()->index(0, Model::Sku));
    EXPECT_TRUE(editor.lineNote()->text().contains(QStringLiteral("3 short")))
        << editor.lineNote()->text().toStdString();
}

// Tab reaches a line's own requested date; it is saved with the line.
TEST_F(OrderEditorTest, ALineTakesItsOwnRequestedDateFromTheKeyboard) {
    OrderEditor& editor = newOrder(QStringLiteral("BETA"));
    enterLine(editor, 0, QStringLiteral("TOR-M6"), QStringLiteral("2"));
    press(Qt::Key_Escape);
    editor.grid()->editCell(0, Model::Discount);
    press(Qt::Key_Tab);
    ASSERT_TRUE(editing(editor, 0, Model::Requested));
    type(QStringLiteral("15/01/2031"));
    press(Qt::Key_Return);
    ASSERT_TRUE(editor.save()) << bannerText(editor).toStdString();
    EXPECT_EQ(stored(editor.order().number).lines[0].requestedDate, QDate(2031, 1, 15));
    // The header was left at "as soon as possible": no date for the order.
    EXPECT_FALSE(stored(editor.order().number).requestedDate.isValid());
    EXPECT_EQ(editor.linesModel()->index(0, Model::Requested).data().toString(),
              QLocale().toString(QDate(2031, 1, 15), fullYearDateFormat(QLocale())));
}

// ALFA's limit is 1.000,00 €: 100 × 10,00 € + 21 % is 1.210,00 €, 210,00 € over.
TEST_F(OrderEditorTest, AnOrderOverTheLimitShowsTheReasonWithTheExceededAmount) {
    const SalesOrder o = draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 100)});
    OrderEditor& editor = openEditor(o.number);
    // Before confirming, the credit line already says by how much it would go over.
    EXPECT_TRUE(editor.creditLabel()->text().contains(QStringLiteral("limit 1000,00")))
        << editor.creditLabel()->text().toStdString();
    EXPECT_TRUE(editor.creditLabel()->text().contains(QStringLiteral("exceed the limit by 210,00")))
        << editor.creditLabel()->text().toStdString();
    EXPECT_FALSE(editor.statusBanner()->isVisible());
    editor.button(QStringLiteral("confirm"))->click();
    EXPECT_EQ(editor.order().status, QStringLiteral("credit_hold"));
    EXPECT_TRUE(editor.statusBanner()->isVisible());
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("210,00")))
        << statusText(editor).toStdString();
    EXPECT_TRUE(editor.windowTitle().contains(QStringLiteral("credit hold")));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0)); // held orders reserve nothing
    EXPECT_TRUE(editor.grid()->isColumnHidden(Model::Shortfall));  // so nothing shows as short
    // The admin may release; checking again is offered too.
    EXPECT_TRUE(shown(editor, "release"));
    EXPECT_TRUE(shown(editor, "confirm"));
}

// The test of done at the GUI level: a manager releases a held order with a reason.
TEST_F(OrderEditorTest, AManagerReleasesAHeldOrderWithAWrittenReason) {
    const SalesOrder held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 3)});
    ASSERT_EQ(s().orders().confirm(admin, held.number)->status, QStringLiteral("credit_hold"));

    OrderEditor& editor = openEditor(held.number, manager);
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("on hold")))
        << statusText(editor).toStdString();
    QPushButton* release = editor.button(QStringLiteral("release"));
    ASSERT_TRUE(release->isVisible());
    bool okWasDisabled = false;
    answerReason(QStringLiteral("Paid by transfer this morning"), &okWasDisabled);
    QTest::mouseClick(release, Qt::LeftButton);

    EXPECT_TRUE(okWasDisabled);
    EXPECT_EQ(editor.order().status, QStringLiteral("confirmed"))
        << bannerText(editor).toStdString();
    const SalesOrder after = stored(held.number);
    EXPECT_EQ(after.status, QStringLiteral("confirmed"));
    EXPECT_EQ(after.releaseReason, QStringLiteral("Paid by transfer this morning"));
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("Paid by transfer this morning")));
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("marta")));
    EXPECT_FALSE(release->isVisible());
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(3));
}

TEST_F(OrderEditorTest, ASalesUserCannotReleaseNorApprove) {
    const SalesOrder held = draft(QStringLiteral("GAMA"), {line(QStringLiteral("TOR-M6"), 3)});
    ASSERT_EQ(s().orders().confirm(admin, held.number)->status, QStringLiteral("credit_hold"));
    OrderEditor& editor = openEditor(held.number, sales);
    EXPECT_FALSE(shown(editor, "release"));
    EXPECT_FALSE(shown(editor, "approve"));
    EXPECT_TRUE(shown(editor, "confirm")); // checking the credit again is theirs
    // The service refuses anyway, and nothing changes.
    EXPECT_FALSE(s().orders().release(sales, held.number, QStringLiteral("I say so")));
    EXPECT_EQ(stored(held.number).status, QStringLiteral("credit_hold"));
}

// Below cost sends an order to a manager whoever confirms it; the manager approves.
TEST_F(OrderEditorTest, AManagerApprovesALineBelowCost) {
    const SalesOrder o =
        draft(QStringLiteral("BETA"), {priced(QStringLiteral("TOR-M6"), 2, 500)}); // cost 6,00
    ASSERT_EQ(s().orders().confirm(admin, o.number)->status, QStringLiteral("awaiting_approval"));

    OrderEditor& editor = openEditor(o.number, manager);
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("TOR-M6")))
        << statusText(editor).toStdString();
    EXPECT_FALSE(shown(editor, "release"));
    ASSERT_TRUE(shown(editor, "approve"));
    answerReason(QStringLiteral("Clearance of an old batch"));
    editor.button(QStringLiteral("approve"))->click();
    EXPECT_EQ(editor.order().status, QStringLiteral("confirmed"))
        << bannerText(editor).toStdString();
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("Approved by marta")))
        << statusText(editor).toStdString();
    EXPECT_EQ(stored(o.number).releaseReason, QStringLiteral("Clearance of an old batch"));
}

TEST_F(OrderEditorTest, CancelAsksAndReleasesTheReservations) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4)});
    ASSERT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(4));
    OrderEditor& editor = openEditor(o.number);

    // Keeping the order changes nothing.
    whenModal([](QDialog* dialog) { dialog->reject(); });
    EXPECT_FALSE(editor.cancelOrder());
    EXPECT_EQ(stored(o.number).status, QStringLiteral("confirmed"));

    bool okWasDisabled = true;
    answerReason(QStringLiteral("Customer changed supplier"), &okWasDisabled);
    editor.button(QStringLiteral("cancelOrder"))->click();
    EXPECT_FALSE(okWasDisabled); // the reason is optional
    EXPECT_EQ(editor.order().status, QStringLiteral("cancelled"));
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).reserved, units(0));
    EXPECT_TRUE(statusText(editor).contains(QStringLiteral("Customer changed supplier")));
    EXPECT_FALSE(shown(editor, "cancelOrder"));
    EXPECT_FALSE(shown(editor, "deposit"));
}

// ALFA: a confirmed order of 121,00 € makes the exposure; a 50,00 € deposit lowers it.
TEST_F(OrderEditorTest, ADepositIsShownOnTheOrderAndLowersTheExposure) {
    const SalesOrder o = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 10)});
    OrderEditor& editor = openEditor(o.number, sales);
    EXPECT_TRUE(editor.creditLabel()->text().contains(QStringLiteral("121,00")))
        << editor.creditLabel()->text().toStdString();
    EXPECT_FALSE(editor.depositsLabel()->isVisible());

    bool okWasDisabled = false;
    whenModal([&](QDialog* dialog) {
        auto* ask = qobject_cast<DepositDialog*>(dialog);
        ASSERT_TRUE(ask);
        okWasDisabled = !ask->okButton()->isEnabled();
        QTest::keyClicks(ask->amountEdit(), QStringLiteral("50,00"));
        ask->methodBox()->setCurrentIndex(ask->methodBox()->findData(QStringLiteral("cash")));
        QTest::keyClicks(ask->referenceEdit(), QStringLiteral("Recibo 12"));
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    });
    editor.button(QStringLiteral("deposit"))->click();

    EXPECT_TRUE(okWasDisabled);
    auto deposits = s().deposits().forOrder(admin, o.number);
    ASSERT_TRUE(deposits);
    ASSERT_EQ(deposits->size(), 1);
    EXPECT_EQ(deposits->at(0).amount, money(5000));
    EXPECT_EQ(deposits->at(0).method, QStringLiteral("cash"));
    EXPECT_TRUE(editor.depositsLabel()->isVisible());
    EXPECT_TRUE(editor.depositsLabel()->text().contains(deposits->at(0).number));
    EXPECT_TRUE(editor.depositsLabel()->text().contains(QStringLiteral("50,00")));
    // 121,00 − 50,00.
    EXPECT_TRUE(editor.creditLabel()->text().contains(QStringLiteral("Exposure 71,00")))
        << editor.creditLabel()->text().toStdString();
}

// More than the order still owes is refused in the dialog, which stays open.
TEST_F(OrderEditorTest, ARefusedDepositStaysInTheDialog) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    OrderEditor& editor = openEditor(o.number);
    QString refusal;
    whenModal([&](QDialog* dialog) {
        auto* ask = qobject_cast<DepositDialog*>(dialog);
        ASSERT_TRUE(ask);
        QTest::keyClicks(ask->amountEdit(), QStringLiteral("5.000,00"));
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
        refusal = ask->errorLabel()->isVisible() ? ask->errorLabel()->text() : QString();
        EXPECT_TRUE(ask->isVisible());
        ask->reject();
    });
    EXPECT_FALSE(editor.recordDeposit());
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_TRUE(s().deposits().forOrder(admin, o.number)->isEmpty());
}

TEST_F(OrderEditorTest, PrintPreviewAndPdfOfAnOrderConfirmation) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    OrderEditor& editor = openEditor(o.number);
    QString previewClass;
    whenModal([&](QDialog* dialog) {
        previewClass = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    QTest::keyClick(&editor, Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(previewClass, QStringLiteral("QPrintPreviewDialog"));

    const QString path = dir.filePath(QStringLiteral("order.pdf"));
    ASSERT_TRUE(editor.writePdf(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");

    OrderEditor fresh(s(), admin, {});
    EXPECT_FALSE(fresh.button(QStringLiteral("preview"))->isEnabled());
}

// Accepting a quotation offers to open the draft order it made.
TEST_F(OrderEditorTest, AcceptingAQuotationOffersToOpenTheNewOrder) {
    services::QuotationInput input;
    input.customerCode = QStringLiteral("BETA");
    input.lines.append(line(QStringLiteral("TOR-M6"), 2));
    auto quote = s().quotations().create(admin, input);
    ASSERT_TRUE(quote) << quote.error().message.toStdString();
    QuotationEditor quotation(s(), admin, quote->number);
    showActive(quotation);

    QString opened;
    whenModal([&](QDialog* box) {
        auto* open = qobject_cast<QMessageBox*>(box)->button(QMessageBox::Open);
        whenModal([&](QDialog* editor) {
            if (auto* order = qobject_cast<OrderEditor*>(editor))
                opened = order->order().number;
            editor->reject();
        });
        open->click();
    });
    ASSERT_TRUE(quotation.acceptQuotation());
    EXPECT_FALSE(opened.isEmpty());
    EXPECT_EQ(opened, s().quotations().get(admin, quote->number)->orderNumber);
}

TEST_F(OrderEditorTest, TabGoesThroughTheHeaderToTheLines) {
    openEditor();
    ASSERT_EQ(focused()->objectName(), QStringLiteral("customerEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("dateEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("requestedDateEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("notesEdit"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused()->objectName(), QStringLiteral("linesGrid"));
}
