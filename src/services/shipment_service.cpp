// SPDX-License-Identifier: MIT
#include "services/shipment_service.h"

#include "domain/invoicing.h"
#include "domain/numbering.h"
#include "domain/stock.h"
#include "domain/workflow.h"
#include "services/fulfilment_json.h"
#include "storage/number_series_repository.h"
#include "storage/sales_order_repository.h"
#include "storage/shipping_facts.h"
#include "storage/stock_repository.h"

#include <QHash>
#include <QLocale>

namespace mostrador::services {

using domain::Actor;
using domain::DocumentLine;
using domain::Permission;
using domain::Quantity;
using domain::SalesOrder;
using domain::Shipment;

namespace {

const QString kEntity = QStringLiteral("shipment");

Error orderNotFound(const QString& number) {
    return Error::notFound(QStringLiteral("order.not_found"),
                           trMsg("There is no sales order %1").arg(number));
}

// How much of one order line (by index) leaves with the shipment.
struct Take {
    qsizetype line = 0;
    Quantity qty;
};

// The order's lines carrying `sku`, in their order.
QList<qsizetype> linesOf(const SalesOrder& order, const QString& sku) {
    QList<qsizetype> found;
    for (qsizetype i = 0; i < order.lines.size(); ++i)
        if (order.lines[i].sku.compare(sku, Qt::CaseInsensitive) == 0)
            found.append(i);
    return found;
}

// Spreads one asked-for quantity (input line `i`) over the order's lines of its SKU, in
// their order, on top of what earlier input lines planned. Never more than remains.
Status takeOne(const SalesOrder& order, const ShipLineInput& asked, qsizetype i,
               QList<Quantity>& planned) {
    const QString sku = asked.sku.trimmed().toUpper();
    const QString field = QStringLiteral("lines[%1]").arg(i);
    const QList<qsizetype> lines = linesOf(order, sku);
    if (lines.isEmpty())
        return fail(
            Error::invalid(QStringLiteral("shipment.unknown_sku"),
                           trMsg("Sales order %1 has no line for %2").arg(order.number, sku),
                           field + QStringLiteral(".sku")));
    Quantity want = asked.qty;
    if (want <= Quantity())
        return fail(Error::invalid(QStringLiteral("shipment.qty"),
                                   trMsg("%1: the quantity to ship must be above zero").arg(sku),
                                   field + QStringLiteral(".qty")));
    Quantity left;
    for (qsizetype l : lines)
        left += order.lines[l].remaining() - planned[l];
    if (want > left) {
        const QLocale locale;
        return fail(Error::rule(QStringLiteral("shipment.more_than_remains"),
                                trMsg("Line %1: %2: %3 to ship, %4 remain")
                                    .arg(QString::number(lines.first() + 1), sku,
                                         want.toString(locale), left.toString(locale)),
                                field + QStringLiteral(".qty")));
    }
    for (qsizetype l : lines) {
        const Quantity take = std::min(want, order.lines[l].remaining() - planned[l]);
        planned[l] += take;
        want -= take;
    }
    return {};
}

// What leaves: everything that remains when no lines are asked for, else the asked
// quantities by SKU (a SKU may be on several lines, and asked for several times).
Result<QList<Take>> plan(const SalesOrder& order, const QList<ShipLineInput>& asked) {
    QList<Quantity> planned(order.lines.size());
    for (qsizetype i = 0; i < order.lines.size() && asked.isEmpty(); ++i)
        planned[i] = std::max(order.lines[i].remaining(), Quantity());
    for (qsizetype i = 0; i < asked.size(); ++i)
        if (auto ok = takeOne(order, asked[i], i, planned); !ok)
            return fail(ok.error());
    QList<Take> takes;
    for (qsizetype i = 0; i < planned.size(); ++i)
        if (planned[i] > Quantity())
            takes.append({i, planned[i]});
    if (takes.isEmpty())
        return fail(
            Error::rule(QStringLiteral("shipment.nothing_to_ship"),
                        trMsg("Sales order %1 has nothing left to ship").arg(order.number)));
    return takes;
}

// The header as the user gave it: today when undated, carrier and tracking trimmed.
Shipment headerOf(const Actor& actor, const ShipmentInput& input) {
    Shipment s;
    s.date = input.date.isValid() ? input.date : QDate::currentDate();
    s.carrier = input.carrier.trimmed();
    s.tracking = input.tracking.trimmed();
    s.packages = input.packages;
    s.freightTerms = input.freightTerms;
    s.notes = input.notes.trimmed();
    s.shippedBy = actor.name;
    return s;
}

// The shipment's lines from the takes, each weighed, and the total weight.
void addLines(Shipment& s, const SalesOrder& order, const QList<Take>& takes,
              const QHash<qint64, storage::ShippingFacts>& facts) {
    for (const Take& t : takes) {
        const DocumentLine& line = order.lines[t.line];
        domain::ShipmentLine sl;
        sl.orderLineId = line.id;
        sl.productId = line.productId;
        sl.sku = line.sku;
        sl.description = line.description;
        sl.unit = line.unit;
        sl.qty = t.qty;
        sl.weightKg = domain::lineWeight(facts.value(line.productId).weightKg, t.qty);
        s.weightKg += sl.weightKg;
        s.lines.append(sl);
    }
}

} // namespace

struct ShipmentService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , orders(ctx.db)
        , stock(ctx.db)
        , shipments(ctx.db)
        , series(ctx.db) {}

