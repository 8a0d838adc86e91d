// SPDX-License-Identifier: MIT
#include "services/customer_service.h"
#include "services/price_list_service.h"
#include "services/product_service.h"
#include "services/quotation_service.h"
#include "services/settings_service.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "support/sample_records.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

using test::cents;

class QuotationServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ctx.currency = Currency::fromCode(u"EUR");
        ASSERT_TRUE(store.saveTaxRate(
            {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
        ASSERT_TRUE(store.saveTaxRate(
            {QStringLiteral("IVA10"), QStringLiteral("IVA 10 %"), Percent::fromWhole(10)}));
        ASSERT_TRUE(store.saveTerms({QStringLiteral("NET30"), QStringLiteral("30 days"), {30}}));
        ASSERT_TRUE(settings.setValue(admin, QStringLiteral("customer.default_terms"),
                                      QStringLiteral("NET30")));
        ASSERT_TRUE(prices.createList(admin, QStringLiteral("MAYOR"), QStringLiteral("Mayorista")));
        ASSERT_TRUE(
            products.create(admin, test::sampleProduct(QStringLiteral("TOR-M6"), {}, 1000, 600)));
        ASSERT_TRUE(
            products.create(admin, test::sampleProduct(QStringLiteral("TUE-M6"), {}, 333, 100)));
        PriceRule rule;
        rule.priceListCode = QStringLiteral("MAYOR");
        rule.sku = QStringLiteral("TOR-M6");
        rule.minQty = Quantity::fromUnits(10);
        rule.discount = Percent::fromWhole(5);
        auto added = prices.addRule(admin, rule);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        Customer alfa;
        alfa.code = QStringLiteral("ALFA");
        alfa.name = QStringLiteral("Ferretería García");
        alfa.billingAddress = QStringLiteral("Calle Mayor 1\nMadrid");
        alfa.shippingAddress = QStringLiteral("Polígono Sur 4\nGetafe");
        alfa.priceListCode = QStringLiteral("MAYOR");
        ASSERT_TRUE(customers.create(admin, alfa));
        Customer beta;
        beta.code = QStringLiteral("BETA");
        beta.name = QStringLiteral("Bricolaje Norte");
        ASSERT_TRUE(customers.create(admin, beta));
    }

    static LineInput line(const QString& sku, qint64 units) {
        LineInput l;
        l.sku = sku;
        l.qty = Quantity::fromUnits(units);
        return l;
    }

    static QuotationInput input(const QString& customer, QList<LineInput> lines,
                                QDate date = QDate::currentDate()) {
        QuotationInput in;
        in.customerCode = customer;
        in.date = date;
        in.lines = std::move(lines);
        return in;
    }

    Quotation create(QuotationInput in) {
        auto q = quotes.create(admin, in);
        EXPECT_TRUE(q) << (q ? "" : q.error().message.toStdString());
        return q ? *q : Quotation{};
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString year() const { return QString::number(QDate::currentDate().year()); }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    storage::SettingsRepository store{*t.db};
    SettingsService settings{ctx};
    CustomerService customers{ctx};
    ProductService products{ctx};
    PriceListService prices{ctx};
    QuotationService quotes{ctx, settings};
    Actor admin = test::admin();
};

} // namespace

TEST_F(QuotationServiceTest, ANewQuotationTakesItsNumberCustomerDataAndDefaults) {
    const Quotation q = create(input(QStringLiteral("alfa"), {line(QStringLiteral("TOR-M6"), 2)}));
    EXPECT_EQ(q.number, QStringLiteral("Q-%1-00001").arg(year()));
    EXPECT_EQ(q.status, QStringLiteral("draft"));
    EXPECT_EQ(q.revision, 1);
    EXPECT_EQ(q.party.customerName, QStringLiteral("Ferretería García"));
    EXPECT_EQ(q.party.shippingAddress, QStringLiteral("Polígono Sur 4\nGetafe"));
    EXPECT_EQ(q.party.paymentTermsCode, QStringLiteral("NET30")); // the company default
    EXPECT_EQ(q.party.priceListCode, QStringLiteral("MAYOR"));
    EXPECT_EQ(q.validUntil, QDate::currentDate().addDays(30));
    EXPECT_EQ(q.salesperson, QStringLiteral("admin"));
    auto stored = quotes.get(admin, q.number);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->lines, q.lines);
    EXPECT_EQ(stored->total, q.total);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                    "'quotation.create'")),
              1);
}

