// SPDX-License-Identifier: MIT
#include "services/import_service.h"

#include "services/csv_reader.h"
#include "services/customer_import.h"
#include "services/customer_service.h"
#include "services/product_import.h"
#include "services/product_service.h"
#include "storage/import_lookup.h"

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

// What one import writes: the rows, how to create one, and how it is audited.
template <class Line> struct WritePlan {
    QList<Line>& lines;
    std::function<Status(const Line&)> create;
    QString (*columnOf)(const QString& field);
    QString entity;
    QString fileName;
};

// Writes every row in one transaction. A row the service still refuses (say, a code
// taken by another workstation since the check) becomes an issue on its line, and
// nothing is kept; so does a cancel from the progress callback.
template <class Line>
Result<ImportReport> writeAll(ServiceContext& ctx, const Actor& actor, const WritePlan<Line>& plan,
                              ImportReport report, const ImportProgress& progress) {
    std::optional<ImportIssue> refused;
    bool cancelled = false;
    const int total = int(plan.lines.size());
    const auto keepGoing = [&](int done) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    auto written = inTransaction(ctx.db, [&]() -> Result<int> {
        for (int i = 0; i < total; ++i) {
            if (i % kProgressStep == 0 && !keepGoing(i))
                return fail(Error::rule(QStringLiteral("import.cancelled"), trMsg("Cancelled")));
            if (auto ok = plan.create(plan.lines[i]); !ok) {
                const auto kind = ok.error().kind;
                if (kind == ErrorKind::Invalid || kind == ErrorKind::Rule)
                    refused = ImportIssue{plan.lines[i].line, plan.columnOf(ok.error().field),
                                          ok.error().message};
                return fail(ok.error());
            }
        }
        if (!keepGoing(total))
            return fail(Error::rule(QStringLiteral("import.cancelled"), trMsg("Cancelled")));
        const QJsonObject after{{QStringLiteral("imported"), total},
                                {QStringLiteral("file"), plan.fileName}};
        if (auto ok = ctx.record(actor, plan.entity + QStringLiteral(".import"), plan.entity,
                                 plan.fileName, {}, after);
            !ok)
            return fail(ok.error());
        return total;
    });
    report.cancelled = cancelled;
    if (refused)
        report.errors.append(*refused);
    if (cancelled || refused)
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
    const WritePlan<import::CustomerLine> plan{
        lines,
        [&](const import::CustomerLine& l) -> Status {
            auto created = m_customers.createInTransaction(actor, l.customer);
            return created ? Status() : fail(created.error());
        },
        import::customerColumnOf, QStringLiteral("customer"), QFileInfo(path).fileName()};
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
    const WritePlan<import::ProductLine> plan{
        lines,
        [&](const import::ProductLine& l) -> Status {
            auto created = m_products.createInTransaction(actor, l.product, l.initialStock);
            return created ? Status() : fail(created.error());
        },
        import::productColumnOf, QStringLiteral("product"), QFileInfo(path).fileName()};
    return writeAll(m_ctx, actor, plan, std::move(report), progress);
}

} // namespace mostrador::services
