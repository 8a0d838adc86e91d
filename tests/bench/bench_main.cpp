// SPDX-License-Identifier: MIT
// Benchmarks of the paths that must stay fast at 100,000 customers: importing them
// from CSV (< 5 s), searching or paging them (< 50 ms), and exporting them.
// `--customers=N` changes the size (the ctest smoke run uses a small one).
#include "bench_data.h"
#include "reports/list_export.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstring>
#include <memory>

using namespace mostrador;

namespace {

int g_customers = 100000;
bool g_failed = false; // makes the exit status fail, so the ctest smoke run can fail

void skipWithError(benchmark::State& state, const char* why) {
    g_failed = true;
    state.SkipWithError(why);
}

const domain::Actor kAdmin{0, QStringLiteral("admin"), domain::Role::Admin};

// A folder with the generated CSV and a database into which it was imported, made
// once and shared by the search and list benchmarks.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<services::Services> services;
    QString csvPath;
    bool ok = false;

    Fixture() {
        csvPath = dir.filePath(QStringLiteral("customers.csv"));
        if (!bench::writeFile(csvPath, bench::customerCsv(g_customers)))
            return;
        auto opened = services::Services::open(dir.filePath(QStringLiteral("bench.db")));
        if (!opened)
            return;
        services = std::move(*opened);
        auto r = services->imports().importCustomers(kAdmin, csvPath, false);
        ok = r && r->imported == g_customers;
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void BM_ImportCustomers(benchmark::State& state) {
    const QString csv = fixture().csvPath;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto opened = services::Services::open(dir.filePath(QStringLiteral("import.db")));
        if (!opened) {
            skipWithError(state, "cannot open the database");
            break;
        }
        state.ResumeTiming();
        auto r = (*opened)->imports().importCustomers(kAdmin, csv, false);
        if (!r || r->imported != g_customers) {
            skipWithError(state, "the import failed");
            break;
        }
        state.PauseTiming();
        opened->reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = g_customers;
}

void runList(benchmark::State& state, const storage::ListQuery& query) {
    if (!fixture().ok) {
        skipWithError(state, "the fixture import failed");
        return;
    }
    auto& customers = fixture().services->customers();
    qsizetype found = 0;
    for (auto _ : state) {
        auto rows = customers.list(kAdmin, query);
        if (!rows) {
            skipWithError(state, "list failed");
            break;
        }
        found = rows->size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["found"] = double(found);
}

void BM_SearchCustomers(benchmark::State& state, const char* text) {
    storage::ListQuery q;
    q.search = QString::fromUtf8(text);
    q.sortKey = QStringLiteral("name");
    q.limit = 50;
    runList(state, q);
}

void BM_ListFirstPageByName(benchmark::State& state) {
    storage::ListQuery q;
    q.sortKey = QStringLiteral("name");
    q.limit = 50;
    runList(state, q);
}

void BM_ExportCustomersCsv(benchmark::State& state) {
    if (!fixture().ok) {
        skipWithError(state, "the fixture import failed");
        return;
    }
    const QString path = fixture().dir.filePath(QStringLiteral("export.csv"));
    for (auto _ : state) {
        auto written = reports::exportCustomers(*fixture().services, kAdmin, path);
        if (!written || *written != g_customers) {
            skipWithError(state, "the export failed");
            break;
        }
    }
}

// One user action at a time: each customer created in its own transaction through the
// ordinary service path (checks, number series, audit), as the editor does.
void BM_CreateCustomerThroughService(benchmark::State& state) {
    QTemporaryDir dir;
    auto opened = services::Services::open(dir.filePath(QStringLiteral("create.db")));
    if (!opened) {
        skipWithError(state, "cannot open the database");
        return;
    }
    auto& customers = (*opened)->customers();
    int i = 0;
    for (auto _ : state) {
        domain::Customer c;
        c.name = QStringLiteral("Cliente %1").arg(++i);
        c.taxId = QStringLiteral("B%1").arg(i, 8, 10, QLatin1Char('0'));
        if (!customers.create(kAdmin, c)) {
            skipWithError(state, "create failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

// Reads and removes our own `--customers=N` before Google Benchmark sees the arguments.
void takeSizeArgument(int& argc, char** argv) {
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--customers=", 12) == 0)
            g_customers = std::max(1, std::atoi(argv[i] + 12));
        else
            argv[out++] = argv[i];
    }
    argc = out;
}

} // namespace

BENCHMARK(BM_ImportCustomers)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK_CAPTURE(BM_SearchCustomers, three_letters, "gar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCustomers, word, "ferreteria")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCustomers, two_words, "tall mart")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchCustomers, code, "CU0500")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListFirstPageByName)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CreateCustomerThroughService)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExportCustomersCsv)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    takeSizeArgument(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}
