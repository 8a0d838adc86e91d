// SPDX-License-Identifier: MIT
// payment add | allocate | show | list · chargeback add · report aging
#include "cli/allocation_args.h"
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/report_output.h"
#include "cli/values.h"
#include "services/receivables_json.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

const QStringList kPaymentFields = {u"number"_s, u"customer"_s,    u"customer_name"_s,
                                    u"date"_s,   u"method"_s,      u"reference"_s,
                                    u"amount"_s, u"unallocated"_s, u"charged_back"_s};

QJsonObject paymentJson(Session& s, const domain::Payment& p) {
    QJsonObject json = services::toJson(p);
    QJsonArray chargebacks;
    if (auto list = s.services.payments().chargebacksOf(s.actor, p.number))
        for (const domain::Chargeback& c : *list)
            chargebacks.append(services::toJson(c));
    json.insert(u"chargebacks"_s, chargebacks);
    return json;
}

// The fields, then the allocations and any chargebacks as tables.
Reply paymentReply(const QJsonObject& json, const QString& done = {}) {
    QJsonObject header = json;
    header.remove(u"allocations"_s);
    header.remove(u"chargebacks"_s);
    QString text =
        renderFields(header, kPaymentFields) + u'\n' +
        renderTable(json.value(u"allocations"_s).toArray(), {{trMsg("Invoice"), u"invoice"_s},
                                                             {trMsg("Date"), u"date"_s},
                                                             {trMsg("Amount"), u"amount"_s, true},
                                                             {trMsg("Undone"), u"undone"_s, true}});
    const QJsonArray chargebacks = json.value(u"chargebacks"_s).toArray();
    if (!chargebacks.isEmpty())
        text += u'\n' + renderTable(chargebacks, {{trMsg("Chargeback"), u"number"_s},
                                                  {trMsg("Date"), u"date"_s},
                                                  {trMsg("Reason"), u"reason"_s},
                                                  {trMsg("Amount"), u"amount"_s, true}});
    if (!done.isEmpty())
        text = done + u'\n' + text;
    return {json, text, 0};
}

Result<Reply> add(Session& s, const ParsedArgs& args) {
    services::PaymentInput in;
    in.customerCode = args.value(u"customer"_s);
    in.reference = args.value(u"reference"_s);
    if (args.has(u"method"_s))
        in.method = args.value(u"method"_s).trimmed().toLower();
    std::optional<domain::Money> amount;
    if (auto ok = firstError({readMoney(args, u"amount"_s, s.currency(), amount),
                              readIsoDate(args, u"date"_s, in.date)});
        !ok)
        return fail(ok.error());
    in.amount = amount.value_or(domain::Money::zero(s.currency()));
    auto invoices = readAllocations(args, s.currency());
    if (!invoices)
        return fail(invoices.error());
    in.invoices = *invoices;
    auto p = s.services.payments().add(s.actor, in);
    if (!p)
        return fail(p.error());
    return paymentReply(paymentJson(s, *p),
                        trMsg("Recorded payment %1 of %2 from %3; %4 left as credit")
                            .arg(p->number, p->amount.toPlainString(), p->customerCode,
                                 p->unallocated.toPlainString()));
}

Result<Reply> allocate(Session& s, const ParsedArgs& args) {
    auto invoices = readAllocations(args, s.currency());
    if (!invoices)
        return fail(invoices.error());
    auto made = s.services.payments().applyCredit(s.actor, args.value(u"customer"_s), *invoices);
    if (!made)
        return fail(made.error());
    QJsonArray rows;
    for (const domain::Allocation& a : *made)
        rows.append(services::toJson(a));
    Reply reply = listReply(rows, {{trMsg("Payment"), u"payment"_s},
                                   {trMsg("Invoice"), u"invoice"_s},
                                   {trMsg("Amount"), u"amount"_s, true}});
    reply.json = QJsonObject{{u"allocations"_s, rows}};
    return reply;
}

Result<Reply> show(Session& s, const ParsedArgs& args) {
    auto p = s.services.payments().get(s.actor, args.positional(0));
    if (!p)
        return fail(p.error());
    return paymentReply(paymentJson(s, *p));
}

Result<Reply> list(Session& s, const ParsedArgs& args) {
    int limit = 100;
    if (auto ok = readInt(args, u"limit"_s, 1, 10000, limit); !ok)
        return fail(ok.error());
    auto payments = s.services.payments().list(s.actor, args.value(u"customer"_s), limit);
    if (!payments)
        return fail(payments.error());
    QJsonArray rows;
    for (const domain::Payment& p : *payments) {
        QJsonObject row = services::toJson(p);
        row.remove(u"allocations"_s); // a list shows the figures; `show` the allocations
        rows.append(row);
    }
    return listReply(rows, {{trMsg("Number"), u"number"_s},
                            {trMsg("Customer"), u"customer"_s},
                            {trMsg("Date"), u"date"_s},
                            {trMsg("Method"), u"method"_s},
                            {trMsg("Amount"), u"amount"_s, true},
                            {trMsg("Credit"), u"unallocated"_s, true},
                            {trMsg("Charged back"), u"charged_back"_s, true}});
}

