// SPDX-License-Identifier: MIT
// tax add · terms add · settings set | show
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/json.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

Result<Reply> addTax(Session& s, const ParsedArgs& args) {
    domain::TaxRate rate;
    rate.code = args.positional(0);
    rate.name = args.value(u"name"_s, rate.code);
    if (auto ok = readPercent(args, u"rate"_s, rate.rate); !ok)
        return fail(ok.error());
    auto saved = s.services.settings().saveTaxRate(s.actor, rate);
    if (!saved)
        return fail(saved.error());
    return doneReply(
        services::toJson(*saved),
        trMsg("Saved tax rate %1 (%2 %)").arg(saved->code, saved->rate.toPlainString()));
}

Result<Reply> addTerms(Session& s, const ParsedArgs& args) {
    domain::PaymentTerms terms;
    terms.code = args.positional(0);
    terms.name = args.value(u"name"_s, terms.code);
    auto days = domain::parseTermDays(args.value(u"days"_s));
    if (!days)
        return fail(optionError(u"days"_s, days.error()));
    terms.days = *days;
    auto saved = s.services.settings().saveTerms(s.actor, terms);
    if (!saved)
        return fail(saved.error());
    return doneReply(services::toJson(*saved),
                     trMsg("Saved payment terms %1 (days %2)")
                         .arg(saved->code, domain::formatTermDays(saved->days)));
}

Result<Reply> setSetting(Session& s, const ParsedArgs& args) {
    const QString key = args.positional(0);
    const QString value = args.positional(1);
    if (auto ok = s.services.settings().setValue(s.actor, key, value); !ok)
        return fail(ok.error());
    return doneReply({{u"key"_s, key}, {u"value"_s, value}}, trMsg("Set %1 = %2").arg(key, value));
}

Result<QJsonObject> settingValues(services::SettingsService& settings) {
    QJsonObject out;
    for (const QString& key : domain::knownSettingKeys()) {
        auto value = settings.value(key);
        if (!value)
            return fail(value.error());
        out.insert(key, *value);
    }
    return out;
}

Result<QJsonArray> seriesJson(services::SettingsService& settings) {
    auto series = settings.numberSeries();
    if (!series)
        return fail(series.error());
    QJsonArray out;
    for (const storage::NumberSeries& s : *series)
        out.append(QJsonObject{{u"kind"_s, s.kind},
                               {u"format"_s, s.format},
                               {u"year"_s, s.year},
                               {u"next"_s, s.nextValue}});
    return out;
}

template <class T> QJsonArray jsonArray(const QList<T>& items) {
    QJsonArray out;
    for (const T& item : items)
        out.append(services::toJson(item));
    return out;
}

QString settingsText(const QJsonObject& json) {
    QStringList parts{renderFields(json.value(u"company"_s).toObject(), {u"name"_s, u"currency"_s}),
                      renderFields(json.value(u"settings"_s).toObject())};
    parts.append(
        renderTable(json.value(u"tax_rates"_s).toArray(), {{trMsg("Tax"), u"code"_s},
                                                           {trMsg("Name"), u"name"_s},
                                                           {trMsg("Rate %"), u"rate"_s, true}}));
    parts.append(renderTable(
        json.value(u"payment_terms"_s).toArray(),
        {{trMsg("Terms"), u"code"_s}, {trMsg("Name"), u"name"_s}, {trMsg("Days"), u"days"_s}}));
    parts.append(
        renderTable(json.value(u"series"_s).toArray(), {{trMsg("Series"), u"kind"_s},
                                                        {trMsg("Format"), u"format"_s},
                                                        {trMsg("Year"), u"year"_s, true},
                                                        {trMsg("Next"), u"next"_s, true}}));
    return parts.join(u"\n\n"_s);
}

Result<QJsonObject> settingsJson(services::SettingsService& settings) {
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    auto values = settingValues(settings);
    if (!values)
        return fail(values.error());
    auto taxes = settings.taxRates();
    if (!taxes)
        return fail(taxes.error());
    auto terms = settings.paymentTerms();
    if (!terms)
        return fail(terms.error());
    auto series = seriesJson(settings);
    if (!series)
        return fail(series.error());
    return QJsonObject{{u"company"_s, services::toJson(*company)},
                       {u"settings"_s, *values},
                       {u"tax_rates"_s, jsonArray(*taxes)},
                       {u"payment_terms"_s, jsonArray(*terms)},
                       {u"series"_s, *series}};
}

// Reads only, so it is open to every user: a handy overview of the setup.
Result<Reply> showSettings(Session& s, const ParsedArgs&) {
    auto json = settingsJson(s.services.settings());
    if (!json)
        return fail(json.error());
    return Reply{*json, settingsText(*json)};
}

} // namespace

QList<Command> settingsCommands() {
    const ArgsSpec taxArgs{
        {valueOption(u"rate"_s, u"PCT"_s, true), valueOption(u"name"_s, u"N"_s)}, 1, 1};
    const ArgsSpec termsArgs{
        {valueOption(u"days"_s, u"N[,N…]"_s, true), valueOption(u"name"_s, u"N"_s)}, 1, 1};
    return {
        {{u"tax"_s, u"add"_s},
         u"CODE"_s,
         trMsg("Add or change a tax rate (percent, e.g. 21 or 10.5)."),
         taxArgs,
         addTax},
        {{u"terms"_s, u"add"_s},
         u"CODE"_s,
         trMsg("Add or change payment terms (days after the invoice)."),
         termsArgs,
         addTerms},
        {{u"settings"_s, u"set"_s},
         u"KEY VALUE"_s,
         trMsg("Change a setting."),
         {{}, 2, 2},
         setSetting},
        {{u"settings"_s, u"show"_s},
         {},
         trMsg("Show the company, settings, tax rates, terms and series."),
         {},
         showSettings},
    };
}

} // namespace mostrador::cli
