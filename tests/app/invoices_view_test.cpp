// SPDX-License-Identifier: MIT
#include "app/invoice_source.h"
#include "app/invoice_viewer.h"
#include "app/invoices_view.h"
#include "app/main_window.h"
#include "app/totals_panel.h"
#include "shipment_gui_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace mostrador;
using namespace mostrador::app;
using namespace mostrador::domain;

namespace {

class InvoicesViewTest : public test::ShipmentGuiTest {
protected:
    void SetUp() override {
        app::AppSettings().remove(QStringLiteral("lists/invoices"));
        test::ShipmentGuiTest::SetUp();
    }

    // An order of `qty` TOR-M6 for BETA, confirmed and shipped whole.
    QString shippedOrder(qint64 qty) {
        const QString order =
            confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), qty)}).number;
        shipped(order);
        return order;
    }
    Invoice drafted(const QString& order) {
        auto made = s().invoices().createDraft(admin, {order});
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : Invoice{};
    }
    Invoice posted(const QString& order, QDate date = {}) {
        auto made = s().invoices().createAndPost(admin, {order}, date);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : Invoice{};
    }
    Invoice storedInvoice(const QString& number) {
        auto found = s().invoices().get(admin, number);
        EXPECT_TRUE(found) << (found ? "" : found.error().message.toStdString());
        return found ? *found : Invoice{};
    }
    // An amount as the lists and the viewer show it (Spanish: "24,20 €", non-breaking space).
    static QString euros(qint64 minor) {
        return Money::fromMinor(minor, Currency::fromCode(u"EUR")).toString(QLocale());
    }
    static QStringList keys(ListPage* list) {
        QStringList out;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            out << list->model()->keyAt(row);
        out.sort();
        return out;
    }
    static QModelIndex cell(ListPage* list, const QString& key, int column) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->keyAt(row) == key)
                return list->model()->index(row, column);
        return {};
    }
    // Runs `act` on the next modal dialog named `name` (whenModal takes any, and the
    // viewer is modal too).
    static void whenDialog(const QString& name, std::function<void(QDialog*)> act,
                           int attempts = 300) {
        QTimer::singleShot(10, [name, act = std::move(act), attempts] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (modal && modal->objectName() == name)
                act(modal);
            else if (attempts > 0)
                whenDialog(name, act, attempts - 1);
        });
    }
    static void selectKey(ListPage* list, const QString& key) {
        list->table()->setFocus();
        ASSERT_TRUE(list->selectKey(key));
    }
};

} // namespace

TEST_F(InvoicesViewTest, ListsDraftsAndPostedInvoicesAndFiltersByState) {
    // Dated 60 days ago on 30-day terms: due 30 days ago, nothing paid: overdue.
    const Invoice old = posted(shippedOrder(2), QDate::currentDate().addDays(-60));
    const Invoice current = posted(shippedOrder(1));
    const Invoice draft = drafted(shippedOrder(3));
    ASSERT_TRUE(old.number.startsWith(u"INV-"));
    ASSERT_TRUE(draft.number.startsWith(u"DRAFT-"));

    InvoicesView view(s(), admin);
    showActive(view);
    QStringList all{old.number, current.number, draft.number};
    all.sort();
    EXPECT_EQ(keys(&view), all);
    EXPECT_EQ(cell(&view, draft.number, InvoiceSource::State).data().toString(),
              QStringLiteral("Draft"));
    EXPECT_EQ(cell(&view, current.number, InvoiceSource::State).data().toString(),
              QStringLiteral("Posted"));
    const QModelIndex overdue = cell(&view, old.number, InvoiceSource::State);
    EXPECT_EQ(overdue.data().toString(), QStringLiteral("Overdue"));
    EXPECT_EQ(overdue.data(role::Raw).toString(), QStringLiteral("overdue"));
    // 2 × 10.00 € + 21 % VAT, nothing paid.
    EXPECT_EQ(cell(&view, old.number, InvoiceSource::Total).data().toString(), euros(2420));
    EXPECT_EQ(cell(&view, old.number, InvoiceSource::Paid).data().toString(), euros(0));
    EXPECT_EQ(cell(&view, old.number, InvoiceSource::Balance).data().toString(), euros(2420));
    EXPECT_EQ(cell(&view, draft.number, InvoiceSource::Balance).data().toString(), QString());

    QComboBox* state = view.stateFilter();
    state->setCurrentIndex(state->findData(QStringLiteral("draft")));
    EXPECT_EQ(keys(&view), QStringList{draft.number});
    state->setCurrentIndex(state->findData(QStringLiteral("posted")));
    QStringList postedOnes{old.number, current.number};
    postedOnes.sort();
    EXPECT_EQ(keys(&view), postedOnes);
    view.fromFilter()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(keys(&view), QStringList{current.number});
}

