// SPDX-License-Identifier: MIT
// mostrador-cli print invoice NUMBER --out FILE.pdf and print invoices --out DIR: the
// file, its pages and text, a draft marked as such, and batches by status and dates to a
// folder or one PDF.
#include "cli_fixture.h"
#include "services/invoice_service.h"
#include "services/sales_order_service.h"
#include "services/settings_service.h"
#include "services/shipment_service.h"
#include "support/test_db.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace mostrador;
using namespace mostrador::test;

namespace {

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
}

class CliPrintInvoicesTest : public CliTest {
protected:
    void SetUp() override {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext) not installed";
        init();
        auto s = open();
        ASSERT_TRUE(s->settings().saveTerms(
            admin, {QStringLiteral("N3060"), QStringLiteral("30 and 60 days"), {30, 60}}));
        domain::Product p;
        p.sku = QStringLiteral("SAC-25");
        p.name = QStringLiteral("Saco de cemento 25 kg");
        p.unit = QStringLiteral("u");
        p.listPrice = domain::UnitPrice::fromTenThousandths(62500); // 6.25
        ASSERT_TRUE(s->products().create(admin, p, domain::Quantity::fromUnits(500)));
        domain::Customer c;
        c.code = QStringLiteral("OBRA");
        c.name = QStringLiteral("Obras Ribera S.L.");
        c.taxId = QStringLiteral("B11223344");
        c.billingAddress = QStringLiteral("Calle Mayor 1\n28013 Madrid");
        c.paymentTermsCode = QStringLiteral("N3060");
        ASSERT_TRUE(s->customers().create(admin, c));
    }

    // A confirmed order of `sacks` sacks, shipped in full on `date`.
    QString shippedOrder(int sacks, QDate date) {
        auto s = open();
        services::OrderInput input;
        input.customerCode = QStringLiteral("OBRA");
        input.date = date;
        input.lines.append({QStringLiteral("SAC-25"), domain::Quantity::fromUnits(sacks),
                            std::nullopt, std::nullopt, QString(), QDate()});
        auto made = s->orders().create(admin, input);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        if (!made)
            return {};
        EXPECT_TRUE(s->orders().confirm(admin, made->number));
        services::ShipmentInput ship;
        ship.orderNumber = made->number;
        ship.date = date;
        auto shipped = s->shipments().create(admin, ship);
        EXPECT_TRUE(shipped) << shipped.error().message.toStdString();
        return made->number;
    }

    // A posted invoice of a new shipped order, dated `date`.
    QString postedInvoice(int sacks, QDate date) {
        auto posted = open()->invoices().createAndPost(admin, {shippedOrder(sacks, date)}, date);
        EXPECT_TRUE(posted) << posted.error().message.toStdString();
        return posted ? posted->number : QString();
    }

    QString out(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    domain::Actor admin = test::admin();
};

} // namespace

