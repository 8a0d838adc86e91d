// SPDX-License-Identifier: MIT
// The monthly sales summary tables against an independent recount from the documents,
// after a random sequence of orders, partial shipments, invoices (some of several
// orders), returns with credit notes, across months and salespeople (issue 6).
#include "return_test_support.h"
#include "sales_summary_recount.h"
#include "storage/sales_summary_repository.h"

#include <algorithm>
#include <random>

namespace mostrador::test {
namespace {

using domain::Quantity;

class SalesSummaryTest : public ReturnFixture {
protected:
    void SetUp() override {
        ReturnFixture::SetUp();
        // A cost of 0.3333 € and a price of 0.70 €: line costs that round.
        domain::Product screw = sampleProduct(QStringLiteral("SCR-1"), {}, 70, 0);
        screw.standardCost = domain::UnitPrice::fromTenThousandths(3333);
        ASSERT_TRUE(s().products().create(admin, screw, units(100000)));
        addCustomer(QStringLiteral("DELTA"), std::nullopt, false);
        // Months of unpaid invoices must not hold the later orders.
        ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("credit.block_overdue_days"),
                                            QStringLiteral("3650")));
        for (const char* sku : {"TOR-M6", "TUE-M6", "BOOK"})
            ASSERT_TRUE(s().stock().adjust(admin, QString::fromLatin1(sku), units(10000),
                                           QStringLiteral("count")));
    }

    // One random step on day `day`; refusals (nothing left to ship or invoice) are part
    // of the game and change nothing.
    void step(std::mt19937& rng, QDate day);
    void newOrder(std::mt19937& rng, QDate day);
    void ship(std::mt19937& rng, QDate day);
    void invoice(std::mt19937& rng, QDate day);
    void giveBack(std::mt19937& rng, QDate day);

    // The random sequence: 240 steps over about six months.
    void play() {
        std::mt19937 rng(20261127);
        QDate day(2026, 1, 3);
        for (int i = 0; i < 240 && !HasFatalFailure(); ++i) {
            step(rng, day);
            day = day.addDays(pick(rng, 3));
        }
    }

    bool invoiceable(const QString& order) {
        const domain::SalesOrder o = stored(order);
        return std::any_of(o.lines.cbegin(), o.lines.cend(),
                           [](const domain::DocumentLine& l) { return l.shipped > l.invoiced; });
    }

    static int pick(std::mt19937& rng, int n) {
        return std::uniform_int_distribution<int>(0, n - 1)(rng);
    }

    QStringList orders;    // confirmed, by customer in `orderCustomer`
    QStringList customers; // of each order
    QStringList shipments;
    int invoices = 0;
    int notes = 0;
};

const QStringList kSkus = {QStringLiteral("TOR-M6"), QStringLiteral("TUE-M6"),
                           QStringLiteral("BOOK"), QStringLiteral("SCR-1"), QStringLiteral("SERV")};

void SalesSummaryTest::newOrder(std::mt19937& rng, QDate day) {
    const domain::Actor who[] = {admin, manager, sales};
    const QString customer = pick(rng, 2) ? QStringLiteral("BETA") : QStringLiteral("DELTA");
    QList<services::LineInput> lines;
    for (int n = 1 + pick(rng, 3); n > 0; --n) {
        services::LineInput l = line(kSkus[pick(rng, kSkus.size())], 0);
        l.qty = Quantity::fromThousandths(500 * (1 + pick(rng, 12)));
        lines.append(l);
    }
    services::OrderInput in = orderInput(customer, lines);
    in.date = day;
    auto made = s().orders().create(who[pick(rng, 3)], in);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    auto done = s().orders().confirm(admin, made->number);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    ASSERT_EQ(done->status, QStringLiteral("confirmed"));
    orders << made->number;
    customers << customer;
}