Result<Reply> addChargeback(Session& s, const ParsedArgs& args) {
    services::ChargebackInput in;
    in.paymentNumber = args.value(u"payment"_s);
    in.reason = args.value(u"reason"_s).trimmed().toLower();
    in.notes = args.value(u"notes"_s);
    std::optional<domain::Money> amount;
    if (auto ok = firstError({readMoney(args, u"amount"_s, s.currency(), amount),
                              readIsoDate(args, u"date"_s, in.date)});
        !ok)
        return fail(ok.error());
    in.amount = amount.value_or(domain::Money::zero(s.currency()));
    auto cb = s.services.payments().chargeback(s.actor, in);
    if (!cb)
        return fail(cb.error());
    return doneReply(services::toJson(*cb),
                     trMsg("Recorded chargeback %1 of %2 against payment %3")
                         .arg(cb->number, cb->amount.toPlainString(), cb->paymentNumber));
}

Result<Reply> aging(Session& s, const ParsedArgs& args) {
    QDate asOf;
    if (auto ok = readIsoDate(args, u"as-of"_s, asOf); !ok)
        return fail(ok.error());
    auto report = s.services.payments().aging(s.actor, asOf, args.value(u"customer"_s));
    if (!report)
        return fail(report.error());
    using reports::ColumnKind;
    return reportReply(s, args, services::toJson(*report),
                       {{trMsg("Customer"), u"customer"_s},
                        {trMsg("Name"), u"customer_name"_s},
                        {trMsg("Current"), u"current"_s, ColumnKind::Money},
                        {trMsg("1–30"), u"d1_30"_s, ColumnKind::Money},
                        {trMsg("31–60"), u"d31_60"_s, ColumnKind::Money},
                        {trMsg("61–90"), u"d61_90"_s, ColumnKind::Money},
                        {trMsg("> 90"), u"over_90"_s, ColumnKind::Money},
                        {trMsg("Total"), u"total"_s, ColumnKind::Money}},
                       trMsg("Aging as of %1").arg(report->asOf.toString(Qt::ISODate)));
}

} // namespace

QList<Command> paymentCommands() {
    const ArgsSpec addArgs{
        {valueOption(u"customer"_s, u"C"_s, true), valueOption(u"amount"_s, u"A"_s, true),
         valueOption(u"invoice"_s, u"NUMBER[:AMOUNT]"_s), valueOption(u"method"_s, u"M"_s),
         valueOption(u"date"_s, u"DATE"_s), valueOption(u"reference"_s, u"R"_s)},
        0,
        0};
    const ArgsSpec allocateArgs{
        {valueOption(u"customer"_s, u"C"_s, true), valueOption(u"invoice"_s, u"NUMBER[:AMOUNT]"_s)},
        0,
        0};
    const ArgsSpec listArgs{
        {valueOption(u"customer"_s, u"C"_s), valueOption(u"limit"_s, u"N"_s)}, 0, 0};
    const ArgsSpec chargebackArgs{
        {valueOption(u"payment"_s, u"NUMBER"_s, true), valueOption(u"amount"_s, u"A"_s, true),
         valueOption(u"reason"_s, u"dispute|bounced|deduction"_s, true),
         valueOption(u"date"_s, u"DATE"_s), valueOption(u"notes"_s, u"N"_s)},
        0,
        0};
    const ArgsSpec agingArgs{
        {valueOption(u"as-of"_s, u"DATE"_s), valueOption(u"customer"_s, u"C"_s), reportOutOption()},
        0,
        0};
    return {
        {{u"payment"_s, u"add"_s},
         {},
         trMsg("Record a customer payment; it pays the --invoice given (repeatable, optionally "
               "NUMBER:AMOUNT) or the oldest due first, the customer's older credit first; the "
               "rest stays as credit."),
         addArgs,
         add},
        {{u"payment"_s, u"allocate"_s},
         {},
         trMsg("Allocate the customer's credit to the --invoice given or the oldest due first."),
         allocateArgs,
         allocate},
        {{u"payment"_s, u"show"_s},
         u"NUMBER"_s,
         trMsg("Show a payment with its allocations and chargebacks."),
         {{}, 1, 1},
         show},
        {{u"payment"_s, u"list"_s}, {}, trMsg("List payments, newest first."), listArgs, list},
        {{u"chargeback"_s, u"add"_s},
         {},
         trMsg("Take back all or part of a payment: its credit first, then its allocations "
               "newest first, reopening the invoices."),
         chargebackArgs,
         addChargeback},
        {{u"report"_s, u"aging"_s},
         {},
         trMsg("What customers owe by days past due (current, 1–30, 31–60, 61–90, over 90), "
               "with the total."),
         agingArgs,
         aging},
    };
}

} // namespace mostrador::cli
