// SPDX-License-Identifier: MIT
// Printing several invoices from the GUI: a modal progress dialog over the batch, and a
// Cancel that leaves no file behind.
#include "app/invoice_batch_print.h"
#include "services/invoice_service.h"
#include "services/sales_order_service.h"
#include "services/services.h"
#include "services/settings_service.h"
#include "services/shipment_service.h"
#include "support/test_db.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace mostrador;

namespace {

class InvoiceBatchPrintTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Services::open(dir.filePath(QStringLiteral("b.db")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        s = std::move(*opened);
        domain::CompanyProfile company;
        company.name = QStringLiteral("Ferretería Ejemplo S.L.");
        ASSERT_TRUE(s->settings().saveCompany(admin, company));
        domain::Product p;
        p.sku = QStringLiteral("SAC-25");
        p.name = QStringLiteral("Saco de cemento 25 kg");
        p.listPrice = domain::UnitPrice::fromTenThousandths(62500);
        ASSERT_TRUE(s->products().create(admin, p, domain::Quantity::fromUnits(500)));
        domain::Customer c;
        c.code = QStringLiteral("OBRA");
        c.name = QStringLiteral("Obras Ribera S.L.");
        ASSERT_TRUE(s->customers().create(admin, c));
        for (int i = 0; i < 6; ++i)
            numbers.append(postedInvoice(i + 1));
    }

    QString postedInvoice(int sacks) {
        services::OrderInput input;
        input.customerCode = QStringLiteral("OBRA");
        input.date = date;
        input.lines.append({QStringLiteral("SAC-25"), domain::Quantity::fromUnits(sacks),
                            std::nullopt, std::nullopt, QString(), QDate()});
        auto order = s->orders().create(admin, input);
        EXPECT_TRUE(order) << order.error().message.toStdString();
        if (!order)
            return {};
        EXPECT_TRUE(s->orders().confirm(admin, order->number));
        services::ShipmentInput ship;
        ship.orderNumber = order->number;
        ship.date = date;
        EXPECT_TRUE(s->shipments().create(admin, ship));
        auto posted = s->invoices().createAndPost(admin, {order->number}, date);
        EXPECT_TRUE(posted) << posted.error().message.toStdString();
        return posted ? posted->number : QString();
    }

    // Clicks Cancel on the progress dialog once it shows `done` invoices printed.
    void cancelAt(int done) {
        auto* timer = new QTimer(&window);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer, done] {
            auto* dialog = window.findChild<QProgressDialog*>();
            if (dialog && dialog->value() >= done) {
                maxSeen = dialog->maximum();
                dialog->cancel();
                timer->stop();
            }
        });
        timer->start(0);
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> s;
    domain::Actor admin = test::admin();
    QDate date{2026, 11, 2};
    QStringList numbers;
    QWidget window;
    int maxSeen = 0;
};

} // namespace

TEST_F(InvoiceBatchPrintTest, WritesEveryInvoiceToOnePdfOrAFolder) {
    const QString path = dir.filePath(QStringLiteral("all.pdf"));
    auto one = app::printInvoiceBatch(&window, *s, admin, {numbers, path, true});
    ASSERT_TRUE(one) << one.error().message.toStdString();
    EXPECT_FALSE(one->cancelled);
    EXPECT_EQ(one->invoices, 6);
    EXPECT_EQ(one->pages, 6);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(window.findChild<QProgressDialog*>(), nullptr); // gone with the batch

    const QString folder = dir.filePath(QStringLiteral("each"));
    auto each = app::printInvoiceBatch(&window, *s, admin, {numbers.mid(0, 3), folder, false});
    ASSERT_TRUE(each) << each.error().message.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files),
              (QStringList{numbers[0] + QStringLiteral(".pdf"), numbers[1] + QStringLiteral(".pdf"),
                           numbers[2] + QStringLiteral(".pdf")}));
}

TEST_F(InvoiceBatchPrintTest, CancelInTheProgressDialogLeavesNoFile) {
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    cancelAt(3);
    auto outcome = app::printInvoiceBatch(&window, *s, admin, {numbers, path, true});
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_TRUE(outcome->cancelled);
    EXPECT_EQ(maxSeen, 6);
    EXPECT_FALSE(QFile::exists(path));

    const QString folder = dir.filePath(QStringLiteral("each"));
    cancelAt(2);
    auto each = app::printInvoiceBatch(&window, *s, admin, {numbers, folder, false});
    ASSERT_TRUE(each);
    EXPECT_TRUE(each->cancelled);
    EXPECT_TRUE(
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(InvoiceBatchPrintTest, AnInvoiceThatIsGoneIsAnErrorAndNoFile) {
    const QString path = dir.filePath(QStringLiteral("gone.pdf"));
    auto outcome = app::printInvoiceBatch(
        &window, *s, admin, {{numbers[0], QStringLiteral("INV-1999-00001")}, path, true});
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().kind, ErrorKind::NotFound) << outcome.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
