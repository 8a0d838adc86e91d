// SPDX-License-Identifier: MIT
// shipment create | show | list
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/fulfilment_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

const QStringList kShipmentFields = {u"number"_s,   u"order"_s,         u"customer"_s,
                                     u"date"_s,     u"carrier"_s,       u"tracking"_s,
                                     u"packages"_s, u"freight_terms"_s, u"weight"_s};

// `--line SKU:QTY`: what to ship takes no price or discount.
Result<QList<services::ShipLineInput>> readShipLines(const ParsedArgs& args) {
    auto specs = readLineSpecs(args);
    if (!specs)
        return fail(specs.error());
    QList<services::ShipLineInput> lines;
    for (qsizetype i = 0; i < specs->size(); ++i) {
        const services::LineInput& spec = specs->at(i);
        if (spec.unitPrice || spec.discount)
            return fail(optionError(
                u"line"_s, Error::invalid(u"line.invalid"_s,
                                          trMsg("Line %1: a shipment line is SKU:QTY, with no "
                                                "price or discount")
                                              .arg(i + 1),
                                          u"lines[%1]"_s.arg(i))));
        lines.append({spec.sku, spec.qty});
    }
    return lines;
}

Result<services::ShipmentInput> inputFrom(const ParsedArgs& args) {
    services::ShipmentInput in;
    in.orderNumber = args.positional(0);
    in.carrier = args.value(u"carrier"_s);
    in.tracking = args.value(u"tracking"_s);
    in.notes = args.value(u"notes"_s);
    if (args.has(u"freight"_s))
        in.freightTerms = args.value(u"freight"_s).trimmed().toLower();
    if (auto ok = firstError({readIsoDate(args, u"date"_s, in.date),
                              readInt(args, u"packages"_s, 1, 100000, in.packages)});
        !ok)
        return fail(ok.error());
    auto lines = readShipLines(args);
    if (!lines)
        return fail(lines.error());
    in.lines = *lines;
    return in;
}

Reply shipmentReply(const domain::Shipment& shipment) {
    return documentReply(services::toJson(shipment), kShipmentFields);
}

Result<Reply> create(Session& s, const ParsedArgs& args) {
    auto in = inputFrom(args);
    if (!in)
        return fail(in.error());
    auto shipment = s.services.shipments().create(s.actor, *in);
    if (!shipment)
        return fail(shipment.error());
    Reply reply = shipmentReply(*shipment);
    reply.text = trMsg("Shipped %1 for order %2").arg(shipment->number, shipment->orderNumber) +
                 u"\n\n"_s + reply.text;
    return reply;
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto shipment = s.services.shipments().get(s.actor, args.positional(0));
    if (!shipment)
        return fail(shipment.error());
    return shipmentReply(*shipment);
}

QJsonObject rowJson(const services::ShipmentRow& r) {
    return {{u"number"_s, r.number},
            {u"order"_s, r.orderNumber},
            {u"customer"_s, r.customerCode},
            {u"customer_name"_s, r.customerName},
            {u"date"_s, r.date.toString(Qt::ISODate)},
            {u"carrier"_s, r.carrier},
            {u"tracking"_s, r.tracking},
            {u"packages"_s, r.packages},
            {u"weight"_s, r.weightKg.toPlainString()},
            {u"shipped_by"_s, r.shippedBy}};
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    auto base = readListQuery(args);
    if (!base)
        return fail(base.error());
    services::ShipmentListQuery query;
    static_cast<storage::ListQuery&>(query) = *base;
    query.sortKey = u"number"_s;
    query.descending = true;
    query.customerCode = args.value(u"customer"_s).trimmed().toUpper();
    query.orderNumber = args.value(u"order"_s).trimmed().toUpper();
    query.carrier = args.value(u"carrier"_s).trimmed();
    if (auto ok = firstError(
            {readIsoDate(args, u"from"_s, query.from), readIsoDate(args, u"to"_s, query.to)});
        !ok)
        return fail(ok.error());
    auto rows = s.services.shipments().list(s.actor, query);
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    for (const services::ShipmentRow& r : *rows)
        array.append(rowJson(r));
    return listReply(array, {{trMsg("Number"), u"number"_s},
                             {trMsg("Order"), u"order"_s},
                             {trMsg("Customer"), u"customer"_s},
                             {trMsg("Date"), u"date"_s},
                             {trMsg("Carrier"), u"carrier"_s},
                             {trMsg("Tracking"), u"tracking"_s},
                             {trMsg("Packages"), u"packages"_s, true},
                             {trMsg("Weight (kg)"), u"weight"_s, true}});
}

} // namespace

QList<Command> shipmentCommands() {
    const ArgsSpec createArgs{
        {valueOption(u"line"_s, u"SKU:QTY"_s), valueOption(u"carrier"_s, u"C"_s),
         valueOption(u"tracking"_s, u"T"_s), valueOption(u"packages"_s, u"N"_s),
         valueOption(u"freight"_s, u"prepaid|collect"_s), valueOption(u"date"_s, u"DATE"_s),
         valueOption(u"notes"_s, u"TEXT"_s)},
        1,
        1};
    const ArgsSpec numberArgs{{}, 1, 1};
    const ArgsSpec listArgs{{valueOption(u"customer"_s, u"C"_s),
                             valueOption(u"order"_s, u"NUMBER"_s),
                             valueOption(u"carrier"_s, u"C"_s), valueOption(u"from"_s, u"DATE"_s),
                             valueOption(u"to"_s, u"DATE"_s), valueOption(u"search"_s, u"TEXT"_s),
                             valueOption(u"limit"_s, u"N"_s)},
                            0,
                            0};
    return {
        {{u"shipment"_s, u"create"_s},
         u"ORDER"_s,
         trMsg("Ship an order: every remaining quantity, or the --line SKU:QTY given (repeat it)."),
         createArgs,
         create},
        {{u"shipment"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show a shipment with its lines and weights."),
         numberArgs,
         show},
        {{u"shipment"_s, u"list"_s},
         {},
         trMsg("List shipments, newest first; filter by --customer, --order, --carrier, dates."),
         listArgs,
         list},
    };
}

} // namespace mostrador::cli
