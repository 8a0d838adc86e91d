// SPDX-License-Identifier: MIT
// return create | show | list · credit-note show | list | allocate | refund
#include "cli/allocation_args.h"
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/receivables_json.h"
#include "services/returns_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

const QStringList kReturnFields = {u"number"_s,   u"shipment"_s,      u"order"_s,
                                   u"customer"_s, u"customer_name"_s, u"date"_s,
                                   u"reason"_s,   u"damaged"_s,       u"credit_note"_s};
const QStringList kNoteFields = {u"number"_s,  u"status"_s, u"customer"_s, u"customer_name"_s,
                                 u"date"_s,    u"return"_s, u"reason"_s,   u"invoices"_s,
                                 u"untaxed"_s, u"tax"_s,    u"total"_s,    u"unallocated"_s};

// `--line SKU:QTY`, repeatable: what comes back takes no price or discount.
Result<QList<services::ReturnLineRequest>> readReturnLines(const ParsedArgs& args) {
    auto specs = readLineSpecs(args);
    if (!specs)
        return fail(specs.error());
    QList<services::ReturnLineRequest> lines;
    for (qsizetype i = 0; i < specs->size(); ++i) {
        const services::LineInput& spec = specs->at(i);
        if (spec.unitPrice || spec.discount)
            return fail(optionError(
                u"line"_s, Error::invalid(u"line.invalid"_s,
                                          trMsg("Line %1: a returned line is SKU:QTY, with no "
                                                "price or discount")
                                              .arg(i + 1),
                                          u"lines[%1]"_s.arg(i))));
        lines.append({spec.sku, spec.qty});
    }
    return lines;
}

Reply returnReply(const domain::Return& ret, const QString& done = {}) {
    const QJsonObject json = services::toJson(ret);
    QJsonObject header = json;
    header.remove(u"lines"_s);
    QString text = renderFields(header, kReturnFields) + u'\n' +
                   renderTable(json.value(u"lines"_s).toArray(),
                               {{trMsg("SKU"), u"sku"_s},
                                {trMsg("Description"), u"description"_s},
                                {trMsg("Qty"), u"qty"_s, true},
                                {trMsg("Credited"), u"credited_qty"_s, true}});
    if (!done.isEmpty())
        text = done + u"\n\n"_s + text;
    return {json, text, 0};
}

Result<Reply> create(Session& s, const ParsedArgs& args) {
    services::ReturnInput in;
    in.shipmentNumber = args.value(u"shipment"_s);
    in.reason = args.value(u"reason"_s, trMsg("Customer return"));
    in.damaged = args.has(u"damaged"_s);
    if (auto ok = readIsoDate(args, u"date"_s, in.date); !ok)
        return fail(ok.error());
    auto lines = readReturnLines(args);
    if (!lines)
        return fail(lines.error());
    in.lines = *lines;
    auto ret = s.services.returns().create(s.actor, in);
    if (!ret)
        return fail(ret.error());
    QString done =
        trMsg("Recorded return %1 against shipment %2").arg(ret->number, ret->shipmentNumber);
    if (!ret->creditNoteNumber.isEmpty())
        done += u"; "_s + trMsg("posted credit note %1").arg(ret->creditNoteNumber);
    return returnReply(*ret, done);
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto ret = s.services.returns().get(s.actor, args.positional(0));
    if (!ret)
        return fail(ret.error());
    return returnReply(*ret);
}

Result<services::ReturnListQuery> listQuery(const ParsedArgs& args) {
    services::ReturnListQuery q;
    q.customerCode = args.value(u"customer"_s);
    q.search = args.value(u"search"_s);
    if (auto ok =
            firstError({readInt(args, u"limit"_s, 1, 10000, q.limit),
                        readIsoDate(args, u"from"_s, q.from), readIsoDate(args, u"to"_s, q.to)});
        !ok)
        return fail(ok.error());
    return q;
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    auto q = listQuery(args);
    if (!q)
        return fail(q.error());
    auto found = s.services.returns().list(s.actor, *q);
    if (!found)
        return fail(found.error());
    QJsonArray rows;
    for (const domain::Return& r : *found) {
        QJsonObject row = services::toJson(r);
        row.remove(u"lines"_s); // a list shows the headers; `show` the lines
        rows.append(row);
    }
    return listReply(rows, {{trMsg("Number"), u"number"_s},
                            {trMsg("Shipment"), u"shipment"_s},
                            {trMsg("Customer"), u"customer"_s},
                            {trMsg("Date"), u"date"_s},
                            {trMsg("Damaged"), u"damaged"_s},
                            {trMsg("Credit note"), u"credit_note"_s}});
}

Result<Reply> showNote(Session& s, const ParsedArgs& args) {
    auto note = s.services.returns().creditNote(s.actor, args.positional(0));
    if (!note)
        return fail(note.error());
    return documentReply(services::toJson(*note), kNoteFields);
}

