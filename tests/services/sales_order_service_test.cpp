// SPDX-License-Identifier: MIT
#include "services/document_json.h"
#include "support/order_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

using OrderServiceTest = test::OrderFixture;

} // namespace

TEST_F(OrderServiceTest, TheFixtureSeedsStockCustomersAndRoles) {
    EXPECT_EQ(level(QStringLiteral("TOR-M6")).onHand, units(100));
    EXPECT_EQ(level(QStringLiteral("LIM-01")).onHand, units(5));
    EXPECT_EQ(customer(QStringLiteral("ALFA")).creditLimit, money(100000));
    EXPECT_TRUE(customer(QStringLiteral("GAMA")).onHold);
    EXPECT_EQ(s().context().currency.code(), QStringLiteral("EUR"));
}

TEST_F(OrderServiceTest, ADraftTakesItsNumberPricesAndRequestedDates) {
    OrderInput in = orderInput(QStringLiteral("alfa"), {line(QStringLiteral("TOR-M6"), 3)});
    in.requestedDate = QDate::currentDate().addDays(7);
    in.lines[0].requestedDate = QDate::currentDate().addDays(3);
    in.notes = QStringLiteral("  Por la tarde ");
    auto o = s().orders().create(sales, in);
    ASSERT_TRUE(o) << o.error().message.toStdString();
    EXPECT_EQ(o->number, QStringLiteral("SO-%1-00001").arg(year()));
    EXPECT_EQ(o->status, QStringLiteral("draft"));
    EXPECT_EQ(o->salesperson, QStringLiteral("sergio"));
    EXPECT_EQ(o->notes, QStringLiteral("Por la tarde"));
    EXPECT_EQ(o->total, money(3630)); // 3 × 10.00 + 21 %
    EXPECT_EQ(o->party.shippingAddress, QStringLiteral("Muelle ALFA\nBilbao"));
    const SalesOrder back = stored(o->number);
    EXPECT_EQ(back.requestedDate, in.requestedDate);
    ASSERT_EQ(back.lines.size(), 1);
    EXPECT_EQ(back.lines[0].requestedDate, in.lines[0].requestedDate);
    EXPECT_GT(back.lines[0].id, 0);
    EXPECT_EQ(back.taxGroups.size(), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.create'")), 1);
}

TEST_F(OrderServiceTest, ARequestedDateBeforeTheOrderIsRefusedNamingTheField) {
    OrderInput in = orderInput(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)});
    in.lines[0].requestedDate = QDate::currentDate().addDays(-1);
    auto o = s().orders().create(admin, in);
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().field, QStringLiteral("lines[0].requested_date"));
    in.lines[0].requestedDate = {};
    in.requestedDate = QDate::currentDate().addDays(-2);
    o = s().orders().create(admin, in);
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().field, QStringLiteral("requested_date"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sales_orders")), 0);
    // The refusals took no number.
    EXPECT_TRUE(draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)})
                    .number.endsWith(QStringLiteral("-00001")));
}

TEST_F(OrderServiceTest, OnlyDraftsCanBeEdited) {
    const SalesOrder o = confirmed(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 1)});
    auto edited = s().orders().update(
        admin, o.number, o.version,
        orderInput(QStringLiteral("BETA"), {line(QStringLiteral("TOR-M6"), 5)}));
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, QStringLiteral("order.transition"));
    EXPECT_EQ(stored(o.number).lines[0].qty, units(1));
}

TEST_F(OrderServiceTest, OnlyUsersWhoEditOrdersCreateThem) {
    auto o = s().orders().create(
        warehouse, orderInput(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)}));
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().kind, ErrorKind::Permission);
}

