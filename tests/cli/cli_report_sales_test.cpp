// SPDX-License-Identifier: MIT
// mostrador-cli report sales and export orders | invoices, in-process.
#include "cli_fixture.h"
#include "support/test_db.h"

#include <QFile>

using namespace mostrador;
using namespace mostrador::test;
using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// TOR at 10.00 (cost 6.00, the company's 21 % tax) and customer SOL (30 days); the admin's two
// orders, shipped and invoiced: 3 TOR in March 2026, 2 TOR in April.
class CliSalesTest : public CliTest {
protected:
    void SetUp() override {
        init();
        auto s = open();
        domain::Product tor;
        tor.sku = tor.name = u"TOR"_s;
        tor.listPrice = domain::UnitPrice::fromTenThousandths(100000);
        tor.standardCost = domain::UnitPrice::fromTenThousandths(60000);
        ASSERT_TRUE(s->products().create(admin(), tor, domain::Quantity::fromUnits(100)));
        domain::Customer sol;
        sol.code = u"SOL"_s;
        sol.name = u"Ferretería Sol"_s;
        ASSERT_TRUE(s->customers().create(admin(), sol));
        // The March invoice, unpaid since, must not hold the April order.
        ASSERT_TRUE(s->settings().setValue(admin(), u"credit.block_overdue_days"_s, u"3650"_s));
        sell(*s, 3, QDate(2026, 3, 2), QDate(2026, 3, 10));
        sell(*s, 2, QDate(2026, 4, 1), QDate(2026, 4, 5));
    }

    void sell(services::Services& s, qint64 qty, QDate ordered, QDate invoiced) {
        services::OrderInput in;
        in.customerCode = u"SOL"_s;
        in.date = ordered;
        in.requestedDate = ordered.addDays(7);
        in.lines = {{u"TOR"_s, domain::Quantity::fromUnits(qty), {}, {}, {}, {}}};
        auto made = s.orders().create(admin(), in);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        auto confirmed = s.orders().confirm(admin(), made->number);
        ASSERT_TRUE(confirmed) << confirmed.error().message.toStdString();
        services::ShipmentInput ship;
        ship.orderNumber = made->number;
        ship.date = ordered;
        auto shipped = s.shipments().create(admin(), ship);
        ASSERT_TRUE(shipped) << shipped.error().message.toStdString();
        auto inv = s.invoices().createAndPost(admin(), {made->number}, invoiced);
        ASSERT_TRUE(inv) << inv.error().message.toStdString();
        orders << made->number;
        invoices << inv->number;
    }

    QStringList csvLines(const char* kind) {
        const QString file = dir.filePath(QString::fromLatin1(kind) + u".csv"_s);
        CliRun r = json({u"export"_s, QString::fromLatin1(kind), file});
        EXPECT_EQ(r.status, 0) << r.out.toStdString();
        EXPECT_EQ(r.object().value(u"exported"_s).toInt(), 2);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QStringList lines;
        for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts))
            lines << line.trimmed();
        return lines;
    }

    QStringList orders;
    QStringList invoices;
};

} // namespace