TEST_F(InvoicesViewTest, ADraftOpensWithEnterTakesANewQuantityAndIsPostedFromTheKeyboard) {
    const QString order = shippedOrder(4);
    const Invoice draft = drafted(order);
    InvoicesView view(s(), accounting);
    showActive(view);
    ASSERT_NO_FATAL_FAILURE(selectKey(&view, draft.number));

    QString title, totalAfterEdit, postedNumber;
    bool postVisible = false;
    whenModal([&](QDialog* dialog) {
        auto* viewer = qobject_cast<InvoiceViewer*>(dialog);
        ASSERT_TRUE(viewer);
        QApplication::setActiveWindow(viewer); // its mnemonics answer once it is active
        ASSERT_TRUE(QTest::qWaitForWindowActive(viewer));
        title = viewer->windowTitle();
        postVisible = viewer->button(QStringLiteral("post"))->isVisible();
        // The quantity of the first line has the focus: typing replaces it.
        QTest::keyClicks(viewer->linesTable(), QStringLiteral("2"));
        press(Qt::Key_Return);
        totalAfterEdit = viewer->totals()->totalLabel()->text();
        // "Post invoice…" (Alt+O) saves, then asks for the date: Enter posts on the draft's.
        // (A button's mnemonic clicks it a moment later, as a click animates.)
        whenDialog(QStringLiteral("postInvoiceDialog"),
                   [](QDialog* ask) { QTest::keyClick(ask, Qt::Key_Return); });
        QTest::keyClick(viewer, Qt::Key_O, Qt::AltModifier);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !viewer->invoice().isDraft(); }, 3000));
        postedNumber = viewer->invoice().number;
        EXPECT_FALSE(viewer->button(QStringLiteral("post"))->isVisible());
        EXPECT_TRUE(viewer->dateEdit()->isReadOnly());
        QTest::keyClick(viewer, Qt::Key_Escape);
    });
    QTest::keyClick(view.table(), Qt::Key_Return);

    EXPECT_TRUE(title.contains(draft.number)) << title.toStdString();
    EXPECT_TRUE(postVisible);
    EXPECT_EQ(totalAfterEdit, euros(2420)); // 2 × 10.00 € + 21 %
    ASSERT_TRUE(postedNumber.startsWith(u"INV-")) << postedNumber.toStdString();
    EXPECT_EQ(keys(&view), QStringList{postedNumber});
    EXPECT_EQ(view.currentKey(), postedNumber);
    const Invoice stored = storedInvoice(postedNumber);
    EXPECT_EQ(stored.status, QStringLiteral("posted"));
    ASSERT_EQ(stored.lines.size(), 1);
    EXPECT_EQ(stored.lines[0].qty, units(2));
    EXPECT_EQ(stored.total.minor(), 2420);
}

TEST_F(InvoicesViewTest, TheListEnteredWithNoRowHighlightsTheFirstForEnter) {
    posted(shippedOrder(2));
    InvoicesView view(s(), admin);
    showActive(view);
    view.table()->setCurrentIndex({});
    view.table()->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    EXPECT_EQ(view.table()->currentIndex().row(), 0);
}

