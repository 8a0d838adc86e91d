// SPDX-License-Identifier: MIT
// The customer account window, offscreen: the entries and balances of a customer with an
// invoice and a payment, the period that refilters, a double click that opens the
// invoice, the export and the statement PDF; and the customers list's Ctrl+Shift+A.
#include "app/customer_account_model.h"
#include "app/customer_account_view.h"
#include "app/dialogs/export_table.h"
#include "app/invoice_viewer.h"
#include "app/record_views.h"
#include "app_fixture.h"
#include "gui_test_support.h"
#include "support/receivables_fixture.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;

namespace {

// SOL owes an invoice of 121.00 dated on the first day of the default period and paid
// 50.00 of it today.
class CustomerAccountViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        f.addCustomer(QStringLiteral("SOL"), QStringLiteral("Ferretería Sol"));
        auto c = f.services->customers().get(f.admin, QStringLiteral("SOL"));
        ASSERT_TRUE(c);
        start = domain::defaultStatementPeriod(QDate::currentDate()).from;
        invoice = test::postFixtureInvoice(f.services->database(), {c->id, 12100, start, {}, 0, 0});
        services::PaymentInput in;
        in.customerCode = QStringLiteral("SOL");
        in.amount = domain::Money::fromMinor(5000);
        auto paid = f.services->payments().add(f.admin, in);
        ASSERT_TRUE(paid) << paid.error().message.toStdString();
        payment = paid->number;
    }
    CustomerAccountView* openView() {
        view = std::make_unique<CustomerAccountView>(*f.services, f.admin, QStringLiteral("sol"));
        view->show();
        return view.get();
    }

    test::AppFixture f;
    QDate start;
    QString invoice;
    QString payment;
    std::unique_ptr<CustomerAccountView> view;
};

} // namespace

TEST_F(CustomerAccountViewTest, ShowsTheEntriesAndTheClosingBalance) {
    CustomerAccountView* v = openView();
    test::look(*v, QStringLiteral("customer-account"));
    ASSERT_EQ(v->model()->rowCount(), 2);
    EXPECT_EQ(v->model()->entry(0).number, invoice);
    EXPECT_EQ(v->model()->entry(1).number, payment);
    const QModelIndex balance = v->model()->index(1, CustomerAccountModel::Balance);
    EXPECT_EQ(balance.data(role::Raw).toLongLong(), 7100);
    EXPECT_EQ(v->model()->index(1, CustomerAccountModel::Credit).data(role::Raw).toLongLong(),
              5000);
    EXPECT_FALSE(v->model()->index(1, CustomerAccountModel::Debit).data(role::Raw).isValid());
    EXPECT_EQ(balance.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    EXPECT_TRUE(
        v->balancesLabel()->text().contains(domain::Money::fromMinor(7100).toString(QLocale())));
    EXPECT_TRUE(v->headerLabel()->text().contains(QStringLiteral("Ferretería Sol")));
    EXPECT_TRUE(
        v->headerLabel()->text().contains(domain::Money::fromMinor(7100).toString(QLocale())));
    EXPECT_FALSE(v->isModal());
}

TEST_F(CustomerAccountViewTest, ChangingThePeriodRefilters) {
    CustomerAccountView* v = openView();
    ASSERT_EQ(v->model()->rowCount(), 2);
    QDateEdit* from = v->fromEdit();
    from->setFocus();
    from->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(from, Qt::Key_Up); // a day later: the invoice falls before the period
    EXPECT_EQ(from->date(), start.addDays(1));
    ASSERT_EQ(v->model()->rowCount(), 1);
    EXPECT_EQ(v->model()->entry(0).number, payment);
    EXPECT_EQ(v->model()->statement().openingBalance, domain::Money::fromMinor(12100));
    EXPECT_TRUE(
        v->balancesLabel()->text().contains(domain::Money::fromMinor(7100).toString(QLocale())));
    QTest::keyClick(from, Qt::Key_Down);
    EXPECT_EQ(v->model()->rowCount(), 2);
}

TEST_F(CustomerAccountViewTest, DoubleClickOnAnInvoiceOpensIt) {
    CustomerAccountView* v = openView();
    QTableView* table = v->table();
    QString opened;
    test::onNextModal([&](QWidget* w) {
        if (auto* viewer = qobject_cast<InvoiceViewer*>(w))
            opened = viewer->invoice().number;
    });
    const QRect cell = table->visualRect(v->model()->index(0, CustomerAccountModel::Number));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(opened, invoice);
}

TEST_F(CustomerAccountViewTest, ExportsTheEntriesAndWritesTheStatement) {
    CustomerAccountView* v = openView();
    const QString csv = f.dir.filePath(QStringLiteral("account.csv"));
    auto rows = writeModel(*v->model(), csv);
    ASSERT_TRUE(rows);
    EXPECT_EQ(*rows, 2);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(invoice));
    EXPECT_TRUE(text.contains(QStringLiteral("71.00")));
    const QString pdf = f.dir.filePath(QStringLiteral("statement.pdf"));
    EXPECT_TRUE(v->writeStatementPdf(pdf));
    EXPECT_GT(QFile(pdf).size(), 1000);
}

TEST_F(CustomerAccountViewTest, CustomersListOpensTheAccountWithCtrlShiftA) {
    CustomersView list(*f.services, f.admin);
    list.show();
    list.searchField()->setText(QStringLiteral("SOL"));
    QTest::qWait(ListPage::kSearchDelayMs + 50);
    ASSERT_TRUE(list.selectKey(QStringLiteral("SOL")));
    list.table()->setFocus();
    QTest::keyClick(list.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* account = list.findChild<CustomerAccountView*>();
    ASSERT_NE(account, nullptr);
    EXPECT_TRUE(account->isVisible());
    EXPECT_EQ(account->model()->rowCount(), 2);
    account->close();
}