void SalesSummaryTest::ship(std::mt19937& rng, QDate day) {
    if (orders.isEmpty())
        return;
    const domain::SalesOrder o = stored(orders[pick(rng, orders.size())]);
    services::ShipmentInput in;
    in.orderNumber = o.number;
    in.date = day;
    if (pick(rng, 2)) // part of one line, else all that remains
        for (const domain::DocumentLine& l : o.lines)
            if (l.sku != u"SERV" && l.qty > l.shipped) {
                in.lines = {{l.sku, Quantity::fromThousandths(500)}};
                break;
            }
    if (auto made = s().shipments().create(warehouse, in))
        shipments << made->number;
}

void SalesSummaryTest::invoice(std::mt19937& rng, QDate day) {
    if (orders.isEmpty())
        return;
    int first = pick(rng, orders.size());
    for (int tries = 0; tries < 5 && !invoiceable(orders[first]); ++tries)
        first = pick(rng, orders.size());
    QStringList chosen{orders[first]};
    for (int i = 0; i < orders.size() && chosen.size() < 3; ++i) // several of one customer
        if (i != first && customers[i] == customers[first] && pick(rng, 3) == 0 &&
            invoiceable(orders[i]))
            chosen << orders[i];
    if (pick(rng, 2)) {
        if (s().invoices().createAndPost(accounting, chosen, day))
            ++invoices;
        return;
    }
    auto draft = s().invoices().createDraft(accounting, chosen, day);
    if (draft && s().invoices().post(accounting, draft->number, day))
        ++invoices;
}

void SalesSummaryTest::giveBack(std::mt19937& rng, QDate day) {
    if (shipments.isEmpty())
        return;
    const QString shipment = shipments[pick(rng, shipments.size())];
    auto lines = s().returns().returnable(warehouse, shipment);
    ASSERT_TRUE(lines);
    for (const domain::ReturnableLine& l : *lines) {
        if (l.open() < Quantity::fromThousandths(500))
            continue;
        services::ReturnInput in = returning(shipment, {{l.sku, Quantity::fromThousandths(500)}});
        in.date = day;
        in.damaged = pick(rng, 2);
        auto r = s().returns().create(warehouse, in);
        ASSERT_TRUE(r) << r.error().message.toStdString();
        notes += r->creditNoteNumber.isEmpty() ? 0 : 1;
        return;
    }
}

void SalesSummaryTest::step(std::mt19937& rng, QDate day) {
    switch (pick(rng, 7)) {
    case 0:
    case 1:
        return newOrder(rng, day);
    case 2:
    case 3:
        return ship(rng, day);
    case 4:
    case 5:
        return invoice(rng, day);
    default:
        return giveBack(rng, day);
    }
}