    ServiceContext& ctx;
    storage::SalesOrderRepository orders;
    storage::StockRepository stock;
    storage::ShipmentRepository shipments;
    storage::NumberSeriesRepository series;

    Result<SalesOrder> loadOrder(const QString& number);
    // The order's products; a tracked product with less on hand than the takes add up
    // to refuses the whole shipment.
    Result<QHash<qint64, storage::ShippingFacts>> checkStock(const SalesOrder& order,
                                                             const QList<Take>& takes);
    Result<Shipment> ship(const Actor& actor, const ShipmentInput& input);
    // Stores the shipment, applies it to the order's lines and the stock, moves the
    // order on and audits it.
    Status write(const Actor& actor, Shipment& s, SalesOrder& order, const QList<Take>& takes,
                 const QHash<qint64, storage::ShippingFacts>& facts);
    // Stock out, reservation consumed and shipped quantity for one line.
    Status apply(const Actor& actor, const Shipment& shipment, DocumentLine& line, Quantity qty,
                 bool tracked);
};

ShipmentService::ShipmentService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}

ShipmentService::~ShipmentService() = default;

Result<SalesOrder> ShipmentService::Impl::loadOrder(const QString& number) {
    auto found = orders.findByNumber(number.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(orderNotFound(number.trimmed()));
    return std::move(**found);
}

Result<QHash<qint64, storage::ShippingFacts>>
ShipmentService::Impl::checkStock(const SalesOrder& order, const QList<Take>& takes) {
    auto facts = storage::shippingFacts(ctx.db, order.id);
    if (!facts)
        return fail(facts.error());
    QHash<qint64, Quantity> toShip; // by product, over all the lines that carry it
    for (const Take& t : takes)
        toShip[order.lines[t.line].productId] += t.qty;
    const QLocale locale;
    QStringList shortOf;
    for (const Take& t : takes) {
        const DocumentLine& line = order.lines[t.line];
        const storage::ShippingFacts f = facts->value(line.productId);
        Quantity& want = toShip[line.productId];
        if (f.tracked && want > f.onHand)
            shortOf << trMsg("Not enough stock of %1 (%2): %3 to ship, %4 on hand")
                           .arg(line.sku, f.name, want.toString(locale), f.onHand.toString(locale));
        want = Quantity(); // named once, however many lines carry the product
    }
    if (!shortOf.isEmpty())
        return fail(Error::rule(QStringLiteral("shipment.short_stock"),
                                shortOf.join(QStringLiteral("; "))));
    return facts;
}

Status ShipmentService::Impl::apply(const Actor& actor, const Shipment& shipment,
                                    DocumentLine& line, Quantity qty, bool tracked) {
    const Quantity consumed = std::min(line.reserved, qty);
    if (tracked) {
        domain::StockMovement m;
        m.productId = line.productId;
        m.qty = -qty;
        m.kind = QString::fromUtf16(domain::movement::kShipment);
        m.reason = shipment.orderNumber;
        m.reference = shipment.number;
        m.userName = actor.name;
        if (auto id = stock.appendMovement(m); !id)
            return fail(id.error());
        if (auto ok = stock.addLevels(line.productId, -qty, -consumed); !ok)
            return ok;
    } else if (consumed > Quantity()) {
        if (auto ok = stock.addReserved(line.productId, -consumed); !ok)
            return ok;
    }
    line.reserved -= consumed;
    line.shipped += qty;
    return orders.writeFulfilment(line);
}

Result<Shipment> ShipmentService::Impl::ship(const Actor& actor, const ShipmentInput& input) {
    Shipment s = headerOf(actor, input);
    if (auto ok = domain::validateShipmentHeader(s); !ok)
        return fail(ok.error());
    auto order = loadOrder(input.orderNumber);
    if (!order)
        return fail(order.error());
    // Either state after a shipment is allowed from the same states: probe with one.
    if (auto ok = domain::salesOrderWorkflow().require(
            order->status, u"ship", domain::order_state::kPartiallyShipped, order->number);
        !ok)
        return fail(ok.error());
    auto takes = plan(*order, input.lines);
    if (!takes)
        return fail(takes.error());
    auto facts = checkStock(*order, *takes);
    if (!facts)
        return fail(facts.error());
    // Every check passed: only now is a number taken.
    auto number = series.takeNext(QString::fromUtf16(domain::series::kShipment), s.date.year());
    if (!number)
        return fail(number.error());
    s.number = *number;
    s.orderNumber = order->number;
    s.party = order->party;
    addLines(s, *order, *takes, *facts);
    if (auto ok = write(actor, s, *order, *takes, *facts); !ok)
        return fail(ok.error());
    return s;
}

Status ShipmentService::Impl::write(const Actor& actor, Shipment& s, SalesOrder& order,
                                    const QList<Take>& takes,
                                    const QHash<qint64, storage::ShippingFacts>& facts) {
    auto id = shipments.insert(s, order.id);
    if (!id)
        return fail(id.error());
    s.id = *id;
    for (const Take& t : takes) {
        DocumentLine& line = order.lines[t.line];
        if (auto ok = apply(actor, s, line, t.qty, facts.value(line.productId).tracked); !ok)
            return ok;
    }
    order.status = domain::stateAfterShipment(order.lines);
    // Under invoice.policy `order` the invoices may all be posted before the last
    // shipment, which then closes the order.
    if (auto ok = domain::closeWhenDone(order); !ok)
        return ok;
    if (auto ok = orders.writeState(order); !ok)
        return ok;
    return ctx.recordText(actor, QStringLiteral("shipment.create"), kEntity, s.number, {},
                          toJsonText(s));
}

Result<Shipment> ShipmentService::create(const Actor& actor, const ShipmentInput& input) {
    if (auto ok = actor.require(Permission::ShipOrders); !ok)
        return fail(ok.error());
    auto shipped = inTransaction(d->ctx.db, [&] { return d->ship(actor, input); });
    if (shipped) {
        d->ctx.notifier.announce(kEntity, shipped->number);
        d->ctx.notifier.announce(QStringLiteral("order"), shipped->orderNumber);
        for (const domain::ShipmentLine& l : shipped->lines)
            d->ctx.notifier.announce(QStringLiteral("stock"), l.sku);
    }
    return shipped;
}

Result<Shipment> ShipmentService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto found = d->shipments.findByNumber(number.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("shipment.not_found"),
                                    trMsg("There is no shipment %1").arg(number.trimmed())));
    return std::move(**found);
}

Result<QList<Shipment>> ShipmentService::forOrder(const Actor& actor, const QString& orderNumber) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto order = d->loadOrder(orderNumber);
    if (!order)
        return fail(order.error());
    return d->shipments.forOrder(order->id);
}

Result<QList<ShipmentRow>> ShipmentService::list(const Actor& actor,
                                                 const ShipmentListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->shipments.list(query);
}

Result<qint64> ShipmentService::count(const Actor& actor, const ShipmentListQuery& query) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->shipments.count(query);
}

Result<QStringList> ShipmentService::carriers(const Actor& actor) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->shipments.carriers();
}

} // namespace mostrador::services