TEST_F(CliSalesTest, ByCustomerAnswersRowsAndATotalRow) {
    CliRun r = json(words("report sales"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    const QJsonArray rows = r.array();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject sol = rows[0].toObject();
    EXPECT_EQ(str(sol, "customer"), u"SOL"_s);
    EXPECT_EQ(str(sol, "name"), u"Ferretería Sol"_s);
    EXPECT_EQ(str(sol, "sales"), u"50.00"_s);
    EXPECT_EQ(str(sol, "cost"), u"30.00"_s);
    EXPECT_EQ(str(sol, "margin"), u"20.00"_s);
    const QJsonObject total = rows[1].toObject();
    EXPECT_TRUE(total.value(u"customer"_s).isNull());
    EXPECT_EQ(str(total, "margin"), u"20.00"_s);
}

TEST_F(CliSalesTest, ByProductMonthAndSalespersonAndWithinDates) {
    const QJsonArray products = json(words("report sales --by product")).array();
    ASSERT_EQ(products.size(), 2);
    EXPECT_EQ(str(products[0].toObject(), "product"), u"TOR"_s);
    EXPECT_EQ(str(products[0].toObject(), "qty"), u"5"_s);
    const QJsonArray months = json(words("report sales --by month")).array();
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(str(months[0].toObject(), "month"), u"2026-03"_s);
    EXPECT_EQ(str(months[0].toObject(), "sales"), u"30.00"_s);
    EXPECT_EQ(str(months[1].toObject(), "month"), u"2026-04"_s);
    const QJsonArray people = json(words("report sales --by salesperson")).array();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(str(people[0].toObject(), "salesperson"), u"admin"_s);
    // Part months: read from the documents.
    const QJsonArray part = json(words("report sales --from 2026-03-05 --to 2026-04-03")).array();
    ASSERT_EQ(part.size(), 2);
    EXPECT_EQ(str(part[1].toObject(), "sales"), u"30.00"_s);
}

TEST_F(CliSalesTest, TextIsATableWithTheTotal) {
    CliRun r = run(words("report sales --by month --from 2026-04-01"));
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Sales from 2026-04-01"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"2026-04"_s));
    EXPECT_FALSE(r.out.contains(u"2026-03"_s));
    EXPECT_TRUE(r.out.contains(u"Total"_s));
    EXPECT_TRUE(r.out.contains(u"20.00"_s));
}

TEST_F(CliSalesTest, BadGroupingIsUsageAndASalesUserSeesOnlyTheirOwn) {
    EXPECT_EQ(json(words("report sales --by colour")).status, 2);
    EXPECT_EQ(json(words("report sales --from 2026-05-01 --to 2026-04-01")).status, 2);
    ASSERT_EQ(json(words("user add sam --role sales --password sam-password")).status, 0);
    password = u"sam-password"_s;
    CliRun someoneElse = json(words("--user sam report sales --salesperson admin"));
    EXPECT_EQ(someoneElse.status, 1);
    EXPECT_EQ(someoneElse.rule(), u"permission.denied"_s);
    for (const char* own :
         {"--user sam report sales --salesperson sam", "--user sam report sales"}) {
        CliRun r = json(words(own));
        ASSERT_EQ(r.status, 0) << r.out.toStdString();
        EXPECT_EQ(r.array().size(), 1) << own; // the total row alone: the sales are the admin's
    }
}

TEST_F(CliSalesTest, OutWritesTheReportAsItsTableWithTheTotal) {
    const QString csv = dir.filePath(u"months.csv"_s);
    CliRun r = run({u"report"_s, u"sales"_s, u"--by"_s, u"month"_s, u"--out"_s, csv});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Exported 3 rows"_s)) << r.out.toStdString();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts),
              (QStringList{u"Month,Sales,Cost,Margin"_s, u"2026-03,30.00,18.00,12.00"_s,
                           u"2026-04,20.00,12.00,8.00"_s, u"Total,50.00,30.00,20.00"_s}));
    // XLSX too; any other name is refused before anything is written.
    const QString xlsx = dir.filePath(u"customers.xlsx"_s);
    ASSERT_EQ(json({u"report"_s, u"sales"_s, u"--out"_s, xlsx}).status, 0);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK"); // a zip, as XLSX files are
    const QString pdf = dir.filePath(u"sales.pdf"_s);
    EXPECT_EQ(json({u"report"_s, u"sales"_s, u"--out"_s, pdf}).status, 2);
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(CliSalesTest, ExportOrdersHasEveryOrderWithItsColumns) {
    const QStringList lines = csvLines("orders");
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], u"number,status,customer,customer_name,date,requested_date,salesperson,"
                        u"untaxed,tax,total"_s);
    EXPECT_EQ(lines[1].toStdString(),
              QString(orders[0] +
                      u",closed,SOL,Ferretería Sol,2026-03-02,2026-03-09,admin,30.00,6.30,"
                      u"36.30"_s)
                  .toStdString());
    EXPECT_TRUE(lines[2].startsWith(QString(orders[1] + u","_s)));
}

TEST_F(CliSalesTest, ExportInvoicesAddsDueDatePaidAndBalance) {
    const QStringList lines = csvLines("invoices");
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], u"number,status,customer,customer_name,date,due_date,salesperson,untaxed,"
                        u"tax,total,paid,balance"_s);
    EXPECT_EQ(lines[1].toStdString(),
              QString(invoices[0] +
                      u",posted,SOL,Ferretería Sol,2026-03-10,2026-04-09,admin,30.00,6.30,"
                      u"36.30,0.00,36.30"_s)
                  .toStdString());
    const QString xlsx = dir.filePath(u"invoices.xlsx"_s);
    ASSERT_EQ(json({u"export"_s, u"invoices"_s, xlsx}).status, 0);
    QFile f(xlsx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK");
}