TEST_F(SalesSummaryTest, TablesEqualARecountFromTheDocumentsAndARebuild) {
    play();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_GE(invoices, 15);
    ASSERT_GE(notes, 8);
    const SummaryRows expected = recount(s(), admin);
    ASSERT_GE(expected.months.size(), 8); // several months × salespeople
    EXPECT_EQ(summaryRows(s().database()), expected);

    storage::SalesSummaryRepository repo(s().database(), s().context().currency);
    {
        storage::Transaction tx(s().database());
        ASSERT_TRUE(repo.rebuild());
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(summaryRows(s().database()), expected);
}

domain::Money eur(qint64 cents) {
    return domain::Money::fromMinor(cents, domain::Currency::fromCode(u"EUR"));
}

// The report's rows for `query`, recounted from the facts: grouped, by sales largest
// first then key (by month: month order), with the total.
services::SalesReport expectedReport(const QList<SaleFact>& facts,
                                     const services::SalesReportQuery& query) {
    using services::SalesGrouping;
    std::map<QString, services::SalesReportRow> groups;
    for (const SaleFact& f : facts) {
        if ((query.from.isValid() && f.date < query.from) ||
            (query.to.isValid() && f.date > query.to) ||
            (!query.salesperson.isEmpty() && f.salesperson != query.salesperson))
            continue;
        QString key = f.date.toString(QStringLiteral("yyyy-MM"));
        QString name;
        if (query.by == SalesGrouping::Customer) {
            key = f.customerCode;
            name = f.customerName;
        } else if (query.by == SalesGrouping::Product) {
            key = name = f.sku; // the fixture's products are named by their SKU
        } else if (query.by == SalesGrouping::Salesperson) {
            key = f.salesperson;
        }
        services::SalesReportRow& r = groups[key];
        r.key = key;
        r.name = name;
        if (query.by == SalesGrouping::Product)
            r.qty += Quantity::fromThousandths(f.qty);
        r.sales += eur(f.sales);
        r.cost += eur(f.cost);
        r.margin = r.sales - r.cost;
    }
    services::SalesReport out{query, {}, eur(0), eur(0), eur(0)};
    for (const auto& [k, r] : groups) {
        out.rows.append(r);
        out.sales += r.sales;
        out.cost += r.cost;
    }
    out.margin = out.sales - out.cost;
    if (query.by != SalesGrouping::Month)
        std::stable_sort(out.rows.begin(), out.rows.end(), [](const auto& a, const auto& b) {
            return a.sales > b.sales; // keys are in order already
        });
    return out;
}

void expectSameReport(const services::SalesReport& got, const services::SalesReport& want) {
    ASSERT_EQ(got.rows.size(), want.rows.size());
    for (qsizetype i = 0; i < got.rows.size(); ++i) {
        SCOPED_TRACE(want.rows[i].key.toStdString());
        EXPECT_EQ(got.rows[i].key, want.rows[i].key);
        EXPECT_EQ(got.rows[i].name, want.rows[i].name);
        EXPECT_EQ(got.rows[i].qty, want.rows[i].qty);
        EXPECT_EQ(got.rows[i].sales, want.rows[i].sales);
        EXPECT_EQ(got.rows[i].cost, want.rows[i].cost);
        EXPECT_EQ(got.rows[i].margin, want.rows[i].margin);
    }
    EXPECT_EQ(got.sales, want.sales);
    EXPECT_EQ(got.cost, want.cost);
    EXPECT_EQ(got.margin, want.margin);
}

TEST_F(SalesSummaryTest, TheReportByEachGroupingAndRangeEqualsARecount) {
    play();
    ASSERT_FALSE(HasFatalFailure());
    const QList<SaleFact> facts = saleFacts(s(), admin);
    using services::SalesGrouping;
    const QList<std::pair<QDate, QDate>> ranges{
        {{}, {}},                                 // everything: the tables
        {QDate(2026, 2, 1), QDate(2026, 3, 31)},  // whole months: the tables
        {QDate(2026, 2, 1), {}},                  // from a first: the tables
        {QDate(2026, 2, 10), QDate(2026, 3, 20)}, // part months: the documents
        {{}, QDate(2026, 2, 27)},                 // the documents
    };
    for (const auto& [from, to] : ranges)
        for (SalesGrouping by : {SalesGrouping::Customer, SalesGrouping::Product,
                                 SalesGrouping::Salesperson, SalesGrouping::Month})
            for (const QString& who : {QString(), QStringLiteral("sergio")}) {
                const services::SalesReportQuery query{from, to, by, who};
                SCOPED_TRACE(QStringLiteral("%1..%2 by %3 %4")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                 .arg(int(by))
                                 .arg(who)
                                 .toStdString());
                auto got = s().reports().sales(admin, query);
                ASSERT_TRUE(got) << got.error().message.toStdString();
                expectSameReport(*got, expectedReport(facts, query));
            }
}

TEST_F(SalesSummaryTest, TheTablesAndTheDocumentsGiveTheSameFiguresForAWholeMonth) {
    play();
    ASSERT_FALSE(HasFatalFailure());
    storage::SalesSummaryRepository repo(s().database(), s().context().currency);
    for (storage::SalesKey by : {storage::SalesKey::Customer, storage::SalesKey::Product,
                                 storage::SalesKey::Salesperson, storage::SalesKey::Month}) {
        auto tables =
            repo.fromSummary({by, {}}, QStringLiteral("2026-02"), QStringLiteral("2026-03"));
        auto documents = repo.fromDocuments({by, {}}, QDate(2026, 2, 1), QDate(2026, 3, 31));
        ASSERT_TRUE(tables && documents);
        EXPECT_FALSE(tables->isEmpty());
        EXPECT_EQ(*tables, *documents);
    }
}

TEST_F(SalesSummaryTest, ASalespersonSeesOnlyTheirOwnFigures) {
    const domain::Shipment sh =
        shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 2)});
    invoiceAll(sh.orderNumber);
    services::SalesReportQuery query;
    auto unasked = s().reports().sales(sales, query); // narrowed to sergio's own
    ASSERT_TRUE(unasked) << unasked.error().message.toStdString();
    EXPECT_EQ(unasked->query.salesperson, QStringLiteral("sergio"));
    EXPECT_TRUE(unasked->rows.isEmpty());
    EXPECT_EQ(unasked->sales, money(0));
    query.salesperson = QStringLiteral("marta");
    auto others = s().reports().sales(sales, query);
    ASSERT_FALSE(others);
    EXPECT_EQ(others.error().kind, ErrorKind::Permission);
    query.salesperson = QStringLiteral("sergio");
    auto own = s().reports().sales(sales, query);
    ASSERT_TRUE(own) << own.error().message.toStdString();
    EXPECT_TRUE(own->rows.isEmpty());                    // the admin's order: not sergio's
    EXPECT_FALSE(s().reports().sales(warehouse, query)); // no ViewSales
    query.salesperson.clear();
    auto all = s().reports().sales(accounting, query);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->sales, money(2000));
}