TEST_F(OrderServiceTest, UpdatingADraftReplacesItsLinesOnceAndRefusesAStaleVersion) {
    const SalesOrder o = draft(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 1)});
    auto changed =
        s().orders().update(admin, o.number, o.version,
                            orderInput(QStringLiteral("BETA"), {line(QStringLiteral("TUE-M6"), 2),
                                                                line(QStringLiteral("SERV"), 1)}));
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(changed->party.customerCode, QStringLiteral("BETA"));
    EXPECT_EQ(changed->lines.size(), 2);
    EXPECT_EQ(changed->version, o.version + 1);
    auto stale = s().orders().update(
        admin, o.number, o.version,
        orderInput(QStringLiteral("ALFA"), {line(QStringLiteral("TOR-M6"), 9)}));
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, QStringLiteral("order.stale"));
    EXPECT_EQ(stored(o.number).lines.size(), 2);
}

TEST_F(OrderServiceTest, AnUnknownOrderIsNotFound) {
    auto o = s().orders().get(admin, QStringLiteral("SO-1999-00001"));
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().kind, ErrorKind::NotFound);
}

TEST_F(OrderServiceTest, TheJsonOfAnOrderShowsItsStateAndWhereEachLineStands) {
    const SalesOrder d = draft(QStringLiteral("GAMA"), {line(QStringLiteral("LIM-01"), 7)});
    ASSERT_TRUE(s().orders().confirm(admin, d.number));
    ASSERT_TRUE(s().orders().release(manager, d.number, QStringLiteral("Known customer")));
    const QJsonObject o = toJson(stored(d.number));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(o.value(QStringLiteral("total")).toString(), QStringLiteral("169.40"));
    EXPECT_EQ(o.value(QStringLiteral("open_value")).toString(), QStringLiteral("169.40"));
    EXPECT_EQ(o.value(QStringLiteral("deposits")).toString(), QStringLiteral("0.00"));
    EXPECT_EQ(o.value(QStringLiteral("hold_reasons")).toArray().size(), 1);
    EXPECT_EQ(o.value(QStringLiteral("release_reason")).toString(),
              QStringLiteral("Known customer"));
    EXPECT_EQ(o.value(QStringLiteral("released_by")).toString(), QStringLiteral("marta"));
    EXPECT_EQ(o.value(QStringLiteral("invoicing_status")).toString(), QStringLiteral("none"));
    const QJsonObject l = o.value(QStringLiteral("lines")).toArray().first().toObject();
    EXPECT_EQ(l.value(QStringLiteral("qty")).toString(), QStringLiteral("7"));
    EXPECT_EQ(l.value(QStringLiteral("reserved")).toString(), QStringLiteral("5"));
    EXPECT_EQ(l.value(QStringLiteral("shortfall")).toString(), QStringLiteral("2"));
    EXPECT_EQ(l.value(QStringLiteral("shipped")).toString(), QStringLiteral("0"));
    EXPECT_TRUE(l.value(QStringLiteral("requested_date")).isNull());
}

TEST(OrderStateJson, TheHandWrittenTextIsTheSameJsonAsTheObject) {
    domain::SalesOrder o;
    o.number = QStringLiteral("SO-2026-00007");
    o.status = QStringLiteral("credit_hold");
    o.holdReasons = {QStringLiteral("Límite superado en 4,20 €"),
                     QStringLiteral("Quote \" back\\slash\nnew line\ttab")};
    o.releaseReason = QStringLiteral("Pagó por teléfono");
    o.deposits = domain::Money::fromMinor(1050, domain::Currency::fromCode(u"EUR"));
    o.openValue = domain::Money::fromMinor(0, domain::Currency::fromCode(u"EUR"));
    domain::DocumentLine line;
    line.reserved = domain::Quantity::fromThousandths(2500);
    line.cancelled = domain::Quantity::fromUnits(1);
    o.lines = {line, domain::DocumentLine{}};
    QJsonParseError error;
    const QJsonDocument parsed =
        QJsonDocument::fromJson(services::stateJsonText(o).toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << services::stateJsonText(o).toStdString();
    EXPECT_EQ(parsed.object(), services::toStateJson(o));
}
