// SPDX-License-Identifier: MIT
// order create | update | confirm | release | cancel | show | list · deposit add | list
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/document_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using domain::SalesOrder;

namespace {

const QStringList kOrderFields = {
    u"number"_s,         u"status"_s,    u"customer"_s,        u"customer_name"_s, u"date"_s,
    u"requested_date"_s, u"quotation"_s, u"salesperson"_s,     u"untaxed"_s,       u"tax"_s,
    u"total"_s,          u"deposits"_s,  u"invoicing_status"_s};

Result<services::OrderInput> inputFrom(const ParsedArgs& args) {
    services::OrderInput in;
    in.customerCode = args.value(u"customer"_s);
    in.notes = args.value(u"notes"_s);
    auto dates = firstError({readIsoDate(args, u"date"_s, in.date),
                             readIsoDate(args, u"requested-date"_s, in.requestedDate)});
    if (!dates)
        return fail(dates.error());
    auto lines = readLineSpecs(args);
    if (!lines)
        return fail(lines.error());
    in.lines = *lines;
    return in;
}

Result<Reply> orderReply(const Result<SalesOrder>& order, const QString& done) {
    if (!order)
        return fail(order.error());
    return documentDoneReply(services::toJson(*order), kOrderFields, done.arg(order->number));
}

// The order did not reach confirmed: a refusal for scripts (exit 1, the reasons in the
// error), with the order as it now stands beside it.
Reply notConfirmedReply(const SalesOrder& order) {
    const bool held = order.status == QStringView(domain::order_state::kCreditHold);
    const QStringList& reasons = held ? order.holdReasons : order.approvalReasons;
    const QString message =
        held ? trMsg("Order %1 is on credit hold: %2").arg(order.number, reasons.join(u"; "_s))
             : trMsg("Order %1 awaits a manager's approval: %2")
                   .arg(order.number, reasons.join(u"; "_s));
    Error error =
        Error::rule(held ? u"order.credit_hold"_s : u"order.awaiting_approval"_s, message);
    QJsonObject json = errorJson(error);
    QJsonObject detail = json.value(u"error"_s).toObject();
    detail.insert(u"reasons"_s, QJsonArray::fromStringList(reasons));
    json.insert(u"error"_s, detail);
    json.insert(u"order"_s, services::toJson(order));
    QString text = message;
    for (const QString& reason : reasons)
        text += u"\n  - "_s + reason;
    return {json, text, exitStatusFor(ErrorKind::Rule)};
}

// Confirmed answers 0; held or awaiting approval answers 1 with the reasons.
Result<Reply> decisionReply(const Result<SalesOrder>& order, const QString& done) {
    if (!order)
        return fail(order.error());
    const bool confirmed = order->status != QStringView(domain::order_state::kCreditHold) &&
                           order->status != QStringView(domain::order_state::kAwaitingApproval);
    if (!confirmed)
        return notConfirmedReply(*order);
    return orderReply(order, done);
}

Result<Reply> create(Session& s, const ParsedArgs& args) {
    auto in = inputFrom(args);
    if (!in)
        return fail(in.error());
    return orderReply(s.services.orders().create(s.actor, *in), trMsg("Created sales order %1"));
}

Result<Reply> confirm(Session& s, const ParsedArgs& args) {
    return decisionReply(s.services.orders().confirm(s.actor, args.positional(0)),
                         trMsg("Sales order %1 is confirmed"));
}

Result<Reply> release(Session& s, const ParsedArgs& args) {
    return decisionReply(
        s.services.orders().release(s.actor, args.positional(0), args.value(u"reason"_s)),
        trMsg("Sales order %1 is released and confirmed"));
}

Result<Reply> cancel(Session& s, const ParsedArgs& args) {
    return orderReply(
        s.services.orders().cancel(s.actor, args.positional(0), args.value(u"reason"_s)),
        trMsg("Sales order %1 is cancelled (what remained to ship)"));
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto order = s.services.orders().get(s.actor, args.positional(0));
    if (!order)
        return fail(order.error());
    auto deposits = s.services.deposits().forOrder(s.actor, order->number);
    if (!deposits)
        return fail(deposits.error());
    QJsonObject json = services::toJson(*order);
    QJsonArray depositArray;
    for (const domain::Deposit& d : *deposits)
        depositArray.append(services::toJson(d));
    json.insert(u"deposit_list"_s, depositArray);
    return documentReply(json, kOrderFields);
}

QJsonObject rowJson(const services::OrderRow& r) {
    return {{u"number"_s, r.number},
            {u"status"_s, r.status},
            {u"invoicing_status"_s, r.invoicingStatus},
            {u"customer"_s, r.customerCode},
            {u"customer_name"_s, r.customerName},
            {u"date"_s, r.date.toString(Qt::ISODate)},
            {u"requested_date"_s, r.requestedDate.isValid()
                                      ? QJsonValue(r.requestedDate.toString(Qt::ISODate))
                                      : QJsonValue()},
            {u"salesperson"_s, r.salesperson},
            {u"total"_s, r.total.toPlainString()},
            {u"ordered"_s, r.ordered.toPlainString()},
            {u"shipped"_s, r.shipped.toPlainString()},
            {u"invoiced"_s, r.invoiced.toPlainString()}};
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    auto base = readListQuery(args);
    if (!base)
        return fail(base.error());
    services::OrderListQuery query;
    static_cast<storage::ListQuery&>(query) = *base;
    query.sortKey = u"number"_s;
    query.descending = true;
    query.customerCode = args.value(u"customer"_s).trimmed().toUpper();
    query.status = args.value(u"status"_s).trimmed().toLower();
    query.queue = args.has(u"queue"_s);
    query.toShip = args.has(u"to-ship"_s);
    auto rows = s.services.orders().list(s.actor, query);
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    for (const services::OrderRow& r : *rows)
        array.append(rowJson(r));
    return listReply(array, {{trMsg("Number"), u"number"_s},
                             {trMsg("Status"), u"status"_s},
                             {trMsg("Customer"), u"customer"_s},
                             {trMsg("Date"), u"date"_s},
                             {trMsg("Total"), u"total"_s, true},
                             {trMsg("Ordered"), u"ordered"_s, true},
                             {trMsg("Shipped"), u"shipped"_s, true},
                             {trMsg("Invoiced"), u"invoiced"_s, true}});
}

Result<Reply> addDeposit(Session& s, const ParsedArgs& args) {
    services::DepositInput in;
    in.orderNumber = args.value(u"order"_s);
    in.reference = args.value(u"reference"_s);
    if (args.has(u"method"_s))
        in.method = args.value(u"method"_s).trimmed().toLower();
    std::optional<domain::Money> amount;
    if (auto ok = firstError({readMoney(args, u"amount"_s, s.currency(), amount),
                              readIsoDate(args, u"date"_s, in.date)});
        !ok)
        return fail(ok.error());
    in.amount = amount.value_or(domain::Money::zero(s.currency()));
    auto deposit = s.services.deposits().add(s.actor, in);
    if (!deposit)
        return fail(deposit.error());
    return doneReply(
        services::toJson(*deposit),
        trMsg("Recorded deposit %1 of %2 against order %3")
            .arg(deposit->number, deposit->amount.toPlainString(), deposit->orderNumber));
}

} // namespace

