// SPDX-License-Identifier: MIT
#include "services/fulfilment_json.h"
#include "shipment_test_support.h"

#include <QJsonArray>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;
using namespace Qt::StringLiterals;

namespace {

// Three shipments of two orders, on three days, by two carriers:
//   SH-2030-00001  order a (BETA)  3 TOR-M6   SEUR  2030-01-10
//   SH-2030-00002  order b (ALFA)  2 TUE-M6   SEUR  2030-01-11
//   SH-2030-00003  order a (BETA)  7 TOR-M6   MRW   2030-01-12
class ShipmentQueryTest : public test::ShipmentFixture {
protected:
    void SetUp() override {
        ShipmentFixture::SetUp();
        a = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 10)});
        b = confirmed(QStringLiteral("ALFA"), {line(QStringLiteral("TUE-M6"), 2)});
        shipOn(some(a.number, {ship(QStringLiteral("TOR-M6"), 3)}), 10, QStringLiteral("SEUR"));
        shipOn(everything(b.number), 11, QStringLiteral("SEUR"));
        shipOn(everything(a.number), 12, QStringLiteral("MRW"));
    }
    void shipOn(ShipmentInput in, int day, const QString& carrier) {
        in.date = QDate(2030, 1, day);
        in.carrier = carrier;
        shipped(in);
    }
    QStringList numbers(ShipmentListQuery q) {
        if (q.sortKey.isEmpty())
            q.sortKey = QStringLiteral("number");
        auto rows = s().shipments().list(warehouse, q);
        EXPECT_TRUE(rows);
        auto count = s().shipments().count(warehouse, q);
        EXPECT_TRUE(count);
        QStringList out;
        for (const ShipmentRow& r : rows ? *rows : QList<ShipmentRow>{})
            out << r.number.right(1);
        if (q.offset == 0 && q.limit >= 100) {
            EXPECT_EQ(count ? *count : -1, out.size());
        }
        return out;
    }
    static ShipmentListQuery sorted(const char* key, bool descending = false) {
        ShipmentListQuery q;
        q.sortKey = QString::fromLatin1(key);
        q.descending = descending;
        return q;
    }

    SalesOrder a;
    SalesOrder b;
};

} // namespace

TEST_F(ShipmentQueryTest, GetAnswersTheStoredShipmentWithItsLines) {
    auto sh = s().shipments().get(accounting, QStringLiteral(" sh-2030-00003 "));
    ASSERT_TRUE(sh) << sh.error().message.toStdString();
    EXPECT_EQ(sh->orderNumber, a.number);
    EXPECT_EQ(sh->date, QDate(2030, 1, 12));
    EXPECT_EQ(sh->carrier, QStringLiteral("MRW"));
    EXPECT_EQ(sh->shippedBy, QStringLiteral("wendy"));
    EXPECT_EQ(sh->party.customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(sh->party.customerName, QStringLiteral("BETA"));
    EXPECT_EQ(sh->party.shippingAddress, QStringLiteral("Muelle BETA\nBilbao"));
    EXPECT_EQ(sh->weightKg, Quantity::fromThousandths(1750));
    ASSERT_EQ(sh->lines.size(), 1);
    EXPECT_GT(sh->lines[0].id, 0);
    EXPECT_EQ(sh->lines[0].orderLineId, a.lines[0].id);
    EXPECT_EQ(sh->lines[0].sku, QStringLiteral("TOR-M6"));
    EXPECT_EQ(sh->lines[0].qty, units(7));
    auto missing = s().shipments().get(warehouse, QStringLiteral("SH-2030-00099"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

TEST_F(ShipmentQueryTest, AnOrdersShipmentsComeOldestFirst) {
    auto list = s().shipments().forOrder(sales, a.number.toLower());
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).number, QStringLiteral("SH-2030-00001"));
    EXPECT_EQ(list->at(1).number, QStringLiteral("SH-2030-00003"));
    EXPECT_EQ(list->at(1).lines.size(), 1);
    EXPECT_EQ(s().shipments().forOrder(sales, QStringLiteral("SO-1999-1")).error().kind,
              ErrorKind::NotFound);
}

TEST_F(ShipmentQueryTest, TheListFilters) {
    ShipmentListQuery q;
    EXPECT_EQ(numbers(q), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    q.carrier = QStringLiteral("SEUR");
    EXPECT_EQ(numbers(q), (QStringList{u"1"_s, u"2"_s}));
    q = {};
    q.orderNumber = a.number;
    EXPECT_EQ(numbers(q), (QStringList{u"1"_s, u"3"_s}));
    q = {};
    q.customerCode = QStringLiteral("alfa");
    EXPECT_EQ(numbers(q), (QStringList{u"2"_s}));
    q = {};
    q.from = QDate(2030, 1, 11);
    EXPECT_EQ(numbers(q), (QStringList{u"2"_s, u"3"_s}));
    q.to = QDate(2030, 1, 11);
    EXPECT_EQ(numbers(q), (QStringList{u"2"_s}));
}

TEST_F(ShipmentQueryTest, TheSearchMatchesTheShipmentTheOrderOrTheCustomer) {
    ShipmentListQuery q;
    q.search = QStringLiteral("sh-2030-00002");
    EXPECT_EQ(numbers(q), (QStringList{u"2"_s}));
    q.search = a.number;
    EXPECT_EQ(numbers(q), (QStringList{u"1"_s, u"3"_s}));
    q.search = QStringLiteral("alf");
    EXPECT_EQ(numbers(q), (QStringList{u"2"_s}));
    q.search = QStringLiteral("nobody");
    EXPECT_TRUE(numbers(q).isEmpty());
}

TEST_F(ShipmentQueryTest, TheListSortsAndPages) {
    EXPECT_EQ(numbers(sorted("number", true)), (QStringList{u"3"_s, u"2"_s, u"1"_s}));
    EXPECT_EQ(numbers(sorted("date", true)), (QStringList{u"3"_s, u"2"_s, u"1"_s}));
    EXPECT_EQ(numbers(sorted("customer")), (QStringList{u"2"_s, u"1"_s, u"3"_s}));
    EXPECT_EQ(numbers(sorted("carrier")), (QStringList{u"3"_s, u"1"_s, u"2"_s}));
    EXPECT_EQ(numbers(sorted("order", true)), (QStringList{u"2"_s, u"3"_s, u"1"_s}));
    ShipmentListQuery page = sorted("number");
    page.offset = 1;
    page.limit = 1;
    EXPECT_EQ(numbers(page), (QStringList{u"2"_s}));
    auto rows = s().shipments().list(warehouse, sorted("number"));
    ASSERT_TRUE(rows);
    const ShipmentRow& r = rows->at(1);
    EXPECT_EQ(r.orderNumber, b.number);
    EXPECT_EQ(r.customerCode, QStringLiteral("ALFA"));
    EXPECT_EQ(r.customerName, QStringLiteral("ALFA"));
    EXPECT_EQ(r.date, QDate(2030, 1, 11));
    EXPECT_EQ(r.carrier, QStringLiteral("SEUR"));
    EXPECT_EQ(r.packages, 1);
    EXPECT_EQ(r.weightKg, Quantity::fromThousandths(20));
    EXPECT_EQ(r.shippedBy, QStringLiteral("wendy"));
}

TEST_F(ShipmentQueryTest, CarriersAreListedOnceInOrder) {
    shipped(everything(confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)})
                           .number)); // no carrier: not listed
    auto carriers = s().shipments().carriers(warehouse);
    ASSERT_TRUE(carriers);
    EXPECT_EQ(*carriers, (QStringList{u"MRW"_s, u"SEUR"_s}));
}

