// SPDX-License-Identifier: MIT
// quote create | update | send | revise | accept | reject | show | list
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/document_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using domain::Quotation;

namespace {

const QStringList kQuoteFields = {
    u"number"_s,      u"revision"_s,    u"status"_s,  u"customer"_s, u"customer_name"_s, u"date"_s,
    u"valid_until"_s, u"salesperson"_s, u"untaxed"_s, u"tax"_s,      u"total"_s};

Result<services::QuotationInput> inputFrom(const ParsedArgs& args) {
    services::QuotationInput in;
    in.customerCode = args.value(u"customer"_s);
    in.notes = args.value(u"notes"_s);
    auto dates = firstError({readIsoDate(args, u"date"_s, in.date),
                             readIsoDate(args, u"valid-until"_s, in.validUntil)});
    if (!dates)
        return fail(dates.error());
    auto lines = readLineSpecs(args);
    if (!lines)
        return fail(lines.error());
    in.lines = *lines;
    return in;
}

Result<Reply> quoteReply(const Result<Quotation>& q, const QString& done) {
    if (!q)
        return fail(q.error());
    return documentDoneReply(services::toJson(*q), kQuoteFields, done.arg(q->number));
}

Result<Reply> create(Session& s, const ParsedArgs& args) {
    auto in = inputFrom(args);
    if (!in)
        return fail(in.error());
    return quoteReply(s.services.quotations().create(s.actor, *in), trMsg("Created quotation %1"));
}

Result<Reply> send(Session& s, const ParsedArgs& args) {
    return quoteReply(s.services.quotations().send(s.actor, args.positional(0)),
                      trMsg("Quotation %1 is sent"));
}

Result<Reply> revise(Session& s, const ParsedArgs& args) {
    return quoteReply(s.services.quotations().revise(s.actor, args.positional(0)),
                      trMsg("Quotation %1 is a new draft revision"));
}

Result<Reply> reject(Session& s, const ParsedArgs& args) {
    return quoteReply(
        s.services.quotations().reject(s.actor, args.positional(0), args.value(u"reason"_s)),
        trMsg("Quotation %1 is rejected"));
}

Result<Reply> accept(Session& s, const ParsedArgs& args) {
    auto order = s.services.quotations().accept(s.actor, args.positional(0));
    if (!order)
        return fail(order.error());
    Reply reply = documentReply(services::toJson(*order),
                                {u"number"_s, u"status"_s, u"quotation"_s, u"customer"_s, u"date"_s,
                                 u"untaxed"_s, u"tax"_s, u"total"_s});
    reply.text = trMsg("Quotation %1 is accepted: sales order %2 (draft)")
                     .arg(order->quotationNumber, order->number) +
                 u"\n\n"_s + reply.text;
    return reply;
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto q = s.services.quotations().get(s.actor, args.positional(0));
    if (!q)
        return fail(q.error());
    auto revisions = s.services.quotations().revisions(s.actor, q->number);
    if (!revisions)
        return fail(revisions.error());
    QJsonObject json = services::toJson(*q);
    QJsonArray kept;
    for (const domain::QuotationRevision& r : *revisions)
        kept.append(services::toJson(r));
    json.insert(u"revisions"_s, kept);
    return documentReply(json, kQuoteFields);
}

QJsonObject rowJson(const services::QuotationRow& r) {
    return {{u"number"_s, r.number},
            {u"revision"_s, r.revision},
            {u"status"_s, r.status},
            {u"customer"_s, r.customerCode},
            {u"customer_name"_s, r.customerName},
            {u"date"_s, r.date.toString(Qt::ISODate)},
            {u"valid_until"_s, r.validUntil.toString(Qt::ISODate)},
            {u"salesperson"_s, r.salesperson},
            {u"total"_s, r.total.toPlainString()},
            {u"order"_s, r.orderNumber.isEmpty() ? QJsonValue() : QJsonValue(r.orderNumber)}};
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    auto base = readListQuery(args);
    if (!base)
        return fail(base.error());
    services::QuotationListQuery query;
    static_cast<storage::ListQuery&>(query) = *base;
    query.sortKey = u"number"_s;
    query.descending = true;
    query.customerCode = args.value(u"customer"_s).trimmed().toUpper();
    query.status = args.value(u"status"_s).trimmed().toLower();
    auto rows = s.services.quotations().list(s.actor, query);
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    for (const services::QuotationRow& r : *rows)
        array.append(rowJson(r));
    return listReply(array, {{trMsg("Number"), u"number"_s},
                             {trMsg("Rev."), u"revision"_s, true},
                             {trMsg("Status"), u"status"_s},
                             {trMsg("Customer"), u"customer"_s},
                             {trMsg("Date"), u"date"_s},
                             {trMsg("Valid until"), u"valid_until"_s},
                             {trMsg("Total"), u"total"_s, true},
                             {trMsg("Order"), u"order"_s}});
}

} // namespace

QList<Command> quoteCommands() {
    const ArgsSpec createArgs{
        {valueOption(u"customer"_s, u"C"_s, true),
         valueOption(u"line"_s, u"SKU:QTY[@PRICE][-DISC%]"_s), valueOption(u"date"_s, u"DATE"_s),
         valueOption(u"valid-until"_s, u"DATE"_s), valueOption(u"notes"_s, u"TEXT"_s)},
        0,
        0};
    const ArgsSpec numberArgs{{}, 1, 1};
    const ArgsSpec rejectArgs{{valueOption(u"reason"_s, u"R"_s, true)}, 1, 1};
    const ArgsSpec listArgs{{valueOption(u"customer"_s, u"C"_s), valueOption(u"status"_s, u"S"_s),
                             valueOption(u"search"_s, u"TEXT"_s), valueOption(u"limit"_s, u"N"_s)},
                            0,
                            0};
    return {
        {{u"quote"_s, u"create"_s},
         {},
         trMsg("Create a draft quotation; --line may be repeated, prices and discounts default "
               "to the customer's price list."),
         createArgs,
         create},
        {{u"quote"_s, u"send"_s},
         u"NUMBER"_s,
         trMsg("Mark a draft quotation as sent."),
         numberArgs,
         send},
        {{u"quote"_s, u"revise"_s},
         u"NUMBER"_s,
         trMsg("Make a sent or expired quotation a new draft revision."),
         numberArgs,
         revise},
        {{u"quote"_s, u"accept"_s},
         u"NUMBER"_s,
         trMsg("Accept a quotation: creates its sales order as a draft."),
         numberArgs,
         accept},
        {{u"quote"_s, u"reject"_s},
         u"NUMBER"_s,
         trMsg("Reject a quotation, saying why."),
         rejectArgs,
         reject},
        {{u"quote"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show a quotation with its lines."),
         numberArgs,
         show},
        {{u"quote"_s, u"list"_s},
         {},
         trMsg("List quotations, newest first; --status draft|sent|accepted|rejected|expired."),
         listArgs,
         list},
    };
}

} // namespace mostrador::cli
