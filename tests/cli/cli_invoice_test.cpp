// SPDX-License-Identifier: MIT
// mostrador-cli invoice create | post | show | list, in-process.
#include "cli_fixture.h"

using namespace mostrador::test;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// SOL and LUNA (no credit limits) each have a confirmed, fully shipped order of TOR-M6
// at 1.00 + 21 % tax.
class CliInvoiceTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("100"));
        addCustomer(QStringLiteral("Ferretería Sol"), QStringLiteral("SOL"));
        addCustomer(QStringLiteral("Luna"), QStringLiteral("LUNA"));
        sol = shippedOrder("SOL", "--line TOR-M6:10");
        luna = shippedOrder("LUNA", "--line TOR-M6:2");
    }

    QString shippedOrder(const char* customer, const char* lines) {
        CliRun made = json(words("order create --customer") +
                           QStringList{QString::fromUtf8(customer)} + words(lines));
        EXPECT_EQ(made.status, 0) << made.out.toStdString();
        const QString number = str(made.object(), "number");
        EXPECT_EQ(json({QStringLiteral("order"), QStringLiteral("confirm"), number}).status, 0);
        EXPECT_EQ(json({QStringLiteral("shipment"), QStringLiteral("create"), number}).status, 0);
        return number;
    }
    QString year() const { return QString::number(QDate::currentDate().year()); }

    QString sol, luna;
};

} // namespace

TEST_F(CliInvoiceTest, CreatePostsAtOnceAndAnswersTheInvoiceJson) {
    CliRun made = json({QStringLiteral("invoice"), QStringLiteral("create"), sol});
    ASSERT_EQ(made.status, 0) << made.out.toStdString();
    const QJsonObject inv = made.object();
    EXPECT_EQ(str(inv, "number"), QStringLiteral("INV-%1-00001").arg(year()));
    EXPECT_EQ(str(inv, "draft_number"), str(inv, "number")); // never a draft
    EXPECT_EQ(str(inv, "status"), QStringLiteral("posted"));
    EXPECT_EQ(str(inv, "customer"), QStringLiteral("SOL"));
    EXPECT_EQ(str(inv, "total"), QStringLiteral("12.10"));
    EXPECT_EQ(str(inv, "balance"), QStringLiteral("12.10"));
    EXPECT_EQ(str(inv, "paid"), QStringLiteral("0.00"));
    EXPECT_FALSE(str(inv, "due_date").isEmpty());
    ASSERT_EQ(inv.value(QStringLiteral("due_dates")).toArray().size(), 1);
    const QJsonObject line = inv.value(QStringLiteral("lines")).toArray().first().toObject();
    EXPECT_EQ(str(line, "sku"), QStringLiteral("TOR-M6"));
    EXPECT_EQ(str(line, "qty"), QStringLiteral("10"));
    EXPECT_EQ(str(line, "unit_price"), QStringLiteral("1.00"));
    EXPECT_EQ(str(line, "order"), sol);
    EXPECT_EQ(inv.value(QStringLiteral("orders")).toArray().first().toString(), sol);
    CliRun order = json({QStringLiteral("order"), QStringLiteral("show"), sol});
    EXPECT_EQ(str(order.object(), "status"), QStringLiteral("closed"));
    EXPECT_EQ(str(order.object(), "invoicing_status"), QStringLiteral("full"));
}

TEST_F(CliInvoiceTest, ADraftIsPostedLaterAndShownByEitherNumber) {
    CliRun draft =
        json({QStringLiteral("invoice"), QStringLiteral("create"), sol, QStringLiteral("--draft")});
    ASSERT_EQ(draft.status, 0) << draft.out.toStdString();
    const QString draftNumber = str(draft.object(), "number");
    EXPECT_EQ(str(draft.object(), "status"), QStringLiteral("draft"));
    CliRun posted = json({QStringLiteral("invoice"), QStringLiteral("post"), draftNumber,
                          QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate)});
    ASSERT_EQ(posted.status, 0) << posted.out.toStdString();
    const QString number = str(posted.object(), "number");
    CliRun shown = json({QStringLiteral("invoice"), QStringLiteral("show"), draftNumber});
    EXPECT_EQ(str(shown.object(), "number"), number);
    CliRun again = json({QStringLiteral("invoice"), QStringLiteral("post"), number});
    EXPECT_EQ(again.status, 1);
    EXPECT_EQ(again.rule(), QStringLiteral("invoice.posted"));
}

TEST_F(CliInvoiceTest, RefusalsAnswerExitOneBadInputExitTwo) {
    CliRun mixed = json({QStringLiteral("invoice"), QStringLiteral("create"), sol, luna});
    EXPECT_EQ(mixed.status, 1);
    EXPECT_EQ(mixed.rule(), QStringLiteral("invoice.customers_differ"));
    CliRun draft =
        json({QStringLiteral("invoice"), QStringLiteral("create"), sol, QStringLiteral("--draft")});
    ASSERT_EQ(draft.status, 0);
    CliRun nothing = json({QStringLiteral("invoice"), QStringLiteral("create"), sol});
    EXPECT_EQ(nothing.status, 1);
    EXPECT_EQ(nothing.rule(), QStringLiteral("invoice.nothing_to_invoice"));
    ASSERT_EQ(
        json({QStringLiteral("invoice"), QStringLiteral("post"), str(draft.object(), "number")})
            .status,
        0);
    CliRun closed = json({QStringLiteral("invoice"), QStringLiteral("create"), sol});
    EXPECT_EQ(closed.status, 1);
    EXPECT_EQ(closed.rule(), QStringLiteral("invoice.order_state"));
    CliRun backdated =
        json({QStringLiteral("invoice"), QStringLiteral("create"), luna, QStringLiteral("--date"),
              QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    EXPECT_EQ(backdated.status, 1);
    EXPECT_EQ(backdated.rule(), QStringLiteral("invoice.backdated"));
    EXPECT_EQ(json(words("invoice create")).status, 2);
    EXPECT_EQ(json(words("invoice create SO-NONE")).status, 2);
    EXPECT_EQ(json({QStringLiteral("invoice"), QStringLiteral("create"), luna,
                    QStringLiteral("--date"), QStringLiteral("2026-02-30")})
                  .status,
              2);
    EXPECT_EQ(json(words("invoice show INV-1999-00001")).status, 2);
}

TEST_F(CliInvoiceTest, ListFiltersByCustomerAndStatus) {
    ASSERT_EQ(json({QStringLiteral("invoice"), QStringLiteral("create"), sol}).status, 0);
    ASSERT_EQ(
        json({QStringLiteral("invoice"), QStringLiteral("create"), luna, QStringLiteral("--draft")})
            .status,
        0);
    CliRun all = json(words("invoice list"));
    ASSERT_EQ(all.status, 0);
    EXPECT_EQ(all.array().size(), 2);
    CliRun drafts = json(words("invoice list --status draft"));
    ASSERT_EQ(drafts.array().size(), 1);
    EXPECT_EQ(str(drafts.array().first().toObject(), "customer"), QStringLiteral("LUNA"));
    CliRun forSol = json(words("invoice list --customer sol --limit 5"));
    ASSERT_EQ(forSol.array().size(), 1);
    EXPECT_EQ(str(forSol.array().first().toObject(), "balance"), QStringLiteral("12.10"));
    EXPECT_EQ(str(forSol.array().first().toObject(), "paid"), QStringLiteral("0.00"));
}
