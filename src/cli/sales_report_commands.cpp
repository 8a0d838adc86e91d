// SPDX-License-Identifier: MIT
// report sales: sales, cost and margin by customer, product, salesperson or month
// (issue 6). The other reports are in report_commands.cpp.
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/report_output.h"
#include "cli/values.h"
#include "services/sales_report_json.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

Result<services::SalesGrouping> groupingOf(const ParsedArgs& args) {
    const QString text = args.value(u"by"_s, u"customer"_s).trimmed().toLower();
    if (auto by = services::salesGroupingFrom(text))
        return *by;
    return fail(Error::invalid(u"report.by"_s,
                               trMsg("Unknown grouping “%1”: use customer, product, salesperson "
                                     "or month")
                                   .arg(text),
                               u"by"_s));
}

QList<ReportColumn> columnsFor(services::SalesGrouping by) {
    using services::SalesGrouping;
    const QString key = services::salesKeyField(by);
    QList<ReportColumn> columns;
    switch (by) {
    case SalesGrouping::Customer:
        columns = {{trMsg("Customer"), key}, {trMsg("Name"), u"name"_s}};
        break;
    case SalesGrouping::Product:
        columns = {{trMsg("SKU"), key},
                   {trMsg("Product"), u"name"_s},
                   {trMsg("Quantity"), u"qty"_s, reports::ColumnKind::Quantity}};
        break;
    case SalesGrouping::Salesperson:
        columns = {{trMsg("Salesperson"), key}};
        break;
    case SalesGrouping::Month:
        columns = {{trMsg("Month"), key}};
        break;
    }
    columns += {{trMsg("Sales"), u"sales"_s, reports::ColumnKind::Money},
                {trMsg("Cost"), u"cost"_s, reports::ColumnKind::Money},
                {trMsg("Margin"), u"margin"_s, reports::ColumnKind::Money}};
    return columns;
}

QString titleOf(const services::SalesReportQuery& query) {
    QString title = trMsg("Sales");
    if (query.from.isValid())
        title += u' ' + trMsg("from %1").arg(query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        title += u' ' + trMsg("to %1").arg(query.to.toString(Qt::ISODate));
    if (!query.salesperson.isEmpty())
        title += u' ' + trMsg("by %1").arg(query.salesperson);
    return title;
}

Result<Reply> sales(Session& s, const ParsedArgs& args) {
    services::SalesReportQuery query;
    if (auto ok = firstError(
            {readIsoDate(args, u"from"_s, query.from), readIsoDate(args, u"to"_s, query.to)});
        !ok)
        return fail(ok.error());
    auto by = groupingOf(args);
    if (!by)
        return fail(by.error());
    query.by = *by;
    query.salesperson = args.value(u"salesperson"_s).trimmed();
    auto report = s.services.reports().sales(s.actor, query);
    if (!report)
        return fail(report.error());
    return reportReply(s, args, services::toJson(*report), columnsFor(query.by), titleOf(query));
}

} // namespace

QList<Command> salesReportCommands() {
    const ArgsSpec args{{valueOption(u"from"_s, u"DATE"_s), valueOption(u"to"_s, u"DATE"_s),
                         valueOption(u"by"_s, u"customer|product|salesperson|month"_s),
                         valueOption(u"salesperson"_s, u"NAME"_s), reportOutOption()},
                        0,
                        0};
    return {
        {{u"report"_s, u"sales"_s},
         {},
         trMsg("Untaxed sales net of credit notes, cost and margin by customer (default), "
               "product, salesperson or month, dated --from/--to, with the total; "
               "--salesperson narrows to one (a sales user sees only their own)."),
         args,
         sales},
    };
}

} // namespace mostrador::cli
