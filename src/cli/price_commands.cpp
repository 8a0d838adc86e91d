// SPDX-License-Identifier: MIT
// pricelist add · pricelist rule
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/json.h"
#include "services/price_list_service.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

Result<Reply> addList(Session& s, const ParsedArgs& args) {
    std::optional<domain::Currency> currency;
    if (args.has(u"currency"_s)) {
        auto parsed = domain::Currency::parse(args.value(u"currency"_s));
        if (!parsed)
            return fail(optionError(u"currency"_s, parsed.error()));
        currency = *parsed;
    }
    auto created = s.services.priceLists().createList(s.actor, args.positional(0),
                                                      args.value(u"name"_s), currency);
    if (!created)
        return fail(created.error());
    return doneReply(services::toJson(*created),
                     trMsg("Created price list %1 “%2” (%3)")
                         .arg(created->code, created->name, created->currency.code()));
}

// An ISO date option ("2025-07-01"), left unset when absent.
Status readDate(const ParsedArgs& args, const QString& name, std::optional<QDate>& into) {
    if (!args.has(name))
        return {};
    const QDate date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date.isValid())
        return fail(optionError(
            name, Error::invalid(u"date.invalid"_s,
                                 trMsg("“%1” is not a date (YYYY-MM-DD)").arg(args.value(name)))));
    into = date;
    return {};
}

// Only the options given are read: whether a rule has a price or a discount, a product
// or a category, is the service's check, so its message names the mistake.
Result<domain::PriceRule> ruleFrom(const ParsedArgs& args) {
    domain::PriceRule r;
    r.priceListCode = args.positional(0);
    r.sku = args.value(u"sku"_s);
    r.category = args.value(u"category"_s);
    r.customerCode = args.value(u"customer"_s);
    domain::UnitPrice price;
    domain::Percent discount;
    auto read =
        firstError({readQuantity(args, u"min-qty"_s, r.minQty), readPrice(args, u"price"_s, price),
                    readPercent(args, u"discount"_s, discount),
                    readDate(args, u"from"_s, r.validFrom), readDate(args, u"to"_s, r.validTo)});
    if (!read)
        return fail(read.error());
    if (args.has(u"price"_s))
        r.fixedPrice = price;
    if (args.has(u"discount"_s))
        r.discount = discount;
    return r;
}

Result<Reply> addRule(Session& s, const ParsedArgs& args) {
    auto rule = ruleFrom(args);
    if (!rule)
        return fail(rule.error());
    auto added = s.services.priceLists().addRule(s.actor, *rule);
    if (!added)
        return fail(added.error());
    return doneReply(services::toJson(*added),
                     trMsg("Added rule %1 to price list %2")
                         .arg(QString::number(added->id), added->priceListCode));
}

} // namespace

QList<Command> priceCommands() {
    const ArgsSpec listArgs{
        {valueOption(u"name"_s, u"N"_s, true), valueOption(u"currency"_s, u"C"_s)}, 1, 1};
    const ArgsSpec ruleArgs{{valueOption(u"sku"_s, u"S"_s), valueOption(u"category"_s, u"CAT"_s),
                             valueOption(u"customer"_s, u"C"_s), valueOption(u"min-qty"_s, u"Q"_s),
                             valueOption(u"price"_s, u"P"_s), valueOption(u"discount"_s, u"PCT"_s),
                             valueOption(u"from"_s, u"DATE"_s), valueOption(u"to"_s, u"DATE"_s)},
                            1,
                            1};
    return {
        {{u"pricelist"_s, u"add"_s},
         u"CODE"_s,
         trMsg("Create a price list (in the company currency unless --currency)."),
         listArgs,
         addList},
        {{u"pricelist"_s, u"rule"_s},
         u"CODE"_s,
         trMsg("Add a rule: --sku or --category, --price or --discount, optional --customer, "
               "--min-qty and --from/--to dates (YYYY-MM-DD)."),
         ruleArgs,
         addRule},
    };
}

} // namespace mostrador::cli
