// SPDX-License-Identifier: MIT
// import customers | products | prices · export customers | products | orders | invoices
#include "cli/command.h"
#include "cli/output.h"
#include "reports/list_export.h"

#include <QFileInfo>

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using services::ImportReport;

namespace {

QJsonObject reportJson(const ImportReport& report, bool dryRun) {
    QJsonArray errors;
    for (const services::ImportIssue& issue : report.errors)
        errors.append(QJsonObject{
            {u"line"_s, issue.line}, {u"column"_s, issue.column}, {u"message"_s, issue.message}});
    return {{u"imported"_s, report.imported},
            {u"rows"_s, report.rows},
            {u"dry_run"_s, dryRun},
            {u"errors"_s, errors}};
}

QString reportText(const ImportReport& report, bool dryRun) {
    QStringList lines;
    for (const services::ImportIssue& issue : report.errors)
        lines.append(
            issue.column.isEmpty()
                ? trMsg("line %1: %2").arg(issue.line).arg(issue.message)
                : trMsg("line %1, column %2: %3").arg(issue.line).arg(issue.column, issue.message));
    if (!report.ok())
        lines.append(trMsg("Nothing imported: %1 bad rows of %2")
                         .arg(report.errors.size())
                         .arg(report.rows));
    else if (dryRun)
        lines.append(
            trMsg("Checked %1 rows: all good (dry run, nothing imported)").arg(report.rows));
    else
        lines.append(trMsg("Imported %1 rows").arg(report.imported));
    return lines.join(u'\n');
}

// A file with bad rows is a refusal (exit 1) whose answer is still the report; a file
// that cannot be used at all comes back from the service as an Error.
Reply reportReply(const ImportReport& report, bool dryRun) {
    return {reportJson(report, dryRun), reportText(report, dryRun), report.ok() ? 0 : 1};
}

Result<Reply> importCustomers(Session& s, const ParsedArgs& args) {
    const bool dryRun = args.has(u"dry-run"_s);
    auto report = s.services.imports().importCustomers(s.actor, args.positional(0), dryRun);
    if (!report)
        return fail(report.error());
    return reportReply(*report, dryRun);
}

Result<Reply> importProducts(Session& s, const ParsedArgs& args) {
    const bool dryRun = args.has(u"dry-run"_s);
    auto report = s.services.imports().importProducts(s.actor, args.positional(0), dryRun);
    if (!report)
        return fail(report.error());
    return reportReply(*report, dryRun);
}

Result<Reply> importPrices(Session& s, const ParsedArgs& args) {
    const bool dryRun = args.has(u"dry-run"_s);
    auto report = s.services.imports().importPrices(s.actor, args.positional(0), dryRun);
    if (!report)
        return fail(report.error());
    return reportReply(*report, dryRun);
}

using Exporter = Result<int> (*)(services::Services&, const domain::Actor&, const QString&);

Result<Reply> exportWith(Exporter exporter, Session& s, const ParsedArgs& args) {
    const QString path = args.positional(0);
    auto rows = exporter(s.services, s.actor, path);
    if (!rows)
        return fail(rows.error());
    const QString file = QFileInfo(path).absoluteFilePath();
    return doneReply({{u"exported"_s, *rows}, {u"file"_s, file}},
                     trMsg("Exported %1 rows to %2").arg(*rows).arg(file));
}

Result<Reply> exportCustomers(Session& s, const ParsedArgs& args) {
    return exportWith(reports::exportCustomers, s, args);
}

Result<Reply> exportProducts(Session& s, const ParsedArgs& args) {
    return exportWith(reports::exportProducts, s, args);
}

Result<Reply> exportOrders(Session& s, const ParsedArgs& args) {
    return exportWith(reports::exportOrders, s, args);
}

Result<Reply> exportInvoices(Session& s, const ParsedArgs& args) {
    return exportWith(reports::exportInvoices, s, args);
}

} // namespace

QList<Command> transferCommands() {
    const ArgsSpec importArgs{{flagOption(u"dry-run"_s)}, 1, 1};
    const ArgsSpec exportArgs{{}, 1, 1};
    return {
        {{u"import"_s, u"customers"_s},
         u"FILE.csv"_s,
         trMsg("Import customers from CSV, all or nothing."),
         importArgs,
         importCustomers},
        {{u"import"_s, u"products"_s},
         u"FILE.csv"_s,
         trMsg("Import products from CSV, all or nothing."),
         importArgs,
         importProducts},
        {{u"import"_s, u"prices"_s},
         u"FILE.csv"_s,
         trMsg("Import price rules from CSV (price_list,sku,category,customer,min_qty,price,"
               "discount,from,to), all or nothing."),
         importArgs,
         importPrices},
        {{u"export"_s, u"customers"_s},
         u"FILE.(csv|xlsx)"_s,
         trMsg("Export every customer to CSV (re-importable) or XLSX."),
         exportArgs,
         exportCustomers},
        {{u"export"_s, u"products"_s},
         u"FILE.(csv|xlsx)"_s,
         trMsg("Export every product with its stock to CSV (re-importable) or XLSX."),
         exportArgs,
         exportProducts},
        {{u"export"_s, u"orders"_s},
         u"FILE.(csv|xlsx)"_s,
         trMsg("Export every sales order (number, status, customer, dates, salesperson, "
               "untaxed, tax, total) to CSV or XLSX."),
         exportArgs,
         exportOrders},
        {{u"export"_s, u"invoices"_s},
         u"FILE.(csv|xlsx)"_s,
         trMsg("Export every invoice (… due date, untaxed, tax, total, paid, balance) to CSV "
               "or XLSX."),
         exportArgs,
         exportInvoices},
    };
}

} // namespace mostrador::cli