TEST_F(ShipmentQueryTest, TheJsonCarriesWhatTheCliAndTheAuditShow) {
    ShipmentInput in =
        everything(confirmed(QStringLiteral("BETA"),
                             {line(QStringLiteral("TOR-M6"), 2), line(QStringLiteral("SERV"), 1)})
                       .number);
    in.date = QDate(2030, 2, 1);
    in.tracking = QStringLiteral("TRK-1");
    in.packages = 3;
    in.freightTerms = QStringLiteral("collect");
    in.notes = QStringLiteral("Dock 4");
    const QJsonObject j = toJson(shipped(in));
    EXPECT_EQ(j[u"number"].toString(), QStringLiteral("SH-2030-00004"));
    EXPECT_EQ(j[u"order"].toString(), in.orderNumber);
    EXPECT_EQ(j[u"customer"].toString(), QStringLiteral("BETA"));
    EXPECT_EQ(j[u"shipping_address"].toString(), QStringLiteral("Muelle BETA\nBilbao"));
    EXPECT_EQ(j[u"date"].toString(), QStringLiteral("2030-02-01"));
    EXPECT_EQ(j[u"carrier"].toString(), QString());
    EXPECT_EQ(j[u"tracking"].toString(), QStringLiteral("TRK-1"));
    EXPECT_EQ(j[u"packages"].toInt(), 3);
    EXPECT_EQ(j[u"freight_terms"].toString(), QStringLiteral("collect"));
    EXPECT_EQ(j[u"weight"].toString(), QStringLiteral("0.5"));
    EXPECT_EQ(j[u"notes"].toString(), QStringLiteral("Dock 4"));
    EXPECT_EQ(j[u"shipped_by"].toString(), QStringLiteral("wendy"));
    const QJsonArray lines = j[u"lines"].toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0][u"sku"].toString(), QStringLiteral("TOR-M6"));
    EXPECT_EQ(lines[0][u"description"].toString(), QStringLiteral("TOR-M6"));
    EXPECT_EQ(lines[0][u"qty"].toString(), QStringLiteral("2"));
    EXPECT_EQ(lines[0][u"weight"].toString(), QStringLiteral("0.5"));
    EXPECT_EQ(lines[1][u"weight"].toString(), QStringLiteral("0"));
}
