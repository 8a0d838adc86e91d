// SPDX-License-Identifier: MIT
#include "services/import_service.h"

#include "domain/numbering.h"
#include "services/csv_reader.h"
#include "services/customer_import.h"
#include "services/customer_service.h"
#include "services/price_import.h"
#include "services/product_import.h"
#include "services/product_service.h"
#include "storage/customer_repository.h"
#include "storage/database.h"
#include "storage/import_lookup.h"
#include "storage/number_series_repository.h"
#include "storage/price_list_repository.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonObject>

namespace mostrador::services {

using domain::Actor;
using domain::Permission;

namespace {

constexpr int kProgressStep = 500;

Status requireAll(const Actor& actor, std::initializer_list<Permission> permissions) {
    for (Permission p : permissions)
        if (auto ok = actor.require(p); !ok)
            return ok;
    return {};
}

Result<import::ImportTable> readTable(const QString& path, const import::ColumnSpec& spec) {
    auto records = readCsvFile(path);
    if (!records)
        return fail(records.error());
    return import::ImportTable::from(std::move(*records), spec);
}

Error cancelledError() {
    return Error::rule(QStringLiteral("import.cancelled"), trMsg("The import was cancelled"));
}

// What one import writes: the rows; a first step inside the transaction that may find
// more issues (say, numbers the series hands out that are taken); how to write one
// row; and how the import is audited.
template <class Line> struct WritePlan {
    QList<Line>& lines;
    std::function<Status(QList<ImportIssue>&)> begin;
    std::function<Status(const Line&)> create;
    std::function<Status()> end; // after the last row, before the audit entry
    QString (*columnOf)(const QString& field);
    QString entity;
    QString fileName;
};

// Writes every row in one transaction. A row refused at this stage (say, a code taken
// by another workstation since the check) becomes an issue on its line and nothing is
// kept; so does a cancel from the progress callback.
template <class Line>
Result<ImportReport> writeAll(ServiceContext& ctx, const Actor& actor, const WritePlan<Line>& plan,
                              ImportReport report, const ImportProgress& progress) {
    QList<ImportIssue> refused;
    bool cancelled = false;
    const int total = int(plan.lines.size());
    const auto keepGoing = [&](int done) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    auto written = inTransaction(ctx.db, [&]() -> Result<int> {
        if (auto ok = plan.begin(refused); !ok)
            return fail(ok.error());
        for (int i = 0; i < total; ++i) {
            if (i % kProgressStep == 0 && !keepGoing(i))
                return fail(cancelledError());
            if (auto ok = plan.create(plan.lines[i]); !ok) {
                const auto kind = ok.error().kind;
                if (kind == ErrorKind::Invalid || kind == ErrorKind::Rule)
                    refused.append(
                        {plan.lines[i].line, plan.columnOf(ok.error().field), ok.error().message});
                return fail(ok.error());
            }
        }
        if (auto ok = plan.end(); !ok) {
            if (ok.error().kind == ErrorKind::Rule && total > 0)
                refused.append({plan.lines.last().line, QString(), ok.error().message});
            return fail(ok.error());
        }
        if (!keepGoing(total))
            return fail(cancelledError());
        const QJsonObject after{{QStringLiteral("imported"), total},
                                {QStringLiteral("file"), plan.fileName}};
        if (auto ok = ctx.record(actor, plan.entity + QStringLiteral(".import"), plan.entity,
                                 plan.fileName, {}, after);
            !ok)
            return fail(ok.error());
        return total;
    });
    report.cancelled = cancelled;
    report.errors.append(refused);
    if (cancelled || !refused.isEmpty())
        return report;
    if (!written)
        return fail(written.error());
    report.imported = *written;
    ctx.notifier.announce(plan.entity, QString());
    return report;
}

} // namespace

ImportService::ImportService(ServiceContext& ctx, CustomerService& customers,
                             ProductService& products)
    : m_ctx(ctx)
    , m_customers(customers)
    , m_products(products) {}

// Customers are written in batches rather than with one createInTransaction() per row:
// every rule of CustomerService was already applied to every row above, with the
// look-ups done once per file, and a hundred rows per INSERT spares the full-text index
// a flush per row (100,000 customers in under 5 s). The import is audited as one entry.
Result<ImportReport> ImportService::importCustomers(const Actor& actor, const QString& path,
                                                    bool dryRun, const ImportProgress& progress) {
    if (auto ok = requireAll(actor, {Permission::ImportData, Permission::EditCustomers}); !ok)
        return fail(ok.error());
    auto table = readTable(path, import::customerColumns());
    if (!table)
        return fail(table.error());
    storage::ImportLookup lookup(m_ctx.db);
    auto checker = import::CustomerRowChecker::load(lookup, m_ctx.currency);
    if (!checker)
        return fail(checker.error());
    ImportReport report;
    report.rows = int(table->rows().size());
    QList<import::CustomerLine> lines = checker->check(*table, report.errors);
    if (!report.errors.isEmpty() || dryRun || lines.isEmpty())
        return report;
    storage::BulkLoadScope bulk(m_ctx.db);
    storage::CustomerRepository customers(m_ctx.db, m_ctx.currency);
    QList<domain::Customer> pending;
    const auto flush = [&]() -> Status {
        auto written = customers.insertBatch(pending);
        pending.clear();
        return written;
    };
    const auto add = [&](const import::CustomerLine& l) -> Status {
        pending.append(l.customer);
        return pending.size() < storage::CustomerRepository::kBatchRows ? Status() : flush();
    };
    const auto assignCodes = [&](QList<ImportIssue>& issues) -> Status {
        const int uncoded = checker->uncodedCount(lines);
        if (uncoded == 0)
            return {};
        const int year = QDate::currentDate().year();
        auto block = storage::NumberSeriesRepository(m_ctx.db).reserve(
            QString::fromUtf16(domain::series::kCustomer), year, uncoded);
        if (!block)
            return fail(block.error());
        checker->assignCodes(
            lines,
            [&](qint64 n) {
                return domain::formatDocumentNumber(block->format, year, block->first + n);
            },
            issues);
        return issues.isEmpty()
                   ? Status()
                   : fail(Error::rule(QStringLiteral("import.code_taken"), issues.first().message));
    };
    const WritePlan<import::CustomerLine> plan{lines,
                                               assignCodes,
                                               add,
                                               flush,
                                               import::customerColumnOf,
                                               QStringLiteral("customer"),
                                               QFileInfo(path).fileName()};
    return writeAll(m_ctx, actor, plan, std::move(report), progress);
}

Result<ImportReport> ImportService::importProducts(const Actor& actor, const QString& path,
                                                   bool dryRun, const ImportProgress& progress) {
    if (auto ok = requireAll(actor, {Permission::ImportData, Permission::EditProducts}); !ok)
        return fail(ok.error());
    auto table = readTable(path, import::productColumns());
    if (!table)
        return fail(table.error());
    storage::ImportLookup lookup(m_ctx.db);
    auto checker = import::ProductRowChecker::load(lookup);
    if (!checker)
        return fail(checker.error());
    ImportReport report;
    report.rows = int(table->rows().size());
    QList<import::ProductLine> lines = checker->check(*table, report.errors);
    if (!report.errors.isEmpty() || dryRun || lines.isEmpty())
        return report;
    const WritePlan<import::ProductLine> plan{lines,
                                              [](QList<ImportIssue>&) { return Status(); },
                                              [&](const import::ProductLine& l) -> Status {
                                                  auto created = m_products.createInTransaction(
                                                      actor, l.product, l.initialStock);
                                                  return created ? Status() : fail(created.error());
                                              },
                                              [] { return Status(); },
                                              import::productColumnOf,
                                              QStringLiteral("product"),
                                              QFileInfo(path).fileName()};
    return writeAll(m_ctx, actor, plan, std::move(report), progress);
}

// Rules are written straight through the repository: every check of
// PriceListService::addRule was applied to every row above, with the look-ups done once
// per file. The import is audited as one entry.
Result<ImportReport> ImportService::importPrices(const Actor& actor, const QString& path,
                                                 bool dryRun, const ImportProgress& progress) {
    if (auto ok = requireAll(actor, {Permission::ImportData, Permission::ManagePrices}); !ok)
        return fail(ok.error());
    auto table = readTable(path, import::priceColumns());
    if (!table)
        return fail(table.error());
    storage::ImportLookup lookup(m_ctx.db);
    auto checker = import::PriceRowChecker::load(lookup);
    if (!checker)
        return fail(checker.error());
    ImportReport report;
    report.rows = int(table->rows().size());
    QList<import::PriceRuleLine> lines = checker->check(*table, report.errors);
    if (!report.errors.isEmpty() || dryRun || lines.isEmpty())
        return report;
    storage::PriceListRepository prices(m_ctx.db);
    const WritePlan<import::PriceRuleLine> plan{lines,
                                                [](QList<ImportIssue>&) { return Status(); },
                                                [&](const import::PriceRuleLine& l) -> Status {
                                                    auto id = prices.upsertRule(l.rule);
                                                    return id ? Status() : fail(id.error());
                                                },
                                                [] { return Status(); },
                                                import::priceColumnOf,
                                                QStringLiteral("price_rule"),
                                                QFileInfo(path).fileName()};
    return writeAll(m_ctx, actor, plan, std::move(report), progress);
}

} // namespace mostrador::services