TEST_F(InvoicesViewTest, ABackDatedPostingIsRefusedWithTheRuleInTheMessageArea) {
    posted(shippedOrder(1));
    const Invoice draft = drafted(shippedOrder(1));
    InvoiceViewer viewer(s(), admin, draft.number);
    showActive(viewer);
    EXPECT_FALSE(viewer.postOn(QDate::currentDate().addDays(-1)));
    EXPECT_TRUE(viewer.banner()->isVisible());
    EXPECT_TRUE(
        viewer.banner()->text().contains(QStringLiteral("before the latest posted invoice")))
        << viewer.banner()->text().toStdString();
    EXPECT_EQ(storedInvoice(draft.number).status, QStringLiteral("draft"));
    EXPECT_TRUE(viewer.button(QStringLiteral("post"))->isVisible());
}

TEST_F(InvoicesViewTest, AQuantityAtZeroLeavesTheInvoiceAndBadInputIsRefused) {
    const QString first = shippedOrder(1);
    const QString order = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1),
                                                             line(QStringLiteral("TUE-M6"), 3)})
                              .number;
    shipped(order);
    const Invoice draft = drafted(order);
    InvoiceViewer viewer(s(), admin, draft.number);
    showActive(viewer);
    QStandardItemModel* lines = viewer.linesModel();
    ASSERT_EQ(lines->rowCount(), 2);
    lines->item(1, InvoiceViewer::Qty)->setText(QStringLiteral("abc"));
    EXPECT_TRUE(viewer.banner()->isVisible());
    EXPECT_EQ(lines->item(1, InvoiceViewer::Qty)->text(), QStringLiteral("3"));
    EXPECT_FALSE(viewer.isDirty());
    lines->item(1, InvoiceViewer::Qty)->setText(QStringLiteral("0"));
    EXPECT_TRUE(viewer.isDirty());
    EXPECT_EQ(viewer.totals()->totalLabel()->text(), euros(1210));
    QTest::keyClick(&viewer, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(viewer.isDirty());
    EXPECT_EQ(storedInvoice(draft.number).lines.size(), 1);
    EXPECT_EQ(storedInvoice(draft.number).total.minor(), 1210);
    EXPECT_FALSE(first.isEmpty());
}

TEST_F(InvoicesViewTest, ASalesUserReadsADraftButMayNotEditNorPostIt) {
    const Invoice draft = drafted(shippedOrder(2));
    InvoiceViewer viewer(s(), sales, draft.number);
    showActive(viewer);
    EXPECT_FALSE(viewer.button(QStringLiteral("post"))->isVisible());
    EXPECT_FALSE(viewer.button(QStringLiteral("save"))->isVisible());
    EXPECT_FALSE(viewer.button(QStringLiteral("discard"))->isVisible());
    EXPECT_TRUE(viewer.button(QStringLiteral("preview"))->isEnabled());
    EXPECT_TRUE(viewer.dateEdit()->isReadOnly());
    EXPECT_FALSE(viewer.linesModel()->item(0, InvoiceViewer::Qty)->isEditable());
    EXPECT_FALSE(viewer.postOn(QDate::currentDate()));
    EXPECT_EQ(storedInvoice(draft.number).status, QStringLiteral("draft"));
}

