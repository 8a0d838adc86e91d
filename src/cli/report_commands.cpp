// SPDX-License-Identifier: MIT
// report backlog | demand | stock (the managers' and planners' reports, issue 6)
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/report_output.h"
#include "cli/values.h"
#include "services/planning_json.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

using reports::ColumnKind;

Result<Reply> backlog(Session& s, const ParsedArgs& args) {
    services::BacklogQuery query;
    query.customerCode = args.value(u"customer"_s);
    query.sku = args.value(u"sku"_s);
    if (auto ok = firstError({readIsoDate(args, u"from"_s, query.requestedFrom),
                              readIsoDate(args, u"to"_s, query.requestedTo)});
        !ok)
        return fail(ok.error());
    auto report = s.services.reports().backlog(s.actor, query);
    if (!report)
        return fail(report.error());
    return reportReply(s, args, services::toJson(*report),
                       {{trMsg("Order"), u"order"_s},
                        {trMsg("Customer"), u"customer"_s},
                        {trMsg("Name"), u"customer_name"_s},
                        {trMsg("SKU"), u"sku"_s},
                        {trMsg("Product"), u"name"_s},
                        {trMsg("Requested"), u"requested_date"_s},
                        {trMsg("Quantity"), u"qty"_s, ColumnKind::Quantity},
                        {trMsg("Value"), u"value"_s, ColumnKind::Money}},
                       trMsg("Order backlog: confirmed and not yet shipped"));
}

Result<Reply> demand(Session& s, const ParsedArgs& args) {
    QDate today;
    if (auto ok = readIsoDate(args, u"as-of"_s, today); !ok)
        return fail(ok.error());
    auto rows = s.services.reports().demand(s.actor, today);
    if (!rows)
        return fail(rows.error());
    return reportReply(s, args, services::toJson(*rows),
                       {{trMsg("SKU"), u"sku"_s},
                        {trMsg("Product"), u"name"_s},
                        {trMsg("Week of"), u"week"_s},
                        {trMsg("Demand"), u"demand"_s, ColumnKind::Quantity},
                        {trMsg("On hand"), u"on_hand"_s, ColumnKind::Quantity},
                        {trMsg("Available"), u"available"_s, ColumnKind::Quantity},
                        {trMsg("Shortfall"), u"shortfall"_s, ColumnKind::Quantity}},
                       trMsg("Production demand by week"));
}

Result<Reply> stock(Session& s, const ParsedArgs& args) {
    auto report = s.services.reports().stockValuation(s.actor);
    if (!report)
        return fail(report.error());
    return reportReply(s, args, services::toJson(*report),
                       {{trMsg("SKU"), u"sku"_s},
                        {trMsg("Product"), u"name"_s},
                        {trMsg("Category"), u"category"_s},
                        {trMsg("On hand"), u"on_hand"_s, ColumnKind::Quantity},
                        {trMsg("Unit cost"), u"unit_cost"_s, ColumnKind::UnitPrice},
                        {trMsg("Value"), u"value"_s, ColumnKind::Money}},
                       trMsg("Stock valuation at standard cost"));
}

} // namespace

QList<Command> reportCommands() {
    const ArgsSpec backlogArgs{{valueOption(u"from"_s, u"DATE"_s), valueOption(u"to"_s, u"DATE"_s),
                                valueOption(u"customer"_s, u"C"_s), valueOption(u"sku"_s, u"S"_s),
                                reportOutOption()},
                               0,
                               0};
    const ArgsSpec demandArgs{{valueOption(u"as-of"_s, u"DATE"_s), reportOutOption()}, 0, 0};
    return {
        {{u"report"_s, u"backlog"_s},
         {},
         trMsg("Order lines confirmed and not yet shipped, by requested date (--from/--to "
               "bound it), with their untaxed value and the total."),
         backlogArgs,
         backlog},
        {{u"report"_s, u"demand"_s},
         {},
         trMsg("What the backlog wants of each stocked product by week (late lines count in "
               "this week, or that of --as-of), against stock on hand, with the shortfall."),
         demandArgs,
         demand},
        {{u"report"_s, u"stock"_s},
         {},
         trMsg("Stock on hand of each stocked product at standard cost, by category, with the "
               "total."),
         {{reportOutOption()}, 0, 0},
         stock},
    };
}

} // namespace mostrador::cli
