// SPDX-License-Identifier: MIT
#include "services/demo_sales.h"

#include "services/demo_data.h"
#include "services/demo_history.h"
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

template <class T> Status done(const Result<T>& r) {
    return r ? Status{} : fail(r.error());
}

// The demo's salesperson: the company's first sales user, so that the lists and the
// figures by salesperson name somebody who can log in; a stand-in only when there is none.
Result<Actor> salesDesk(Services& s, const Actor& admin) {
    auto users = s.users().list(admin);
    if (!users)
        return fail(users.error());
    for (const domain::User& u : *users)
        if (u.active && u.role == domain::Role::Sales)
            return Actor{u.id, u.name, u.role, u.maxDiscount};
    return Actor{0, QStringLiteral("ventas"), domain::Role::Sales};
}

// A customer that owes too much: the office put it on hold, so its orders are held.
Result<QString> holdOneCustomer(Services& s, const Actor& admin,
                                const QList<storage::CustomerRow>& rows) {
    auto customer = s.customers().get(admin, rows[1 % rows.size()].code);
    if (!customer)
        return fail(customer.error());
    customer->onHold = true;
    customer->notes = demo::utf8("Bloqueado: facturas pendientes de cobro");
    if (auto saved = s.customers().update(admin, *customer); !saved)
        return fail(saved.error());
    return customer->code;
}

OrderInput sampleOrder(int index, const QString& customerCode,
                       const QList<storage::ProductRow>& products) {
    OrderInput in;
    in.customerCode = customerCode;
    in.date = QDate::currentDate().addDays(-qint64(demo::mix(index, 21) % 20));
    if (index % 3 == 0)
        in.requestedDate = in.date.addDays(7 + qint64(demo::mix(index, 22) % 14));
    const int lines = 1 + int(demo::mix(index, 23) % 4);
    for (int k = 0; k < lines; ++k) {
        LineInput line;
        line.sku = products[demo::mix(index * 10 + k, 24) % products.size()].sku;
        line.qty = Quantity::fromUnits(qint64(1 + demo::mix(index * 10 + k, 25) % 6));
        in.lines.append(line);
    }
    return in;
}

// Takes the order as far as its index says: draft, shipped, confirmed (some with a
// deposit), held, awaiting approval, released or approved by the manager, or cancelled.
Status advanceOrder(Services& s, const Actor& admin, const Actor& desk, int fate,
                    const QString& number, domain::Money total) {
    auto& orders = s.orders();
    switch (fate) {
    case 0:
        return {};
    case 1: {
        // Confirmed and on its way; an order short of stock just stays confirmed.
        if (auto ok = orders.confirm(admin, number); !ok)
            return fail(ok.error());
        ShipmentInput shipment;
        shipment.orderNumber = number;
        shipment.carrier = qHash(number) % 2 ? QStringLiteral("SEUR") : QStringLiteral("MRW");
        shipment.tracking = QStringLiteral("TRK-") + number.right(5);
        shipment.packages = 1 + int(qHash(number) % 3);
        auto shipped = s.shipments().create(admin, shipment);
        if (!shipped && shipped.error().kind != ErrorKind::Rule)
            return fail(shipped.error());
        return {};
    }
    case 3:
    case 4:
        return done(orders.confirm(fate == 4 ? desk : admin, number));
    case 2: {
        if (auto ok = orders.confirm(admin, number); !ok)
            return fail(ok.error());
        DepositInput deposit;
        deposit.orderNumber = number;
        deposit.amount = domain::Money::fromMinor(total.minor() * 3 / 10, total.currency());
        return done(s.deposits().add(admin, deposit));
    }
    case 5:
        if (auto ok = orders.confirm(admin, number); !ok)
            return fail(ok.error());
        return done(orders.cancel(admin, number, demo::utf8("El cliente ya no lo necesita")));
    case 6:
        if (auto ok = orders.confirm(admin, number); !ok)
            return fail(ok.error());
        return done(orders.release(admin, number, demo::utf8("Pago por adelantado")));
    default:
        if (auto ok = orders.confirm(desk, number); !ok)
            return fail(ok.error());
        return done(orders.approve(admin, number, demo::utf8("Cliente preferente")));
    }
}

// `orders` orders in every state, spread over the customers; fates 3 and 6 go to the
// customer on hold, 4 and 7 carry a discount beyond the salesperson's limit.
Status addOrders(Services& s, const Actor& admin, int orders,
                 const QList<storage::CustomerRow>& customers,
                 const QList<storage::ProductRow>& products) {
    auto held = holdOneCustomer(s, admin, customers);
    if (!held)
        return fail(held.error());
    const auto desk = salesDesk(s, admin);
    if (!desk)
        return fail(desk.error());
    for (int i = 0; i < orders; ++i) {
        const int fate = i % 8;
        QString customer = customers[demo::mix(i, 20) % customers.size()].code;
        if (customer == *held || fate == 3 || fate == 6)
            customer = fate == 3 || fate == 6 ? *held : customers[0].code;
        OrderInput in = sampleOrder(i, customer, products);
        if (fate == 4 || fate == 7)
            in.lines.first().discount = Percent::fromWhole(25);
        auto o = s.orders().create(fate == 4 || fate == 7 ? *desk : admin, in);
        if (!o)
            return fail(o.error());
        if (auto ok = advanceOrder(s, admin, *desk, fate, o->number, o->total); !ok)
            return ok;
    }
    return {};
}

} // namespace

Status loadDemoSales(Services& s, const Actor& admin, int quotations, int orders) {
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
    if (auto ok = addOrders(s, admin, orders < 0 ? quotations : orders, *customers, *products); !ok)
        return ok;
    return loadDemoReceivables(s, admin);
}

Status loadDemoCompany(Services& s, const Actor& admin, const DemoCompanySize& size,
                       const QString& salesPassword) {
    if (auto ok = s.setup().loadDemo(admin, size.customers, size.products); !ok)
        return ok;
    if (!salesPassword.isEmpty())
        if (auto team = demoSalespeople(s, admin, salesPassword); !team)
            return fail(team.error());
    // The history first: it is only written into a database without sales.
    auto history = loadDemoHistory(s, admin, {size.historyOrders, QDate(), salesPassword});
    if (!history)
        return fail(history.error());
    return loadDemoSales(s, admin, size.quotations);
}

} // namespace mostrador::services
