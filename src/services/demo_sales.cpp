// SPDX-License-Identifier: MIT
#include "services/demo_sales.h"

#include "services/demo_data.h"
#include "services/services.h"

#include <QDate>

namespace mostrador::services {

using domain::Actor;
using domain::Percent;
using domain::Quantity;

namespace {

const QString kList = QStringLiteral("MAYORISTA");

Status addWholesaleList(Services& s, const Actor& admin, const QStringList& categories) {
    if (auto made = s.priceLists().createList(admin, kList, demo::utf8("Mayorista")); !made)
        return fail(made.error());
    // A category discount from a quantity, the usual wholesale break.
    for (qsizetype i = 0; i < categories.size() && i < 3; ++i) {
        domain::PriceRule rule;
        rule.priceListCode = kList;
        rule.category = categories[i];
        rule.minQty = Quantity::fromUnits(i == 0 ? 50 : 20);
        rule.discount = Percent::fromWhole(i == 0 ? 8 : 5);
        if (auto added = s.priceLists().addRule(admin, rule); !added)
            return fail(added.error());
    }
    return {};
}

Status giveListTo(Services& s, const Actor& admin, const QList<storage::CustomerRow>& rows) {
    for (qsizetype i = 0; i < rows.size(); i += 4) {
        auto customer = s.customers().get(admin, rows[i].code);
        if (!customer)
            return fail(customer.error());
        customer->priceListCode = kList;
        if (auto saved = s.customers().update(admin, *customer); !saved)
            return fail(saved.error());
    }
    return {};
}

QuotationInput sampleQuotation(int index, const QList<storage::CustomerRow>& customers,
                               const QList<storage::ProductRow>& products) {
    QuotationInput in;
    in.customerCode = customers[demo::mix(index, 11) % customers.size()].code;
    // Spread over the last weeks, still valid; every fifth one is long past its validity.
    in.date = QDate::currentDate().addDays(-qint64(demo::mix(index, 12) % 25));
    if (index % 5 == 4) {
        in.date = QDate::currentDate().addDays(-75);
        in.validUntil = in.date.addDays(30);
    }
    const int lines = 2 + int(demo::mix(index, 13) % 5);
    for (int k = 0; k < lines; ++k) {
        LineInput line;
        line.sku = products[demo::mix(index * 10 + k, 14) % products.size()].sku;
        line.qty = Quantity::fromUnits(qint64(1 + demo::mix(index * 10 + k, 15) % 60));
        in.lines.append(line);
    }
    return in;
}

// Moves the quotation on as its index says: kept as draft, sent, accepted or rejected.
Status advance(Services& s, const Actor& admin, int index, const QString& number) {
    const int fate = index % 5;
    if (fate == 0 || fate == 4)
        return {};
    if (auto sent = s.quotations().send(admin, number); !sent)
        return fail(sent.error());
    if (fate == 2)
        if (auto order = s.quotations().accept(admin, number); !order)
            return fail(order.error());
    if (fate == 3)
        if (auto rejected = s.quotations().reject(admin, number,
                                                  demo::utf8("Precio por encima "
                                                             "de la competencia"));
            !rejected)
            return fail(rejected.error());
    return {};
}

} // namespace

Status loadDemoSales(Services& s, const Actor& admin, int quotations) {
    storage::ListQuery query;
    query.limit = 1000;
    auto customers = s.customers().list(admin, query);
    auto products = s.products().list(admin, query);
    auto categories = s.products().categories(admin);
    if (!customers || !products || !categories)
        return fail(!customers ? customers.error()
                               : (!products ? products.error() : categories.error()));
    if (customers->isEmpty() || products->isEmpty())
        return {};
    if (auto ok = addWholesaleList(s, admin, *categories); !ok)
        return ok;
    if (auto ok = giveListTo(s, admin, *customers); !ok)
        return ok;
    for (int i = 0; i < quotations; ++i) {
        auto q = s.quotations().create(admin, sampleQuotation(i, *customers, *products));
        if (!q)
            return fail(q.error());
        if (auto ok = advance(s, admin, i, q->number); !ok)
            return ok;
    }
    return {};
}

} // namespace mostrador::services
