// SPDX-License-Identifier: MIT
// mostrador-cli report backlog | demand | stock, in-process.
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

const QDate kToday = QDate::currentDate();
const QDate kMonday = kToday.addDays(1 - kToday.dayOfWeek());

// Products at 1.00 (TOR-M6 100 on hand, TUE-M6 5), SOL without a credit limit, and one
// confirmed order: 10 TOR-M6 wanted next week (4 shipped), 8 TUE-M6 wanted now.
class CliReportTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(u"TOR-M6"_s, u"100"_s);
        addProduct(u"TUE-M6"_s, u"5"_s);
        addCustomer(u"Ferretería Sol"_s, u"SOL"_s);
        auto s = open();
        services::OrderInput in;
        in.customerCode = u"SOL"_s;
        services::LineInput tor{u"TOR-M6"_s,       domain::Quantity::fromUnits(10), {}, {}, {},
                                kMonday.addDays(8)};
        services::LineInput tue{u"TUE-M6"_s, domain::Quantity::fromUnits(8), {}, {}, {}, {}};
        in.lines = {tor, tue};
        auto made = s->orders().create(admin(), in);
        ASSERT_TRUE(made) << made.error().message.toStdString();
        number = made->number;
        ASSERT_TRUE(s->orders().confirm(admin(), number));
        services::ShipmentInput ship;
        ship.orderNumber = number;
        ship.lines = {{u"TOR-M6"_s, domain::Quantity::fromUnits(4)}};
        auto shipped = s->shipments().create(admin(), ship);
        ASSERT_TRUE(shipped) << shipped.error().message.toStdString();
    }

    QString number;
};

} // namespace

TEST_F(CliReportTest, BacklogAnswersItsRowsAndATotalRow) {
    CliRun r = json(words("report backlog"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    const QJsonArray rows = r.array();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject tue = rows[0].toObject(); // wanted today: the order's date
    EXPECT_EQ(str(tue, "order"), number);
    EXPECT_EQ(str(tue, "customer"), u"SOL"_s);
    EXPECT_EQ(str(tue, "sku"), u"TUE-M6"_s);
    EXPECT_EQ(str(tue, "qty"), u"8"_s);
    EXPECT_EQ(str(tue, "value"), u"8.00"_s);
    EXPECT_EQ(str(tue, "requested_date"), kToday.toString(Qt::ISODate));
    const QJsonObject tor = rows[1].toObject();
    EXPECT_EQ(str(tor, "qty"), u"6"_s);
    EXPECT_EQ(str(tor, "value"), u"6.00"_s);
    EXPECT_EQ(str(tor, "requested_date"), kMonday.addDays(8).toString(Qt::ISODate));
    const QJsonObject total = rows[2].toObject();
    EXPECT_TRUE(total.value(u"order"_s).isNull());
    EXPECT_EQ(str(total, "value"), u"14.00"_s);
}

TEST_F(CliReportTest, BacklogFiltersAndRefusesAnUnknownCustomer) {
    const QString from = kToday.addDays(1).toString(Qt::ISODate);
    CliRun later = json({u"report"_s, u"backlog"_s, u"--from"_s, from});
    ASSERT_EQ(later.status, 0);
    EXPECT_EQ(later.array().size(), 2);
    EXPECT_EQ(str(later.array()[0].toObject(), "sku"), u"TOR-M6"_s);
    EXPECT_EQ(json(words("report backlog --sku TUE-M6 --customer SOL")).array().size(), 2);
    CliRun nobody = json(words("report backlog --customer NADIE"));
    EXPECT_EQ(nobody.status, 2);
    EXPECT_EQ(nobody.rule(), u"customer.not_found"_s);
    EXPECT_EQ(json(words("report backlog --from 2026-13-01")).status, 2);
}

TEST_F(CliReportTest, DemandAnswersTheWeeksWithTheShortfall) {
    CliRun r = json({u"report"_s, u"demand"_s, u"--as-of"_s, kToday.toString(Qt::ISODate)});
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    const QJsonArray rows = r.array();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject tor = rows[0].toObject();
    EXPECT_EQ(str(tor, "sku"), u"TOR-M6"_s);
    EXPECT_EQ(str(tor, "week"), kMonday.addDays(7).toString(Qt::ISODate));
    EXPECT_EQ(str(tor, "demand"), u"6"_s);
    EXPECT_EQ(str(tor, "on_hand"), u"96"_s);
    EXPECT_EQ(str(tor, "available"), u"90"_s);
    EXPECT_EQ(str(tor, "shortfall"), u"0"_s);
    const QJsonObject tue = rows[1].toObject();
    EXPECT_EQ(str(tue, "week"), kMonday.toString(Qt::ISODate));
    EXPECT_EQ(str(tue, "available"), u"-3"_s);
    EXPECT_EQ(str(tue, "shortfall"), u"3"_s);
    EXPECT_TRUE(rows[2].toObject().value(u"sku"_s).isNull());
    EXPECT_EQ(str(rows[2].toObject(), "shortfall"), u"3"_s);
}

TEST_F(CliReportTest, StockAnswersValuesAtCostAndTheirTotal) {
    ASSERT_EQ(json(words("product add --sku NUT-1 --name Nut --price 1 --cost 0.125 --stock 3 "
                         "--category Bolts"))
                  .status,
              0);
    CliRun r = json(words("report stock"));
    ASSERT_EQ(r.status, 0) << r.out.toStdString();
    const QJsonArray rows = r.array();
    ASSERT_EQ(rows.size(), 4);                  // TOR-M6 and TUE-M6 cost nothing, but are on hand
    const QJsonObject nut = rows[2].toObject(); // category "" before "Bolts"
    EXPECT_EQ(str(nut, "sku"), u"NUT-1"_s);
    EXPECT_EQ(str(nut, "category"), u"Bolts"_s);
    EXPECT_EQ(str(nut, "on_hand"), u"3"_s);
    EXPECT_EQ(str(nut, "unit_cost"), u"0.125"_s);
    EXPECT_EQ(str(nut, "value"), u"0.38"_s); // 0.375 rounded half away from zero
    EXPECT_EQ(str(rows[3].toObject(), "value"), u"0.38"_s);
    // Exported, the unit cost keeps its four decimals and the total row says so.
    const QString csv = dir.filePath(u"stock.csv"_s);
    ASSERT_EQ(json({u"report"_s, u"stock"_s, u"--out"_s, csv}).status, 0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0], u"SKU,Product,Category,On hand,Unit cost,Value"_s);
    EXPECT_EQ(lines[3], u"NUT-1,Nut,Bolts,3,0.125,0.38"_s);
    EXPECT_EQ(lines[4], u"Total,,,,,0.38"_s);
}

TEST_F(CliReportTest, ReportsReadAsTablesWithATotal) {
    CliRun text = run(words("report backlog"));
    ASSERT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains(u"Total"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"14.00"_s));
    EXPECT_TRUE(run(words("report demand")).out.contains(u"TUE-M6"_s));
    EXPECT_TRUE(run(words("report stock")).out.contains(u"TOR-M6"_s));
}