TEST_F(QuotationServiceTest, LinesArePricedByTheEngineWithItsExplanation) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 2),
                                                              line(QStringLiteral("TOR-M6"), 10)}));
    ASSERT_EQ(q.lines.size(), 2);
    EXPECT_EQ(q.lines[0].discount, Percent());
    EXPECT_EQ(q.lines[0].priceNote, QStringLiteral("List price"));
    EXPECT_EQ(q.lines[1].discount, Percent::fromWhole(5)); // the 10-unit break
    EXPECT_TRUE(q.lines[1].priceNote.contains(QStringLiteral("MAYOR")));
    EXPECT_EQ(q.lines[1].unitCost, cents(600));
    EXPECT_EQ(q.lines[1].taxRate, Percent::fromWhole(21));
    // 2 × 10.00 = 20.00; 10 × 10.00 × 0.95 = 95.00; tax 21 % of each.
    EXPECT_EQ(q.lines[0].net.minor(), 2000);
    EXPECT_EQ(q.lines[1].net.minor(), 9500);
    EXPECT_EQ(q.untaxed.minor(), 11500);
    EXPECT_EQ(q.tax.minor(), 420 + 1995);
    EXPECT_EQ(q.total.minor(), 11500 + 2415);
}

TEST_F(QuotationServiceTest, APriceOrDiscountSetByHandIsKeptAndSaidSo) {
    LineInput l = line(QStringLiteral("TOR-M6"), 1);
    l.unitPrice = cents(850);
    l.discount = Percent::fromWhole(2);
    const Quotation q = create(input(QStringLiteral("ALFA"), {l}));
    EXPECT_EQ(q.lines[0].unitPrice, cents(850));
    EXPECT_EQ(q.lines[0].discount, Percent::fromWhole(2));
    EXPECT_TRUE(q.lines[0].priceNote.startsWith(QStringLiteral("Set by hand")));
    EXPECT_EQ(q.lines[0].net.minor(), 833); // 8.50 × 0.98 = 8.33
}

TEST_F(QuotationServiceTest, GlobalTaxRoundingDiffersFromPerLineThroughTheService) {
    // Four lines of 0.03 at 21 %: each line's tax 0.0063 rounds to 0.01 (0.04 in all);
    // globally 0.12 × 21 % = 0.0252 rounds to 0.03.
    LineInput small = line(QStringLiteral("TUE-M6"), 1);
    small.unitPrice = UnitPrice::fromTenThousandths(300);
    const QList<LineInput> lines(4, small);
    const Quotation perLine = create(input(QStringLiteral("BETA"), lines));
    ASSERT_TRUE(settings.setValue(admin, QStringLiteral("tax.rounding"), QStringLiteral("global")));
    const Quotation global = create(input(QStringLiteral("BETA"), lines));
    EXPECT_EQ(perLine.untaxed.minor(), 12);
    EXPECT_EQ(perLine.tax.minor(), 4);
    EXPECT_EQ(global.untaxed.minor(), 12);
    EXPECT_EQ(global.tax.minor(), 3);
    EXPECT_EQ(global.total.minor(), 15);
}