TEST_F(SalesSummaryTest, AReportEndingBeforeItStartsIsRefused) {
    auto r = s().reports().sales(admin, {QDate(2026, 3, 1), QDate(2026, 2, 1), {}, {}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("report.range"));
}

TEST_F(SalesSummaryTest, AdvanceInvoicesAreNotSalesAndTheirDeductionsChangeNothing) {
    ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("invoice.advance_vat"),
                                        QStringLiteral("true")));
    const domain::SalesOrder o =
        confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 4)});
    services::DepositInput dep;
    dep.orderNumber = o.number;
    dep.amount = money(2000);
    ASSERT_TRUE(s().deposits().add(accounting, dep));
    EXPECT_EQ(summaryRows(s().database()), SummaryRows{});
    services::ShipmentInput in;
    in.orderNumber = o.number;
    ASSERT_TRUE(s().shipments().create(warehouse, in));
    auto inv = s().invoices().createAndPost(accounting, {o.number});
    ASSERT_TRUE(inv) << inv.error().message.toStdString();
    const SummaryRows rows = summaryRows(s().database());
    ASSERT_EQ(rows.months.size(), 1);
    EXPECT_EQ(rows.months[0].sales, 4000); // 4 × 10.00, the deposit's deduction not counted
    EXPECT_EQ(rows.months[0].cost, 2400);
    EXPECT_EQ(rows, recount(s(), admin));
}

TEST_F(SalesSummaryTest, AReturnOfWhatWasNeverInvoicedChangesNothing) {
    const domain::Shipment sh =
        shipAll(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 3)});
    ASSERT_TRUE(
        s().returns().create(warehouse, returning(sh.number, {back(QStringLiteral("TOR-M6"), 1)})));
    EXPECT_EQ(summaryRows(s().database()), SummaryRows{});
    invoiceAll(sh.orderNumber);
    const SummaryRows rows = summaryRows(s().database());
    ASSERT_EQ(rows.products.size(), 1);
    EXPECT_EQ(rows.products[0].qty, 2000);
    EXPECT_EQ(rows.products[0].sales, 2000);
}

} // namespace
} // namespace mostrador::test
