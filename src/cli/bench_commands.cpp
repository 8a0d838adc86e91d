// SPDX-License-Identifier: MIT
// bench workflow · bench dashboard
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/workflow_bench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>

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

// Seconds each run of `body` took, sorted; a failed run stops the timing.
template <class F> Result<QList<double>> timed(int runs, F&& body) {
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto ok = body(); !ok)
            return fail(ok.error());
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

QJsonObject timingJson(const QList<double>& s) {
    return {{u"median_seconds"_s, s[s.size() / 2]},
            {u"min_seconds"_s, s.first()},
            {u"max_seconds"_s, s.last()}};
}

template <class T> Status done(const Result<T>& r) {
    return r ? Status{} : fail(r.error());
}

// The manager's first screen on the database --db names: the dashboard's figures, and
// the first page of the orders and invoices lists, each read `runs` times.
Result<Reply> dashboard(Session& s, const ParsedArgs& args) {
    int runs = 5;
    if (auto ok = readInt(args, u"runs"_s, 1, 1000, runs); !ok)
        return fail(ok.error());
    auto orders = s.services.orders().count(s.actor, {});
    if (!orders)
        return fail(orders.error());
    const QDate today = QDate::currentDate();
    auto figures =
        timed(runs, [&] { return done(s.services.dashboard().figures(s.actor, today)); });
    services::OrderListQuery orderPage;
    orderPage.limit = 50;
    auto orderList =
        timed(runs, [&] { return done(s.services.orders().list(s.actor, orderPage)); });
    services::InvoiceListQuery invoicePage;
    invoicePage.limit = 50;
    auto invoiceList =
        timed(runs, [&] { return done(s.services.invoices().list(s.actor, invoicePage)); });
    for (const auto* r : {&figures, &orderList, &invoiceList})
        if (!*r)
            return fail(r->error());
    const QJsonObject json{{u"orders"_s, *orders},
                           {u"runs"_s, runs},
                           {u"dashboard"_s, timingJson(*figures)},
                           {u"orders_first_page"_s, timingJson(*orderList)},
                           {u"invoices_first_page"_s, timingJson(*invoiceList)}};
    const QString text =
        trMsg("%1 orders; median of %2 runs: dashboard %3 s, orders list first page %4 s, "
              "invoices list first page %5 s")
            .arg(*orders)
            .arg(runs)
            .arg((*figures)[runs / 2], 0, 'f', 3)
            .arg((*orderList)[runs / 2], 0, 'f', 4)
            .arg((*invoiceList)[runs / 2], 0, 'f', 4);
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
    Command dashboardBench{
        {u"bench"_s, u"dashboard"_s},
        {},
        trMsg("Time the dashboard's figures and the first page of the orders and invoices "
              "lists on the database --db names (median of --runs N, default 5)."),
        {{valueOption(u"runs"_s, u"N"_s)}, 0, 0},
        dashboard};
    return {bench, dashboardBench};
}

} // namespace mostrador::cli
