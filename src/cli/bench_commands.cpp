// SPDX-License-Identifier: MIT
// bench workflow
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/workflow_bench.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject phaseJson(const services::WorkflowPhase& phase, int orders) {
    return {{u"phase"_s, phase.name},
            {u"seconds"_s, phase.nanoseconds / 1e9},
            {u"microseconds_per_order"_s, orders ? phase.nanoseconds / 1e3 / orders : 0.0}};
}

QString phaseLine(const services::WorkflowPhase& phase, int orders) {
    return trMsg("  %1: %2 s, %3 µs per order")
        .arg(phase.name, -8)
        .arg(phase.nanoseconds / 1e9, 0, 'f', 3)
        .arg(orders ? phase.nanoseconds / 1e3 / orders : 0.0, 0, 'f', 1);
}

// A company of its own in the scratch database, so the figures never depend on (or
// touch) anyone's data.
Result<domain::Actor> benchCompany(Session& s, int products) {
    domain::CompanyProfile company;
    company.name = u"Bench S.L."_s;
    company.currency = domain::Currency::fromCode(u"EUR"_s);
    auto admin = s.services.setup().initialize(company, u"admin"_s, u"bench-password"_s);
    if (!admin)
        return fail(admin.error());
    if (auto ok = services::seedWorkflowBench(s.services, *admin, products); !ok)
        return fail(ok.error());
    return admin;
}

Result<Reply> workflow(Session& s, const ParsedArgs& args) {
    int orders = 1000, products = 200;
    if (auto ok = firstError({readInt(args, u"orders"_s, 1, 10000000, orders),
                              readInt(args, u"products"_s, 1, 100000, products)});
        !ok)
        return fail(ok.error());
    auto admin = benchCompany(s, products);
    if (!admin)
        return fail(admin.error());
    auto run = services::runWorkflowBench(s.services, *admin, orders);
    if (!run)
        return fail(run.error());
    QJsonArray phases;
    QString text =
        trMsg("%1 orders of %2 lines created, confirmed, shipped and invoiced, each action in "
              "its own transaction: %3 s, %4 orders per second")
            .arg(run->orders)
            .arg(run->linesPerOrder)
            .arg(run->totalNanoseconds() / 1e9, 0, 'f', 3)
            .arg(run->ordersPerSecond(), 0, 'f', 0);
    for (const services::WorkflowPhase& phase : run->phases) {
        phases.append(phaseJson(phase, run->orders));
        text += u'\n' + phaseLine(phase, run->orders);
    }
    const QJsonObject json{{u"orders"_s, run->orders},
                           {u"lines_per_order"_s, run->linesPerOrder},
                           {u"seconds"_s, run->totalNanoseconds() / 1e9},
                           {u"orders_per_second"_s, run->ordersPerSecond()},
                           {u"phases"_s, phases}};
    return Reply{json, text};
}

} // namespace

QList<Command> benchCommands() {
    Command bench{
        {u"bench"_s, u"workflow"_s},
        {},
        trMsg("Time the order workflow (create, confirm, ship, invoice) of N five-line orders "
              "in a scratch database; prints orders per second and each phase."),
        {{valueOption(u"orders"_s, u"N"_s), valueOption(u"products"_s, u"N"_s)}, 0, 0},
        workflow};
    bench.needsLogin = false;
    bench.temporaryDatabase = true;
    return {bench};
}

} // namespace mostrador::cli