TEST_F(QuotationServiceTest, ABadLineIsRefusedByLineAndFieldAndNothingIsWritten) {
    auto bad =
        quotes.create(admin, input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1),
                                                            line(QStringLiteral("NOPE"), 1)}));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("lines[1].sku"));
    EXPECT_TRUE(bad.error().message.startsWith(QStringLiteral("Line 2:")));
    auto zero =
        quotes.create(admin, input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 0)}));
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().field, QStringLiteral("lines[0].qty"));
    LineInput over = line(QStringLiteral("TOR-M6"), 1);
    over.discount = Percent::fromWhole(101);
    auto discount = quotes.create(admin, input(QStringLiteral("ALFA"), {over}));
    ASSERT_FALSE(discount);
    EXPECT_EQ(discount.error().field, QStringLiteral("lines[0].discount"));
    auto noCustomer = quotes.create(admin, input(QStringLiteral("ZZZ"), {}));
    ASSERT_FALSE(noCustomer);
    EXPECT_EQ(noCustomer.error().field, QStringLiteral("customer"));
    QuotationInput early = input(QStringLiteral("ALFA"), {});
    early.validUntil = early.date.addDays(-1);
    auto dates = quotes.create(admin, early);
    ASSERT_FALSE(dates);
    EXPECT_EQ(dates.error().field, QStringLiteral("valid_until"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM quotations")), 0);
    // No number was used up by the refusals.
    EXPECT_EQ(create(input(QStringLiteral("ALFA"), {})).number,
              QStringLiteral("Q-%1-00001").arg(year()));
}

TEST_F(QuotationServiceTest, ADraftIsEditedWithItsVersionAndAStaleEditIsRefused) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    QuotationInput in = input(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 3),
                                                       line(QStringLiteral("TOR-M6"), 1)});
    in.notes = QStringLiteral("Entrega en obra");
    auto edited = quotes.update(admin, q.number, q.version, in);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->party.customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(edited->lines.size(), 2);
    EXPECT_EQ(quotes.get(admin, q.number)->lines.size(), 2);
    auto stale = quotes.update(admin, q.number, q.version, in);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QStringLiteral("quotation.stale"));
    ASSERT_TRUE(quotes.send(admin, q.number));
    auto sent = quotes.get(admin, q.number);
    auto refused = quotes.update(admin, q.number, sent->version, in);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Rule);
}

TEST_F(QuotationServiceTest, AcceptingCreatesADraftOrderLinkedBothWays) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 10),
                                                              line(QStringLiteral("TUE-M6"), 4)}));
    ASSERT_TRUE(quotes.send(admin, q.number));
    auto order = quotes.accept(admin, q.number);
    ASSERT_TRUE(order) << order.error().message.toStdString();
    EXPECT_EQ(order->number, QStringLiteral("SO-%1-00001").arg(year()));
    EXPECT_EQ(order->status, QStringLiteral("draft"));
    EXPECT_EQ(order->quotationNumber, q.number);
    EXPECT_EQ(order->total, q.total);
    ASSERT_EQ(order->lines.size(), 2);
    EXPECT_EQ(order->lines[0].discount, Percent::fromWhole(5));
    auto accepted = quotes.get(admin, q.number);
    EXPECT_EQ(accepted->status, QStringLiteral("accepted"));
    EXPECT_EQ(accepted->orderNumber, order->number);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sales_order_lines")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT quotation_id FROM sales_orders")), q.id);
    auto again = quotes.accept(admin, q.number);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Rule);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 1);
}

TEST_F(QuotationServiceTest, AnEmptyQuotationIsNeitherSentNorAccepted) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {}));
    EXPECT_EQ(quotes.send(admin, q.number).error().code, QStringLiteral("quotation.empty"));
    EXPECT_EQ(quotes.accept(admin, q.number).error().code, QStringLiteral("quotation.empty"));
    EXPECT_EQ(quotes.get(admin, q.number)->status, QStringLiteral("draft"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);
}

TEST_F(QuotationServiceTest, RejectingNeedsAReasonAndEndsTheQuotation) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    ASSERT_TRUE(quotes.send(admin, q.number));
    auto noReason = quotes.reject(admin, q.number, QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().field, QStringLiteral("reason"));
    auto rejected = quotes.reject(admin, q.number, QStringLiteral("Too expensive"));
    ASSERT_TRUE(rejected);
    auto stored = quotes.get(admin, q.number);
    EXPECT_EQ(stored->status, QStringLiteral("rejected"));
    EXPECT_EQ(stored->rejectReason, QStringLiteral("Too expensive"));
    EXPECT_FALSE(quotes.accept(admin, q.number));
    EXPECT_FALSE(quotes.revise(admin, q.number));
    EXPECT_FALSE(quotes.send(admin, q.number));
}