TEST_F(CliPrintInvoicesTest, PrintsAPostedInvoiceWithItsDueDatesAndAmountDue) {
    const QString number = postedInvoice(8, QDate(2026, 11, 2)); // 8 × 6.25 = 50.00 + tax
    CliRun printed = json({QStringLiteral("print"), QStringLiteral("invoice"), number,
                           QStringLiteral("--out"), out("inv.pdf")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_EQ(printed.object()[QStringLiteral("file")].toString(), out("inv.pdf"));
    EXPECT_EQ(printed.object()[QStringLiteral("pages")].toInt(), 1);
    const QString text = pdfText(out("inv.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice ") + number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tax ID: B11223344")));
    EXPECT_TRUE(text.contains(QStringLiteral("Due dates")));
    EXPECT_TRUE(text.contains(QStringLiteral("Amount due")));
    EXPECT_TRUE(text.contains(QStringLiteral("30 and 60 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("SAC-25")));
}

TEST_F(CliPrintInvoicesTest, TheDepositsAnInvoiceAppliedAreListedAndTakenOffTheAmountDue) {
    const QString order = shippedOrder(8, QDate(2026, 11, 2)); // 60.50 with tax
    auto deposit =
        open()->deposits().add(admin, {order, domain::Money::fromMinor(2000),
                                       QString::fromUtf16(domain::payment_method::kTransfer),
                                       QDate(2026, 11, 1), QString()});
    ASSERT_TRUE(deposit) << deposit.error().message.toStdString();
    auto posted = open()->invoices().createAndPost(admin, {order}, QDate(2026, 11, 2));
    ASSERT_TRUE(posted) << posted.error().message.toStdString();
    CliRun printed = json({QStringLiteral("print"), QStringLiteral("invoice"), posted->number,
                           QStringLiteral("--out"), out("dep.pdf")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    const QString text = pdfText(out("dep.pdf"));
    EXPECT_TRUE(text.contains(deposit->number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Deposits applied")));
    EXPECT_TRUE(text.contains(QStringLiteral("60.50")));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("Amount due\\s+40\\.50"))));
}

TEST_F(CliPrintInvoicesTest, ADraftIsPrintedAsADraftAndAnUnknownNumberWritesNothing) {
    auto draft = open()->invoices().createDraft(admin, {shippedOrder(2, QDate(2026, 11, 3))},
                                                QDate(2026, 11, 3));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    CliRun printed = json({QStringLiteral("print"), QStringLiteral("invoice"), draft->number,
                           QStringLiteral("--out"), out("draft.pdf"), QStringLiteral("--paper"),
                           QStringLiteral("letter")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    const QString text = pdfText(out("draft.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("DRAFT invoice ") + draft->number))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not valid as an invoice")));

    CliRun unknown =
        json({QStringLiteral("print"), QStringLiteral("invoice"), QStringLiteral("INV-1999-00001"),
              QStringLiteral("--out"), out("x.pdf")});
    EXPECT_EQ(unknown.status, 2) << unknown.out.toStdString();
    EXPECT_FALSE(QFile::exists(out("x.pdf")));
}

TEST_F(CliPrintInvoicesTest, PrintsTheInvoicesOfAStatusAndDatesOneFileEachOrAllInOne) {
    const QString first = postedInvoice(1, QDate(2026, 11, 2));
    const QString second = postedInvoice(2, QDate(2026, 11, 9));
    const QString third = postedInvoice(3, QDate(2026, 11, 20));
    ASSERT_TRUE(open()->invoices().createDraft(admin, {shippedOrder(4, QDate(2026, 11, 21))},
                                               QDate(2026, 11, 21)));
    CliRun batch =
        json({QStringLiteral("print"), QStringLiteral("invoices"), QStringLiteral("--status"),
              QStringLiteral("posted"), QStringLiteral("--from"), QStringLiteral("2026-11-05"),
              QStringLiteral("--out"), out("folder")});
    ASSERT_EQ(batch.status, 0) << batch.out.toStdString();
    EXPECT_EQ(batch.object()[QStringLiteral("invoices")].toInt(), 2);
    EXPECT_EQ(QDir(out("folder")).entryList(QDir::Files | QDir::Hidden),
              (QStringList{second + QStringLiteral(".pdf"), third + QStringLiteral(".pdf")}));

    CliRun one = json({QStringLiteral("print"), QStringLiteral("invoices"), QStringLiteral("--out"),
                       out("all.pdf"), QStringLiteral("--one-file")});
    ASSERT_EQ(one.status, 0) << one.out.toStdString();
    EXPECT_EQ(one.object()[QStringLiteral("invoices")].toInt(), 4);
    EXPECT_EQ(one.object()[QStringLiteral("pages")].toInt(), 4);
    const QString text = pdfText(out("all.pdf"));
    for (const QString& number : {first, second, third})
        EXPECT_TRUE(text.contains(QStringLiteral("Invoice ") + number)) << number.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("DRAFT invoice")));

    CliRun bad =
        json({QStringLiteral("print"), QStringLiteral("invoices"), QStringLiteral("--status"),
              QStringLiteral("open"), QStringLiteral("--out"), out("none")});
    EXPECT_EQ(bad.status, 2) << bad.out.toStdString();
    CliRun empty =
        json({QStringLiteral("print"), QStringLiteral("invoices"), QStringLiteral("--from"),
              QStringLiteral("2027-01-01"), QStringLiteral("--out"), out("none")});
    EXPECT_EQ(empty.status, 2) << empty.out.toStdString();
    EXPECT_EQ(empty.rule(), QStringLiteral("print.no_invoices"));
    EXPECT_TRUE(QDir(out("none")).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