Result<Reply> listNotes(Session& s, const ParsedArgs& args) {
    auto q = listQuery(args);
    if (!q)
        return fail(q.error());
    auto found = s.services.returns().creditNotes(s.actor, *q);
    if (!found)
        return fail(found.error());
    QJsonArray rows;
    for (const domain::CreditNote& n : *found) {
        QJsonObject row = services::toJson(n);
        for (const QString& key : {u"lines"_s, u"tax_groups"_s, u"invoices"_s})
            row.remove(key); // headers only: `show` reads the lines
        rows.append(row);
    }
    return listReply(rows, {{trMsg("Number"), u"number"_s},
                            {trMsg("Customer"), u"customer"_s},
                            {trMsg("Date"), u"date"_s},
                            {trMsg("Return"), u"return"_s},
                            {trMsg("Total"), u"total"_s, true},
                            {trMsg("Unallocated"), u"unallocated"_s, true}});
}

Result<Reply> allocate(Session& s, const ParsedArgs& args) {
    auto invoices = readAllocations(args, s.currency());
    if (!invoices)
        return fail(invoices.error());
    auto made = s.services.returns().allocate(s.actor, args.positional(0), *invoices);
    if (!made)
        return fail(made.error());
    QJsonArray rows;
    for (const domain::Allocation& a : *made)
        rows.append(services::creditAllocationJson(a));
    Reply reply = listReply(rows, {{trMsg("Credit note"), u"credit_note"_s},
                                   {trMsg("Invoice"), u"invoice"_s},
                                   {trMsg("Amount"), u"amount"_s, true}});
    reply.json = QJsonObject{{u"allocations"_s, rows}};
    return reply;
}

Result<Reply> refund(Session& s, const ParsedArgs& args) {
    services::RefundInput in;
    in.creditNoteNumber = args.positional(0);
    in.reference = args.value(u"reference"_s);
    if (args.has(u"method"_s))
        in.method = args.value(u"method"_s).trimmed().toLower();
    if (auto ok = firstError({readMoney(args, u"amount"_s, s.currency(), in.amount),
                              readIsoDate(args, u"date"_s, in.date)});
        !ok)
        return fail(ok.error());
    auto p = s.services.returns().refund(s.actor, in);
    if (!p)
        return fail(p.error());
    return doneReply(services::toJson(*p),
                     trMsg("Refunded %1 of credit note %2 as %3")
                         .arg((-p->amount).toPlainString(), p->creditNoteNumber, p->number));
}

} // namespace

QList<Command> returnCommands() {
    const ArgsSpec createArgs{{valueOption(u"shipment"_s, u"NUMBER"_s, true),
                               valueOption(u"line"_s, u"SKU:QTY"_s, true), flagOption(u"damaged"_s),
                               valueOption(u"reason"_s, u"R"_s), valueOption(u"date"_s, u"DATE"_s)},
                              0,
                              0};
    const ArgsSpec listArgs{{valueOption(u"customer"_s, u"C"_s), valueOption(u"from"_s, u"DATE"_s),
                             valueOption(u"to"_s, u"DATE"_s), valueOption(u"search"_s, u"TEXT"_s),
                             valueOption(u"limit"_s, u"N"_s)},
                            0,
                            0};
    const ArgsSpec allocateArgs{{valueOption(u"invoice"_s, u"NUMBER[:AMOUNT]"_s)}, 1, 1};
    const ArgsSpec refundArgs{{valueOption(u"amount"_s, u"A"_s), valueOption(u"method"_s, u"M"_s),
                               valueOption(u"date"_s, u"DATE"_s),
                               valueOption(u"reference"_s, u"R"_s)},
                              1,
                              1};
    return {
        {{u"return"_s, u"create"_s},
         {},
         trMsg("Take goods back from a shipment (--line SKU:QTY, repeat it): restocked unless "
               "--damaged; what was invoiced gets a credit note, the rest is no longer to be "
               "invoiced."),
         createArgs,
         create},
        {{u"return"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show a return with its lines and credit note."),
         {{}, 1, 1},
         show},
        {{u"return"_s, u"list"_s}, {}, trMsg("List returns, newest first."), listArgs, list},
        {{u"credit-note"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show a credit note with its lines and the invoices it credits."),
         {{}, 1, 1},
         showNote},
        {{u"credit-note"_s, u"list"_s},
         {},
         trMsg("List credit notes, newest first."),
         listArgs,
         listNotes},
        {{u"credit-note"_s, u"allocate"_s},
         u"NUMBER"_s,
         trMsg("Allocate what is left of a credit note to the --invoice given (repeatable, "
               "optionally NUMBER:AMOUNT) or the customer's oldest due first."),
         allocateArgs,
         allocate},
        {{u"credit-note"_s, u"refund"_s},
         u"NUMBER"_s,
         trMsg("Pay back a credit note (--amount, default all that is left) as a refund."),
         refundArgs,
         refund},
    };
}

} // namespace mostrador::cli