TEST_F(QuotationServiceTest, PastValidUntilIsExpiredAndOnlyRevisingOrRejectingRemain) {
    const QDate past = QDate::currentDate().addDays(-40);
    QuotationInput in = input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}, past);
    in.validUntil = past.addDays(10);
    const Quotation q = create(in);
    EXPECT_EQ(q.status, QStringLiteral("expired")); // made already out of date
    EXPECT_EQ(quotes.get(admin, q.number)->status, QStringLiteral("expired"));
    EXPECT_FALSE(quotes.send(admin, q.number));
    EXPECT_FALSE(quotes.accept(admin, q.number));
    auto revised = quotes.revise(admin, q.number);
    ASSERT_TRUE(revised) << revised.error().message.toStdString();
    EXPECT_EQ(revised->revision, 2);
    EXPECT_EQ(revised->status, QStringLiteral("draft"));
    EXPECT_EQ(revised->validUntil, QDate::currentDate().addDays(30));
    EXPECT_EQ(quotes.get(admin, q.number)->status, QStringLiteral("draft"));
    ASSERT_TRUE(quotes.accept(admin, q.number));
}

TEST_F(QuotationServiceTest, RevisingASentQuotationKeepsTheRevisionTheCustomerSaw) {
    const Quotation q = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    EXPECT_FALSE(quotes.revise(admin, q.number)); // a draft is simply edited
    ASSERT_TRUE(quotes.send(admin, q.number));
    auto revised = quotes.revise(admin, q.number);
    ASSERT_TRUE(revised);
    EXPECT_EQ(revised->revision, 2);
    auto edited = quotes.update(admin, q.number, revised->version,
                                input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 3)}));
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->revision, 2);
    auto kept = quotes.revisions(admin, q.number);
    ASSERT_TRUE(kept);
    ASSERT_EQ(kept->size(), 1);
    EXPECT_EQ(kept->first().revision, 1);
    EXPECT_EQ(kept->first().total, q.total);
    EXPECT_FALSE(kept->first().sentAt.isEmpty());
    EXPECT_NE(edited->total, q.total);
}

TEST_F(QuotationServiceTest, PermissionsAreCheckedInTheService) {
    const Actor warehouse = test::actorWithRole(Role::Warehouse, QStringLiteral("ana"));
    const Actor sales = test::actorWithRole(Role::Sales, QStringLiteral("luis"));
    auto refused = quotes.create(warehouse, input(QStringLiteral("ALFA"), {}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Permission);
    auto made =
        quotes.create(sales, input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    ASSERT_TRUE(made);
    EXPECT_EQ(made->salesperson, QStringLiteral("luis"));
    EXPECT_TRUE(quotes.get(warehouse, made->number));
    EXPECT_EQ(quotes.send(warehouse, made->number).error().kind, ErrorKind::Permission);
}

TEST_F(QuotationServiceTest, TheListFiltersByStateCustomerDatesAndSearch) {
    const QDate today = QDate::currentDate();
    const Quotation a = create(input(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    const Quotation b = create(input(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}));
    QuotationInput old =
        input(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)}, today.addDays(-60));
    old.validUntil = today.addDays(-30);
    const Quotation c = create(old);
    ASSERT_TRUE(quotes.send(admin, b.number));
    auto numbers = [&](QuotationListQuery query) {
        QStringList found;
        const auto rows = quotes.list(admin, query); // kept: the loop must not outlive it
        for (const QuotationRow& r : *rows)
            found.append(r.number + u':' + r.status);
        EXPECT_EQ(*quotes.count(admin, query), found.size());
        return found;
    };
    QuotationListQuery q;
    q.sortKey = QStringLiteral("number");
    EXPECT_EQ(numbers(q).size(), 3);
    q.status = QStringLiteral("expired");
    EXPECT_EQ(numbers(q), QStringList{c.number + u":expired"});
    q.status = QStringLiteral("draft");
    EXPECT_EQ(numbers(q), QStringList{a.number + u":draft"});
    q.status.clear();
    q.customerCode = QStringLiteral("BETA");
    EXPECT_EQ(numbers(q), (QStringList{b.number + u":sent", c.number + u":expired"}));
    q.customerCode.clear();
    q.from = today.addDays(-1);
    EXPECT_EQ(numbers(q).size(), 2);
    q.from = {};
    q.search = QStringLiteral("garcia"); // accents folded
    EXPECT_EQ(numbers(q), QStringList{a.number + u":draft"});
    q.search = c.number;
    EXPECT_EQ(numbers(q), QStringList{c.number + u":expired"});
}
