// SPDX-License-Identifier: MIT
// invoice create | post | show | list
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/invoice_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using domain::Invoice;

namespace {

const QStringList kInvoiceFields = {
    u"number"_s, u"draft_number"_s,     u"status"_s, u"customer"_s, u"customer_name"_s,
    u"date"_s,   u"due_date"_s,         u"orders"_s, u"untaxed"_s,  u"tax"_s,
    u"total"_s,  u"deposits_applied"_s, u"paid"_s,   u"balance"_s};

constexpr int kMaxOrders = 1000;

Result<Reply> invoiceReply(const Result<Invoice>& invoice, const QString& done) {
    if (!invoice)
        return fail(invoice.error());
    return documentDoneReply(services::toJson(*invoice), kInvoiceFields, done.arg(invoice->number));
}

Result<Reply> create(Session& s, const ParsedArgs& args) {
    QDate date;
    if (auto ok = readIsoDate(args, u"date"_s, date); !ok)
        return fail(ok.error());
    const QStringList orders = args.positionals();
    if (args.has(u"draft"_s))
        return invoiceReply(s.services.invoices().createDraft(s.actor, orders, date),
                            trMsg("Created draft invoice %1"));
    return invoiceReply(s.services.invoices().createAndPost(s.actor, orders, date),
                        trMsg("Posted invoice %1"));
}

Result<Reply> post(Session& s, const ParsedArgs& args) {
    QDate date;
    if (auto ok = readIsoDate(args, u"date"_s, date); !ok)
        return fail(ok.error());
    return invoiceReply(s.services.invoices().post(s.actor, args.positional(0), date),
                        trMsg("Posted invoice %1"));
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto invoice = s.services.invoices().get(s.actor, args.positional(0));
    if (!invoice)
        return fail(invoice.error());
    return documentReply(services::toJson(*invoice), kInvoiceFields);
}

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject rowJson(const services::InvoiceRow& r) {
    return {{u"number"_s, r.number},
            {u"status"_s, r.status},
            {u"customer"_s, r.customerCode},
            {u"customer_name"_s, r.customerName},
            {u"date"_s, dateJson(r.date)},
            {u"due_date"_s, dateJson(r.dueDate)},
            {u"total"_s, r.total.toPlainString()},
            {u"deposits_applied"_s, r.depositsApplied.toPlainString()},
            {u"paid"_s, r.paid.toPlainString()},
            {u"balance"_s, r.balance.toPlainString()}};
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    auto base = readListQuery(args);
    if (!base)
        return fail(base.error());
    services::InvoiceListQuery query;
    static_cast<storage::ListQuery&>(query) = *base;
    query.sortKey = u"date"_s;
    query.descending = true;
    query.customerCode = args.value(u"customer"_s).trimmed().toUpper();
    query.status = args.value(u"status"_s).trimmed().toLower();
    if (auto ok = firstError(
            {readIsoDate(args, u"from"_s, query.from), readIsoDate(args, u"to"_s, query.to)});
        !ok)
        return fail(ok.error());
    auto rows = s.services.invoices().list(s.actor, query);
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    for (const services::InvoiceRow& r : *rows)
        array.append(rowJson(r));
    return listReply(array, {{trMsg("Number"), u"number"_s},
                             {trMsg("Status"), u"status"_s},
                             {trMsg("Customer"), u"customer"_s},
                             {trMsg("Date"), u"date"_s},
                             {trMsg("Due"), u"due_date"_s},
                             {trMsg("Total"), u"total"_s, true},
                             {trMsg("Balance"), u"balance"_s, true}});
}

} // namespace

QList<Command> invoiceCommands() {
    const ArgsSpec createArgs{
        {valueOption(u"date"_s, u"DATE"_s), flagOption(u"draft"_s)}, 1, kMaxOrders};
    const ArgsSpec postArgs{{valueOption(u"date"_s, u"DATE"_s)}, 1, 1};
    const ArgsSpec listArgs{{valueOption(u"customer"_s, u"C"_s), valueOption(u"status"_s, u"S"_s),
                             valueOption(u"from"_s, u"DATE"_s), valueOption(u"to"_s, u"DATE"_s),
                             valueOption(u"search"_s, u"TEXT"_s), valueOption(u"limit"_s, u"N"_s)},
                            0,
                            0};
    return {
        {{u"invoice"_s, u"create"_s},
         u"ORDER [ORDER…]"_s,
         trMsg("Invoice what the orders (one customer's) can be invoiced: shipped quantities, or "
               "ordered ones under invoice.policy order. Posts at once unless --draft."),
         createArgs,
         create},
        {{u"invoice"_s, u"post"_s},
         u"NUMBER"_s,
         trMsg("Post a draft invoice: the next invoice number, due dates and deposits applied; "
               "--date replaces the draft's date."),
         postArgs,
         post},
        {{u"invoice"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show an invoice (by its number or draft number) with lines and due dates."),
         {{}, 1, 1},
         show},
        {{u"invoice"_s, u"list"_s},
         {},
         trMsg("List invoices, newest first; --status draft|posted|partially_paid|paid."),
         listArgs,
         list},
    };
}

} // namespace mostrador::cli
