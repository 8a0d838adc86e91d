// SPDX-License-Identifier: MIT
#include "domain/pricing.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

namespace {

const UnitPrice kList = UnitPrice::fromTenThousandths(100000); // 10.00

PriceQuery query(qint64 units = 1, QDate date = QDate(2026, 6, 15)) {
    return {QStringLiteral("C1"),       QStringLiteral("SKU1"),
            QStringLiteral("TOOLS"),    kList,
            Quantity::fromUnits(units), date};
}

PriceRule fixedRule(qint64 id, qint64 price4, const char* sku = "SKU1", const char* category = "") {
    PriceRule r;
    r.id = id;
    r.priceListCode = QStringLiteral("PL");
    r.sku = QString::fromLatin1(sku);
    r.category = QString::fromLatin1(category);
    r.fixedPrice = UnitPrice::fromTenThousandths(price4);
    return r;
}

PriceRule discountRule(qint64 id, qint64 bp, const char* sku = "", const char* category = "TOOLS") {
    PriceRule r = fixedRule(id, 0, sku, category);
    r.fixedPrice.reset();
    r.discount = Percent::fromBasisPoints(bp);
    return r;
}

} // namespace

TEST(Pricing, NoRuleFallsBackToTheListPrice) {
    const PriceDecision d = resolvePrice(query(), {fixedRule(1, 90000, "OTHER")});
    EXPECT_EQ(d.unitPrice, kList);
    EXPECT_TRUE(d.discount.isZero());
    EXPECT_FALSE(d.rule.has_value());
}

TEST(Pricing, CustomerSpecificBeatsListWideEvenWhenLessSpecificOtherwise) {
    PriceRule customerCategory = discountRule(1, 500);
    customerCategory.customerCode = QStringLiteral("C1");
    const PriceRule listProduct = fixedRule(2, 90000);
    const PriceDecision d = resolvePrice(query(), {listProduct, customerCategory});
    ASSERT_TRUE(d.rule);
    EXPECT_EQ(d.rule->id, 1);
    EXPECT_EQ(d.unitPrice, kList);
    EXPECT_EQ(d.discount.basisPoints(), 500);
}

TEST(Pricing, AnotherCustomersRuleNeverApplies) {
    PriceRule other = fixedRule(1, 50000);
    other.customerCode = QStringLiteral("C2");
    EXPECT_FALSE(resolvePrice(query(), {other}).rule.has_value());
}

TEST(Pricing, ProductBeatsCategory) {
    const PriceDecision d = resolvePrice(query(), {discountRule(1, 2000), fixedRule(2, 95000)});
    ASSERT_TRUE(d.rule);
    EXPECT_EQ(d.rule->id, 2);
    EXPECT_EQ(d.unitPrice.tenThousandths(), 95000);
}

TEST(Pricing, HighestQuantityBreakNotAboveTheOrderedQuantity) {
    PriceRule from10 = fixedRule(1, 90000);
    from10.minQty = Quantity::fromUnits(10);
    PriceRule from50 = fixedRule(2, 80000);
    from50.minQty = Quantity::fromUnits(50);
    const PriceRule base = fixedRule(3, 99000);
    const QList<PriceRule> rules = {from10, from50, base};
    EXPECT_EQ(resolvePrice(query(9), rules).unitPrice.tenThousandths(), 99000);
    EXPECT_EQ(resolvePrice(query(10), rules).unitPrice.tenThousandths(), 90000);
    EXPECT_EQ(resolvePrice(query(49), rules).unitPrice.tenThousandths(), 90000);
    EXPECT_EQ(resolvePrice(query(50), rules).unitPrice.tenThousandths(), 80000);
}

TEST(Pricing, OnlyRulesValidOnTheDateApplyBothEndsInclusive) {
    PriceRule summer = fixedRule(1, 70000);
    summer.validFrom = QDate(2026, 6, 1);
    summer.validTo = QDate(2026, 8, 31);
    EXPECT_FALSE(resolvePrice(query(1, QDate(2026, 5, 31)), {summer}).rule);
    EXPECT_TRUE(resolvePrice(query(1, QDate(2026, 6, 1)), {summer}).rule);
    EXPECT_TRUE(resolvePrice(query(1, QDate(2026, 8, 31)), {summer}).rule);
    EXPECT_FALSE(resolvePrice(query(1, QDate(2026, 9, 1)), {summer}).rule);
}

TEST(Pricing, AmongEqualRulesTheNewestWins) {
    EXPECT_EQ(resolvePrice(query(), {fixedRule(7, 91000), fixedRule(3, 92000)}).rule->id, 7);
}

TEST(Pricing, RuleValidation) {
    EXPECT_TRUE(validatePriceRule(fixedRule(1, 1000)));
    PriceRule both = fixedRule(1, 1000, "SKU1", "TOOLS");
    EXPECT_EQ(validatePriceRule(both).error().code, QStringLiteral("price_rule.target"));
    PriceRule twoKinds = fixedRule(1, 1000);
    twoKinds.discount = Percent::fromWhole(5);
    EXPECT_EQ(validatePriceRule(twoKinds).error().code, QStringLiteral("price_rule.kind"));
    EXPECT_FALSE(validatePriceRule(discountRule(1, 10001)));
    PriceRule backwards = fixedRule(1, 1000);
    backwards.validFrom = QDate(2026, 2, 1);
    backwards.validTo = QDate(2026, 1, 1);
    EXPECT_FALSE(validatePriceRule(backwards));
}

TEST(Pricing, ExplanationNamesTheDecidingRule) {
    const QLocale en(QLocale::English);
    EXPECT_EQ(explainPrice(resolvePrice(query(), {}), en), QStringLiteral("List price"));
    PriceRule r = discountRule(1, 1250);
    r.customerCode = QStringLiteral("C1");
    r.minQty = Quantity::fromUnits(10);
    const QString text = explainPrice(resolvePrice(query(12), {r}), en);
    EXPECT_TRUE(text.contains(QStringLiteral("C1")));
    EXPECT_TRUE(text.contains(QStringLiteral("TOOLS")));
    EXPECT_TRUE(text.contains(QStringLiteral("10 units")));
    EXPECT_TRUE(text.contains(QStringLiteral("12.5 %")));
}