QList<Command> orderCommands() {
    const ArgsSpec createArgs{
        {valueOption(u"customer"_s, u"C"_s, true),
         valueOption(u"line"_s, u"SKU:QTY[@PRICE][-DISC%]"_s), valueOption(u"date"_s, u"DATE"_s),
         valueOption(u"requested-date"_s, u"DATE"_s), valueOption(u"notes"_s, u"TEXT"_s)},
        0,
        0};
    const ArgsSpec numberArgs{{}, 1, 1};
    const ArgsSpec releaseArgs{{valueOption(u"reason"_s, u"R"_s, true)}, 1, 1};
    const ArgsSpec cancelArgs{{valueOption(u"reason"_s, u"R"_s)}, 1, 1};
    const ArgsSpec listArgs{{valueOption(u"customer"_s, u"C"_s), valueOption(u"status"_s, u"S"_s),
                             flagOption(u"queue"_s), flagOption(u"to-ship"_s),
                             valueOption(u"search"_s, u"TEXT"_s), valueOption(u"limit"_s, u"N"_s)},
                            0,
                            0};
    const ArgsSpec depositArgs{{valueOption(u"order"_s, u"NUMBER"_s, true),
                                valueOption(u"amount"_s, u"A"_s, true),
                                valueOption(u"method"_s, u"M"_s), valueOption(u"date"_s, u"DATE"_s),
                                valueOption(u"reference"_s, u"TEXT"_s)},
                               0,
                               0};
    return {
        {{u"order"_s, u"create"_s},
         {},
         trMsg("Create a draft sales order; --line may be repeated, prices and discounts default "
               "to the customer's price list."),
         createArgs,
         create},
        {{u"order"_s, u"confirm"_s},
         u"NUMBER"_s,
         trMsg("Confirm an order: approval rules, credit check and stock reservation. Exit 1 "
               "with the reasons when it is held or awaits a manager."),
         numberArgs,
         confirm},
        {{u"order"_s, u"release"_s},
         u"NUMBER"_s,
         trMsg("Release a credit hold or approve an order (managers), saying why."),
         releaseArgs,
         release},
        {{u"order"_s, u"cancel"_s},
         u"NUMBER"_s,
         trMsg("Cancel an order, or what remains of it after a shipment."),
         cancelArgs,
         cancel},
        {{u"order"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show an order with its lines, fulfilment and deposits."),
         numberArgs,
         show},
        {{u"order"_s, u"list"_s},
         {},
         trMsg("List orders, newest first; --status S, --queue (credit holds and approvals), "
               "--to-ship."),
         listArgs,
         list},
        {{u"deposit"_s, u"add"_s},
         {},
         trMsg("Record a customer deposit against an order; --method transfer|cash|card|cheque."),
         depositArgs,
         addDeposit},
    };
}

} // namespace mostrador::cli
