// SPDX-License-Identifier: MIT
// customer add | list | show
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/json.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using domain::Currency;
using domain::Customer;
using domain::Money;

namespace {

// A customer's JSON carries its AR balance and exposure (ARCHITECTURE §10).
Result<QJsonObject> withBalances(Session& s, QJsonObject object) {
    auto credit = s.services.orders().credit(s.actor, object.value(u"code"_s).toString());
    if (!credit)
        return fail(credit.error());
    object.insert(u"ar_balance"_s, credit->arBalance.toPlainString());
    object.insert(u"exposure"_s, credit->exposure.toPlainString());
    return object;
}

Result<QJsonObject> customerJson(Session& s, const Customer& customer) {
    return withBalances(s, services::toJson(customer));
}

Result<QJsonObject> rowJson(Session& s, const services::CustomerRow& row) {
    const QJsonValue limit =
        row.creditLimitMinor
            ? QJsonValue(Money::fromMinor(*row.creditLimitMinor, s.currency()).toPlainString())
            : QJsonValue();
    return withBalances(s, {{u"code"_s, row.code},
                            {u"name"_s, row.name},
                            {u"tax_id"_s, row.taxId},
                            {u"email"_s, row.email},
                            {u"phone"_s, row.phone},
                            {u"credit_limit"_s, limit},
                            {u"on_hold"_s, row.onHold},
                            {u"active"_s, row.active}});
}

Result<Customer> customerFromArgs(const ParsedArgs& args, Currency currency) {
    Customer c;
    c.name = args.value(u"name"_s);
    c.code = args.value(u"code"_s);
    c.taxId = args.value(u"tax-id"_s);
    c.email = args.value(u"email"_s);
    c.phone = args.value(u"phone"_s);
    c.paymentTermsCode = args.value(u"payment-terms"_s);
    c.priceListCode = args.value(u"price-list"_s);
    c.billingAddress = args.value(u"billing-address"_s);
    c.shippingAddress = args.value(u"shipping-address"_s);
    c.onHold = args.has(u"on-hold"_s);
    if (auto ok = readMoney(args, u"credit-limit"_s, currency, c.creditLimit); !ok)
        return fail(ok.error());
    return c;
}

Result<Reply> addCustomer(Session& s, const ParsedArgs& args) {
    auto customer = customerFromArgs(args, s.currency());
    if (!customer)
        return fail(customer.error());
    auto created = s.services.customers().create(s.actor, *customer);
    if (!created)
        return fail(created.error());
    auto json = customerJson(s, *created);
    if (!json)
        return fail(json.error());
    return doneReply(*json, trMsg("Created customer %1 “%2”").arg(created->code, created->name));
}

Result<Reply> listCustomers(Session& s, const ParsedArgs& args) {
    auto query = readListQuery(args);
    if (!query)
        return fail(query.error());
    auto rows = s.services.customers().list(s.actor, *query);
    if (!rows)
        return fail(rows.error());
    QJsonArray out;
    for (const services::CustomerRow& row : *rows) {
        auto json = rowJson(s, row);
        if (!json)
            return fail(json.error());
        out.append(*json);
    }
    return listReply(out, {{trMsg("Code"), u"code"_s},
                           {trMsg("Name"), u"name"_s},
                           {trMsg("Tax id"), u"tax_id"_s},
                           {trMsg("Email"), u"email"_s},
                           {trMsg("Phone"), u"phone"_s},
                           {trMsg("Credit limit"), u"credit_limit"_s, true},
                           {trMsg("Balance"), u"ar_balance"_s, true},
                           {trMsg("On hold"), u"on_hold"_s}});
}

QString contactLines(const QList<domain::Contact>& contacts) {
    QStringList lines;
    for (const domain::Contact& k : contacts) {
        QStringList parts{k.name, k.role, k.email, k.phone};
        parts.removeAll(QString());
        lines.append(u"contact: "_s + parts.join(u", "_s));
    }
    return lines.join(u'\n');
}

Result<Reply> showCustomer(Session& s, const ParsedArgs& args) {
    auto customer = s.services.customers().get(s.actor, args.positional(0));
    if (!customer)
        return fail(customer.error());
    auto made = customerJson(s, *customer);
    if (!made)
        return fail(made.error());
    const QJsonObject json = *made;
    QJsonObject shown = json;
    shown.remove(u"contacts"_s);
    Reply reply = showReply(shown, {u"code"_s, u"name"_s, u"tax_id"_s, u"email"_s, u"phone"_s,
                                    u"credit_limit"_s, u"ar_balance"_s, u"exposure"_s,
                                    u"payment_terms"_s, u"price_list"_s, u"on_hold"_s});
    reply.json = json;
    if (!customer->contacts.isEmpty())
        reply.text += u'\n' + contactLines(customer->contacts);
    return reply;
}

} // namespace

QList<Command> customerCommands() {
    const ArgsSpec add{{valueOption(u"name"_s, u"N"_s, true), valueOption(u"code"_s, u"C"_s),
                        valueOption(u"tax-id"_s, u"T"_s), valueOption(u"email"_s, u"E"_s),
                        valueOption(u"phone"_s, u"P"_s), valueOption(u"credit-limit"_s, u"A"_s),
                        valueOption(u"payment-terms"_s, u"CODE"_s),
                        valueOption(u"price-list"_s, u"CODE"_s), flagOption(u"on-hold"_s),
                        valueOption(u"billing-address"_s, u"TEXT"_s),
                        valueOption(u"shipping-address"_s, u"TEXT"_s)}};
    const ArgsSpec list{{valueOption(u"search"_s, u"TEXT"_s), valueOption(u"limit"_s, u"N"_s)}};
    const ArgsSpec show{{}, 1, 1};
    return {
        {{u"customer"_s, u"add"_s},
         {},
         trMsg("Create a customer (the code comes from the series when not given)."),
         add,
         addCustomer},
        {{u"customer"_s, u"list"_s},
         {},
         trMsg("List customers, optionally matching a search."),
         list,
         listCustomers},
        {{u"customer"_s, u"show"_s}, u"CODE"_s, trMsg("Show one customer."), show, showCustomer},
    };
}

} // namespace mostrador::cli
