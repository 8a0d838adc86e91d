// SPDX-License-Identifier: MIT
#include "services/product_service.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>
#include <random>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class StockServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        Product p;
        p.sku = QStringLiteral("TOR-M6");
        p.name = QStringLiteral("Tornillo M6");
        ASSERT_TRUE(products.create(admin, p));
        p.sku = QStringLiteral("PORTES");
        p.name = QStringLiteral("Portes");
        p.tracked = false;
        ASSERT_TRUE(products.create(admin, p));
    }

    qint64 scalar(const QString& sql) {
        auto q = storage::run(t.db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    ProductService products{ctx};
    StockService stock{ctx};
    Actor admin = test::admin();
    const QString sku = QStringLiteral("TOR-M6");
};

} // namespace

TEST_F(StockServiceTest, AdjustWritesAMovementAndTheLevel) {
    const Actor warehouse = test::actorWithRole(Role::Warehouse, QStringLiteral("pepe"));
    auto level = stock.adjust(warehouse, QStringLiteral("tor-m6"), Quantity::fromThousandths(2500),
                              QStringLiteral("recuento"));
    ASSERT_TRUE(level) << level.error().message.toStdString();
    EXPECT_EQ(level->onHand, Quantity::fromThousandths(2500));
    auto moves = stock.movements(admin, sku);
    ASSERT_TRUE(moves);
    ASSERT_EQ(moves->size(), 1);
    EXPECT_EQ(moves->first().userName, QStringLiteral("pepe"));
    EXPECT_EQ(moves->first().reason, QStringLiteral("recuento"));
    auto audit = ctx.audit.list(QStringLiteral("stock"), sku);
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("stock.adjust"));
}

TEST_F(StockServiceTest, AReasonIsRequired) {
    auto r = stock.adjust(admin, sku, Quantity::fromUnits(1), QStringLiteral("  "));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("reason"));
}

TEST_F(StockServiceTest, AZeroQuantityIsRefused) {
    auto r = stock.adjust(admin, sku, Quantity(), QStringLiteral("x"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("stock.qty_zero"));
}

TEST_F(StockServiceTest, UntrackedProductsKeepNoStock) {
    auto r =
        stock.adjust(admin, QStringLiteral("PORTES"), Quantity::fromUnits(1), QStringLiteral("x"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("stock.untracked"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 0);
}

TEST_F(StockServiceTest, StockNeverGoesBelowZeroAndTheRefusalChangesNothing) {
    ASSERT_TRUE(stock.adjust(admin, sku, Quantity::fromUnits(3), QStringLiteral("entrada")));
    const qint64 audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto r = stock.adjust(admin, sku, Quantity::fromUnits(-4), QStringLiteral("rotura"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Rule);
    EXPECT_EQ(r.error().code, QStringLiteral("stock.negative"));
    EXPECT_TRUE(r.error().message.contains(sku));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("3")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("-4")));
    EXPECT_EQ(products.stockLevel(admin, sku)->onHand, Quantity::fromUnits(3));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    EXPECT_TRUE(stock.adjust(admin, sku, Quantity::fromUnits(-3), QStringLiteral("rotura")));
}

TEST_F(StockServiceTest, UnknownSkuIsNotFound) {
    auto r =
        stock.adjust(admin, QStringLiteral("NOPE"), Quantity::fromUnits(1), QStringLiteral("x"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
}

TEST_F(StockServiceTest, SalesMayNotAdjustStock) {
    auto r = stock.adjust(test::actorWithRole(Role::Sales), sku, Quantity::fromUnits(1),
                          QStringLiteral("x"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Permission);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), 0);
}

TEST_F(StockServiceTest, MovementsAreNewestFirst) {
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(stock.adjust(admin, sku, Quantity::fromUnits(i), QString::number(i)));
    auto moves = stock.movements(admin, sku, 2);
    ASSERT_TRUE(moves);
    ASSERT_EQ(moves->size(), 2);
    EXPECT_EQ(moves->at(0).reason, QStringLiteral("3"));
    EXPECT_EQ(moves->at(1).reason, QStringLiteral("2"));
}

// Property: whatever sequence of adjustments is tried, accepted or refused, on hand
// equals the sum of the ledger and never went negative.
TEST_F(StockServiceTest, OnHandEqualsTheSumOfTheLedger) {
    std::mt19937 random(20240607);
    std::uniform_int_distribution<qint64> delta(-5000, 8000);
    qint64 expected = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 d = delta(random);
        auto r = stock.adjust(admin, sku, Quantity::fromThousandths(d), QStringLiteral("random"));
        if (d == 0 || expected + d < 0) {
            EXPECT_FALSE(r);
            continue;
        }
        ASSERT_TRUE(r) << r.error().message.toStdString();
        expected += d;
    }
    const qint64 onHand = scalar(QStringLiteral("SELECT on_hand FROM stock_levels JOIN products p "
                                                "ON p.id = product_id WHERE p.sku = 'TOR-M6'"));
    const qint64 sum = scalar(
        QStringLiteral("SELECT SUM(qty) FROM stock_movements JOIN products p ON p.id = product_id "
                       "WHERE p.sku = 'TOR-M6'"));
    EXPECT_EQ(onHand, expected);
    EXPECT_EQ(sum, expected);
    EXPECT_EQ(products.stockLevel(admin, sku)->onHand, Quantity::fromThousandths(expected));
}
