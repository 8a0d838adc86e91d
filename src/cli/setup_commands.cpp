// SPDX-License-Identifier: MIT
// init · demo · user add
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/demo_history.h"
#include "services/demo_sales.h"

#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

const QString kAdminName = u"admin"_s;
constexpr int kDemoCustomers = 50;
constexpr int kDemoProducts = 40;
constexpr int kDemoQuotations = 20;

Result<domain::Currency> currencyOption(const ParsedArgs& args) {
    auto currency = domain::Currency::parse(args.value(u"currency"_s));
    if (!currency)
        return fail(Error::invalid(currency.error().code,
                                   u"--currency: "_s + currency.error().message, u"currency"_s));
    return currency;
}

Result<Reply> runInit(Session& s, const ParsedArgs& args) {
    auto currency = currencyOption(args);
    if (!currency)
        return fail(currency.error());
    domain::CompanyProfile company;
    company.name = args.value(u"company"_s);
    company.currency = *currency;
    auto admin =
        s.services.setup().initialize(company, kAdminName, args.value(u"admin-password"_s));
    if (!admin)
        return fail(admin.error());
    QJsonObject json{
        {u"company"_s, company.name}, {u"currency"_s, currency->code()}, {u"admin"_s, admin->name}};
    QString text = trMsg("Initialized “%1” (%2); log in as %3")
                       .arg(company.name, currency->code(), admin->name);
    if (args.has(u"demo"_s)) {
        // The only command with two writes: the brief asks for demo data right after setup.
        // No history: the examples in the README follow the numbers of today's desk alone
        // (demo --orders N adds one to a database without sales).
        const services::DemoCompanySize size{kDemoCustomers, kDemoProducts, kDemoQuotations, 0};
        // The demo's sales users share the admin's password, as with the first-run wizard.
        if (auto ok = services::loadDemoCompany(s.services, *admin, size,
                                                args.value(u"admin-password"_s));
            !ok)
            return fail(ok.error());
        json.insert(u"demo"_s, QJsonObject{{u"customers"_s, kDemoCustomers},
                                           {u"products"_s, kDemoProducts},
                                           {u"quotations"_s, kDemoQuotations}});
        text += u'\n' + trMsg("Loaded %1 demo customers, %2 products and %3 quotations")
                            .arg(kDemoCustomers)
                            .arg(kDemoProducts)
                            .arg(kDemoQuotations);
    }
    return doneReply(json, text);
}

// Customers and products first (the orders sell them), then the sales history. The sales
// users the history makes get the acting user's password, so whoever ran it can log in
// as them.
Result<Reply> runDemo(Session& s, const ParsedArgs& args) {
    int customers = 0, products = 0, orders = 0;
    if (auto ok = firstError({readInt(args, u"customers"_s, 0, 1000000, customers),
                              readInt(args, u"products"_s, 0, 1000000, products),
                              readInt(args, u"orders"_s, 0, 1000000, orders)});
        !ok)
        return fail(ok.error());
    // A history that would be refused is refused before anything is loaded.
    if (orders > 0)
        if (auto ok = services::checkDemoHistory(s.services, s.actor); !ok)
            return fail(ok.error());
    if (auto ok = s.services.setup().loadDemo(s.actor, customers, products); !ok)
        return fail(ok.error());
    services::DemoHistoryOptions options;
    options.orders = orders;
    options.salesPassword = qEnvironmentVariable("MOSTRADOR_PASSWORD");
    auto history = services::loadDemoHistory(s.services, s.actor, options);
    if (!history)
        return fail(history.error());
    QJsonObject json{
        {u"customers"_s, customers}, {u"products"_s, products}, {u"orders"_s, history->orders}};
    QString text = trMsg("Loaded %1 demo customers and %2 products").arg(customers).arg(products);
    if (orders > 0) {
        json.insert(u"shipments"_s, history->shipments);
        json.insert(u"invoices"_s, history->invoices);
        json.insert(u"payments"_s, history->payments);
        json.insert(u"deposits"_s, history->deposits);
        json.insert(u"salespeople"_s, QJsonArray::fromStringList(history->salespeople));
        json.insert(u"seconds"_s, history->milliseconds / 1000.0);
        text += u'\n' + trMsg("Generated 24 months of sales: %1 orders, %2 shipments, %3 "
                              "invoices, %4 payments in %5 s")
                            .arg(history->orders)
                            .arg(history->shipments)
                            .arg(history->invoices)
                            .arg(history->payments)
                            .arg(history->milliseconds / 1000.0, 0, 'f', 1);
    }
    return doneReply(json, text);
}

Result<Reply> addUser(Session& s, const ParsedArgs& args) {
    const QString roleText = args.value(u"role"_s).trimmed().toLower();
    const auto role = domain::roleFromKey(roleText);
    if (!role)
        return fail(Error::invalid(u"user.role_unknown"_s,
                                   trMsg("--role: “%1” is not a role (admin, manager, sales, "
                                         "warehouse, accounting)")
                                       .arg(args.value(u"role"_s)),
                                   u"role"_s));
    auto user =
        s.services.users().add(s.actor, args.positional(0), *role, args.value(u"password"_s));
    if (!user)
        return fail(user.error());
    return doneReply({{u"name"_s, user->name},
                      {u"role"_s, domain::roleKey(user->role)},
                      {u"active"_s, user->active}},
                     trMsg("Added user %1 (%2)").arg(user->name, domain::roleKey(user->role)));
}

} // namespace

QList<Command> setupCommands() {
    const ArgsSpec initArgs{
        {valueOption(u"company"_s, u"NAME"_s, true), valueOption(u"currency"_s, u"EUR"_s, true),
         valueOption(u"admin-password"_s, u"PW"_s, true), flagOption(u"demo"_s)}};
    const ArgsSpec demoArgs{{valueOption(u"customers"_s, u"N"_s),
                             valueOption(u"products"_s, u"N"_s), valueOption(u"orders"_s, u"N"_s)}};
    const ArgsSpec userArgs{
        {valueOption(u"role"_s, u"ROLE"_s, true), valueOption(u"password"_s, u"PW"_s, true)}, 1, 1};
    Command initCommand{{u"init"_s},
                        {},
                        trMsg("Create the company and the admin user in a new database."),
                        initArgs,
                        runInit};
    initCommand.needsLogin = false;
    initCommand.createsDatabase = true;
    return {
        initCommand,
        {{u"demo"_s},
         {},
         trMsg("Load sample customers and products, and N orders of a 24-month sales history."),
         demoArgs,
         runDemo},
        {{u"user"_s, u"add"_s},
         u"NAME"_s,
         trMsg("Add a user with a role: admin, manager, sales, warehouse, accounting."),
         userArgs,
         addUser},
    };
}

} // namespace mostrador::cli
