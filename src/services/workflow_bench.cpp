// SPDX-License-Identifier: MIT
#include "services/workflow_bench.h"

#include "services/services.h"

#include <QElapsedTimer>

namespace mostrador::services {

using domain::Quantity;

namespace {

const QString kCustomer = QStringLiteral("BENCH");

QString benchSku(int index) {
    return QStringLiteral("BENCH-%1").arg(index, 4, 10, QLatin1Char('0'));
}

// Runs `action` and adds its wall time to `phase`.
template <class F> auto timed(WorkflowPhase& phase, F&& action) {
    QElapsedTimer timer;
    timer.start();
    auto result = action();
    phase.nanoseconds += timer.nsecsElapsed();
    return result;
}

} // namespace

qint64 WorkflowRun::totalNanoseconds() const {
    qint64 sum = 0;
    for (const WorkflowPhase& p : phases)
        sum += p.nanoseconds;
    return sum;
}

double WorkflowRun::ordersPerSecond() const {
    const qint64 ns = totalNanoseconds();
    return ns > 0 ? orders * 1e9 / double(ns) : 0.0;
}

Status seedWorkflowBench(Services& services, const domain::Actor& actor, int products) {
    domain::Customer customer;
    customer.code = kCustomer;
    customer.name = QStringLiteral("Bench Customer S.L.");
    customer.shippingAddress = QStringLiteral("Calle Mayor 1\n28001 Madrid");
    if (auto made = services.customers().create(actor, customer); !made)
        return fail(made.error());
    for (int i = 0; i < products; ++i) {
        domain::Product p;
        p.sku = benchSku(i);
        p.name = QStringLiteral("Bench product %1").arg(i);
        p.listPrice = domain::UnitPrice::fromTenThousandths(100000 + i * 1000);
        p.standardCost = domain::UnitPrice::fromTenThousandths(50000);
        p.weightKg = Quantity::fromThousandths(250 + i);
        if (auto made = services.products().create(actor, p, Quantity::fromUnits(10000000)); !made)
            return fail(made.error());
    }
    return {};
}

Result<WorkflowRun> runWorkflowBench(Services& services, const domain::Actor& actor, int orders,
                                     int linesPerOrder) {
    auto productCount = services.products().count(actor, {});
    if (!productCount)
        return fail(productCount.error());
    WorkflowRun run;
    run.orders = orders;
    run.linesPerOrder = linesPerOrder;
    WorkflowPhase create{QStringLiteral("create")}, confirm{QStringLiteral("confirm")},
        ship{QStringLiteral("ship")}, invoice{QStringLiteral("invoice")};
    for (int o = 0; o < orders; ++o) {
        OrderInput input;
        input.customerCode = kCustomer;
        for (int l = 0; l < linesPerOrder; ++l)
            input.lines.append({benchSku(int((qint64(o) * linesPerOrder + l) % *productCount)),
                                Quantity::fromUnits(1 + (o + l) % 5)});
        auto order = timed(create, [&] { return services.orders().create(actor, input); });
        if (!order)
            return fail(order.error());
        auto confirmed =
            timed(confirm, [&] { return services.orders().confirm(actor, order->number); });
        if (!confirmed)
            return fail(confirmed.error());
        ShipmentInput shipment;
        shipment.orderNumber = order->number;
        shipment.carrier = QStringLiteral("SEUR");
        auto shipped = timed(ship, [&] { return services.shipments().create(actor, shipment); });
        if (!shipped)
            return fail(shipped.error());
        auto invoiced = timed(invoice, [&] {
            return services.invoices().createAndPost(actor, {order->number}, shipped->date);
        });
        if (!invoiced)
            return fail(invoiced.error());
    }
    run.phases = {create, confirm, ship, invoice};
    return run;
}

} // namespace mostrador::services