TEST_F(InvoicesViewTest, ADiscardedDraftIsGoneAfterTheConfirmation) {
    const Invoice draft = drafted(shippedOrder(2));
    InvoiceViewer viewer(s(), admin, draft.number);
    showActive(viewer);
    whenModal([](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        ASSERT_TRUE(box);
        box->button(QMessageBox::Discard)->click();
    });
    EXPECT_TRUE(viewer.discard());
    EXPECT_TRUE(viewer.invoice().number.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")), 0);
}

TEST_F(InvoicesViewTest, APostedInvoiceIsReadOnlyAndPrintsAsPdf) {
    const Invoice inv = posted(shippedOrder(2));
    InvoiceViewer viewer(s(), admin, inv.number);
    showActive(viewer);
    EXPECT_FALSE(viewer.button(QStringLiteral("post"))->isVisible());
    EXPECT_FALSE(viewer.linesModel()->item(0, InvoiceViewer::Qty)->isEditable());
    EXPECT_TRUE(viewer.field(QStringLiteral("dueDates"))->text().contains(QStringLiteral("24,20")));
    EXPECT_EQ(viewer.field(QStringLiteral("amountDue"))->text(), euros(2420));
    // Read-only fields are drawn as text, not as inputs one could type in.
    EXPECT_TRUE(viewer.dateEdit()->isReadOnly());
    EXPECT_FALSE(viewer.dateEdit()->hasFrame());
    EXPECT_FALSE(viewer.dateEdit()->calendarPopup());
    EXPECT_EQ(viewer.dateEdit()->buttonSymbols(), QAbstractSpinBox::NoButtons);
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    ASSERT_TRUE(viewer.writePdf(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

TEST_F(InvoicesViewTest, TheOrderEditorsInvoiceButtonDraftsAnInvoiceAndOpensIt) {
    const QString order = shippedOrder(3);
    const QString unshipped =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}).number;
    {
        OrderEditor& e = openEditor(unshipped);
        EXPECT_TRUE(e.button(QStringLiteral("invoice"))->isVisible());
        EXPECT_FALSE(e.button(QStringLiteral("invoice"))->isEnabled()); // nothing shipped yet
    }
    {
        OrderEditor& e = openEditor(order, sales);
        EXPECT_FALSE(e.button(QStringLiteral("invoice"))->isVisible());
    }
    OrderEditor& e = openEditor(order, accounting);
    QPushButton* invoice = e.button(QStringLiteral("invoice"));
    ASSERT_TRUE(invoice->isVisible());
    ASSERT_TRUE(invoice->isEnabled());
    QString opened;
    whenModal([&](QDialog* dialog) {
        auto* viewer = qobject_cast<InvoiceViewer*>(dialog);
        ASSERT_TRUE(viewer);
        opened = viewer->invoice().number;
        viewer->reject();
    });
    QTest::mouseClick(invoice, Qt::LeftButton);
    ASSERT_TRUE(opened.startsWith(u"DRAFT-")) << opened.toStdString();
    const Invoice draft = storedInvoice(opened);
    EXPECT_EQ(draft.status, QStringLiteral("draft"));
    ASSERT_EQ(draft.lines.size(), 1);
    EXPECT_EQ(draft.lines[0].qty, units(3));
    EXPECT_TRUE(bannerText(e).contains(opened)) << bannerText(e).toStdString();
}

TEST_F(InvoicesViewTest, TheMainWindowOpensInvoicesWithCtrl7) {
    MainWindow window(s(), accounting);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(), window.invoicesView());
    EXPECT_EQ(window.navigation()->currentRow(), MainWindow::Invoices);
    EXPECT_EQ(window.currentPage(), window.invoicesView());
}

namespace {

// Runs `act` on the next message box (the batch's progress dialog is modal too).
void whenMessageBox(std::function<void(QMessageBox*)> act, int attempts = 300) {
    QTimer::singleShot(10, [act = std::move(act), attempts] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            act(box);
        else if (attempts > 0)
            whenMessageBox(act, attempts - 1);
    });
}

} // namespace

