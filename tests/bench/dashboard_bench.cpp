// SPDX-License-Identifier: MIT
// The dashboard on a generated sales history (issue 6: under half a second at a million
// orders), and the first page of the orders and invoices lists beside it.
// `--orders=N` generates a history of N orders in a temporary database (the ctest smoke
// run uses a small one); `--db=FILE` measures an existing database instead, such as one
// made by `mostrador-cli demo --customers 20000 --products 2000 --orders 1000000`.
#include "services/demo_history.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstring>
#include <memory>

using namespace mostrador;

namespace {

int g_orders = 20000;
QString g_db;
bool g_failed = false; // makes the exit status fail, so the ctest smoke run can fail

const domain::Actor kAdmin{0, QStringLiteral("admin"), domain::Role::Admin};

void skipWithError(benchmark::State& state, const char* why) {
    g_failed = true;
    state.SkipWithError(why);
}

bool generate(services::Services& s, int orders) {
    domain::CompanyProfile company;
    company.name = QStringLiteral("Bench S.L.");
    company.currency = domain::Currency::fromCode(u"EUR");
    auto admin = s.setup().initialize(company, kAdmin.name, QStringLiteral("bench-password"));
    if (!admin || !s.setup().loadDemo(*admin, std::max(50, orders / 50), 500))
        return false;
    services::DemoHistoryOptions options;
    options.orders = orders;
    return services::loadDemoHistory(s, *admin, options).has_value();
}

// The database measured: --db's, or a history generated once for all the cases.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<services::Services> services;
    bool ok = false;

    Fixture() {
        const bool existing = !g_db.isEmpty();
        auto opened =
            services::Services::open(existing ? g_db : dir.filePath(QStringLiteral("history.db")));
        if (!opened)
            return;
        services = std::move(*opened);
        ok = existing || generate(*services, g_orders);
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void BM_DashboardFigures(benchmark::State& state) {
    Fixture& f = fixture();
    if (!f.ok)
        return skipWithError(state, "no database to measure");
    const QDate today = QDate::currentDate();
    for (auto _ : state)
        if (!f.services->dashboard().figures(kAdmin, today))
            return skipWithError(state, "dashboard failed");
    state.counters["orders"] = double(f.services->orders().count(kAdmin, {}).value_or(0));
}
BENCHMARK(BM_DashboardFigures)->Unit(benchmark::kMillisecond);

void BM_OrdersFirstPage(benchmark::State& state) {
    Fixture& f = fixture();
    if (!f.ok)
        return skipWithError(state, "no database to measure");
    services::OrderListQuery query;
    query.limit = 50;
    for (auto _ : state)
        if (!f.services->orders().list(kAdmin, query))
            return skipWithError(state, "orders list failed");
}
BENCHMARK(BM_OrdersFirstPage)->Unit(benchmark::kMillisecond);

void BM_InvoicesFirstPage(benchmark::State& state) {
    Fixture& f = fixture();
    if (!f.ok)
        return skipWithError(state, "no database to measure");
    services::InvoiceListQuery query;
    query.limit = 50;
    for (auto _ : state)
        if (!f.services->invoices().list(kAdmin, query))
            return skipWithError(state, "invoices list failed");
}
BENCHMARK(BM_InvoicesFirstPage)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Our own arguments are taken out before Google Benchmark sees the rest.
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--orders=", 9) == 0)
            g_orders = std::max(1, std::atoi(argv[i] + 9));
        else if (std::strncmp(argv[i], "--db=", 5) == 0)
            g_db = QString::fromLocal8Bit(argv[i] + 5);
        else
            argv[out++] = argv[i];
    }
    argc = out;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}
