// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/percent.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mostrador::domain {

struct PriceList {
    QString code;
    QString name;
    Currency currency;
    friend bool operator==(const PriceList&, const PriceList&) = default;
};

// A rule of a price list: a fixed price or a percentage discount, for one product (sku)
// or a whole category, optionally for one customer, from a minimum quantity, between
// two dates (both inclusive). Exactly one of sku/category and of price/discount is set.
struct PriceRule {
    qint64 id = 0;
    QString priceListCode;
    QString sku;
    QString category;
    QString customerCode;
    Quantity minQty;
    std::optional<UnitPrice> fixedPrice;
    std::optional<Percent> discount;
    std::optional<QDate> validFrom;
    std::optional<QDate> validTo;
    friend bool operator==(const PriceRule&, const PriceRule&) = default;
};

Status validatePriceRule(const PriceRule& rule);

// What is being priced: who buys which product, how many, on which day.
struct PriceQuery {
    QString customerCode;
    QString sku;
    QString category;
    UnitPrice listPrice;
    Quantity qty;
    QDate date;
};

// The price the engine settled on and why: the rule that decided it, or the list price.
struct PriceDecision {
    UnitPrice unitPrice;
    Percent discount;
    std::optional<PriceRule> rule;
};

bool ruleApplies(const PriceRule& rule, const PriceQuery& query);

// Picks the most specific applicable rule among `candidates`: customer-specific before
// list-wide, product before category, the highest minimum quantity not above the ordered
// quantity; among equals the newest rule (highest id). No rule applies → list price.
PriceDecision resolvePrice(const PriceQuery& query, const QList<PriceRule>& candidates);

// Whether `rule` may price `sku` (of `category`) for `customerCode` buying on
// `priceListCode`: a rule of that list for the product or its (non-empty) category, or
// one of the customer's own rules for either. Lets one read serve a whole document.
bool ruleConcerns(const PriceRule& rule, QStringView priceListCode, QStringView customerCode,
                  QStringView sku, QStringView category);

// One line for the editor: "Customer price from 10 units (rule 12, list MAYORISTA)".
QString explainPrice(const PriceDecision& decision, const QLocale& locale);

} // namespace mostrador::domain