TEST_F(InvoicesViewTest, SelectedInvoicesPrintIntoOnePdfOrOneEach) {
    const QString a = posted(shippedOrder(1)).number;
    const QString b = posted(shippedOrder(2)).number;
    const QString c = posted(shippedOrder(3)).number;
    InvoicesView view(s(), admin);
    view.resize(1000, 500);
    showActive(view);
    QWidget* viewport = view.table()->viewport();
    const auto click = [&](const QString& number, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(viewport, Qt::LeftButton, modifiers,
                          view.table()->visualRect(cell(&view, number, 0)).center());
    };
    click(a, Qt::NoModifier);
    click(c, Qt::ControlModifier);
    QStringList selected = view.selectedKeys();
    selected.sort();
    EXPECT_EQ(selected, (QStringList{a, c}));

    // Ctrl+P asks: one PDF for both, or one each; Cancel there prints nothing.
    QString question;
    whenMessageBox([&](QMessageBox* box) {
        question = box->text();
        box->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(question.contains(u'2')) << question.toStdString();

    QTemporaryDir dir;
    QString said;
    whenMessageBox([&](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    view.printInvoices(view.selectedKeys(), dir.path(), false);
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_EQ(files, (QStringList{a + QStringLiteral(".pdf"), c + QStringLiteral(".pdf")}));
    EXPECT_TRUE(said.contains(u'2')) << said.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(b + QStringLiteral(".pdf"))));

    const QString book = dir.filePath(QStringLiteral("both.pdf"));
    whenMessageBox([](QMessageBox* box) { box->accept(); });
    view.printInvoices(view.selectedKeys(), book, true);
    QFile pdf(book);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

TEST_F(InvoicesViewTest, PaidIsWhatIsSettledDepositsIncludedSoTotalLessPaidIsTheBalance) {
    const QString order =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)}).number;
    services::DepositInput deposit;
    deposit.orderNumber = order;
    deposit.amount = Money::fromMinor(2000, Currency::fromCode(u"EUR"));
    ASSERT_TRUE(s().deposits().add(admin, deposit));
    shipped(order);
    const Invoice invoice = posted(order);
    ASSERT_EQ(invoice.balance.minor(), invoice.total.minor() - 2000);
    InvoicesView view(s(), admin);
    EXPECT_EQ(cell(&view, invoice.number, InvoiceSource::Paid).data().toString(), euros(2000));
    EXPECT_EQ(cell(&view, invoice.number, InvoiceSource::Balance).data().toString(),
              euros(invoice.total.minor() - 2000));
}

namespace {

// Runs `act` on the next modal QFileDialog (Qt's own: offscreen has no native one).
void whenFileDialog(std::function<void(QFileDialog*)> act, int attempts = 300) {
    QTimer::singleShot(10, [act = std::move(act), attempts] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()))
            act(dialog);
        else if (attempts > 0)
            whenFileDialog(act, attempts - 1);
    });
}

} // namespace

TEST_F(InvoicesViewTest, SelectedDraftsAreLeftOutOfAPrintAndTheUserIsTold) {
    const QString a = posted(shippedOrder(1)).number;
    const QString b = posted(shippedOrder(2)).number;
    const QString draft = drafted(shippedOrder(3)).number;
    InvoicesView view(s(), admin);
    view.resize(1000, 500);
    showActive(view);
    QWidget* viewport = view.table()->viewport();
    const auto click = [&](const QString& number, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(viewport, Qt::LeftButton, modifiers,
                          view.table()->visualRect(cell(&view, number, 0)).center());
    };

    // Only a draft: nothing to print, and why.
    click(draft, Qt::NoModifier);
    QString said;
    whenMessageBox([&](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    QTest::keyClick(view.table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(said.contains(QStringLiteral("Only drafts"))) << said.toStdString();

    // All three: the question says the draft is left out.
    showActive(view); // again, after the message box
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier);
    ASSERT_TRUE(view.selectedKeys().contains(b));
    QString question;
    whenMessageBox([&](QMessageBox* box) {
        question = box->text();
        box->reject();
    });
    QTest::keyClick(view.table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(question.contains(QStringLiteral("selected invoices"))) << question.toStdString();
    EXPECT_TRUE(question.contains(u'2')) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Drafts left out: 1"))) << question.toStdString();

    // A posted one and the draft: one PDF of the posted one, and the note at the end.
    showActive(view);
    click(a, Qt::NoModifier);
    click(draft, Qt::ControlModifier);
    const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
    said.clear();
    whenMessageBox([&](QMessageBox* box) {
        EXPECT_TRUE(box->text().contains(QStringLiteral("Drafts left out: 1")));
        whenFileDialog([&](QFileDialog* files) {
            whenMessageBox([&](QMessageBox* done) {
                said = done->text();
                done->accept();
            });
            files->selectFile(pdf);
            static_cast<QDialog*>(files)->accept();
        });
        box->defaultButton()->click();
    });
    QTest::keyClick(view.table(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_TRUE(said.contains(a)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("Drafts left out: 1"))) << said.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_FALSE(said.contains(draft));
}
