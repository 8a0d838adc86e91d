// SPDX-License-Identifier: MIT
#include "services/settings_service.h"

#include "domain/numbering.h"
#include "services/json.h"
#include "storage/settings_repository.h"

namespace mostrador::services {

using domain::Actor;
using domain::CompanyProfile;
using domain::PaymentTerms;
using domain::Permission;
using domain::TaxRate;

namespace {

const QString kEntity = QStringLiteral("settings");

} // namespace

Status SettingsService::validateCompany(const CompanyProfile& c) {
    const QString currencyCode = c.currency.code();
    if (c.name.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("company.name_required"),
                                   trMsg("The company name is required"), QStringLiteral("name")));
    if (!domain::Currency::isValidCode(currencyCode))
        return fail(Error::invalid(
            QStringLiteral("company.currency_invalid"),
            trMsg("Currency “%1”: give a three-letter ISO code such as EUR").arg(currencyCode),
            QStringLiteral("currency")));
    return {};
}

struct SettingsService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , settings(ctx.db)
        , series(ctx.db) {}

    // A setting that names a tax rate or payment terms must name an existing one.
    Status checkReference(const QString& key, const QString& value);

    ServiceContext& ctx;
    storage::SettingsRepository settings;
    storage::NumberSeriesRepository series;
};

Status SettingsService::Impl::checkReference(const QString& key, const QString& value) {
    if (value.isEmpty())
        return {};
    if (key == QStringView(domain::setting::kDefaultTax)) {
        auto rate = settings.taxRate(value);
        if (!rate)
            return fail(rate.error());
        if (!*rate)
            return fail(Error::invalid(QStringLiteral("setting.tax_unknown"),
                                       trMsg("There is no tax rate “%1”").arg(value),
                                       QStringLiteral("value")));
    } else if (key == QStringView(domain::setting::kDefaultTerms)) {
        auto terms = settings.terms(value);
        if (!terms)
            return fail(terms.error());
        if (!*terms)
            return fail(Error::invalid(QStringLiteral("setting.terms_unknown"),
                                       trMsg("There are no payment terms “%1”").arg(value),
                                       QStringLiteral("value")));
    }
    return {};
}

SettingsService::SettingsService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}
SettingsService::~SettingsService() = default;

Result<CompanyProfile> SettingsService::company() {
    auto c = d->settings.company();
    if (!c)
        return fail(c.error());
    if (!*c)
        return fail(Error::notFound(QStringLiteral("company.missing"),
                                    trMsg("The company has not been set up yet")));
    return **c;
}

Result<CompanyProfile> SettingsService::saveCompany(const Actor& actor, CompanyProfile company) {
    if (auto ok = actor.require(Permission::ManageSettings); !ok)
        return fail(ok.error());
    company.name = company.name.trimmed();
    company.taxId = company.taxId.trimmed().toUpper();
    company.email = company.email.trimmed();
    if (auto ok = validateCompany(company); !ok)
        return fail(ok.error());
    auto saved = inTransaction(d->ctx.db, [&]() -> Result<CompanyProfile> {
        auto before = d->settings.company();
        if (!before)
            return fail(before.error());
        if (auto ok = d->settings.saveCompany(company); !ok)
            return fail(ok.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("company.save"),
                                    QStringLiteral("company"), QString(),
                                    *before ? toJson(**before) : QJsonObject(), toJson(company));
            !ok)
            return fail(ok.error());
        return company;
    });
    if (saved) {
        d->ctx.currency = saved->currency;
        d->ctx.notifier.announce(QStringLiteral("settings"), QStringLiteral("company"));
    }
    return saved;
}

Result<QList<TaxRate>> SettingsService::taxRates() {
    return d->settings.taxRates();
}

Result<TaxRate> SettingsService::saveTaxRate(const Actor& actor, TaxRate rate) {
    if (auto ok = actor.require(Permission::ManageSettings); !ok)
        return fail(ok.error());
    rate.code = rate.code.trimmed().toUpper();
    rate.name = rate.name.trimmed();
    if (rate.name.isEmpty())
        rate.name = rate.code;
    if (auto ok = domain::validateTaxRate(rate); !ok)
        return fail(ok.error());
    auto saved = inTransaction(d->ctx.db, [&]() -> Result<TaxRate> {
        auto before = d->settings.taxRate(rate.code);
        if (!before)
            return fail(before.error());
        if (auto ok = d->settings.saveTaxRate(rate); !ok)
            return fail(ok.error());
        if (auto ok =
                d->ctx.record(actor, QStringLiteral("tax_rate.save"), QStringLiteral("tax_rate"),
                              rate.code, *before ? toJson(**before) : QJsonObject(), toJson(rate));
            !ok)
            return fail(ok.error());
        return rate;
    });
    if (saved)
        d->ctx.notifier.announce(kEntity, QStringLiteral("tax_rate"));
    return saved;
}

Result<QList<PaymentTerms>> SettingsService::paymentTerms() {
    return d->settings.paymentTerms();
}

Result<PaymentTerms> SettingsService::saveTerms(const Actor& actor, PaymentTerms terms) {
    if (auto ok = actor.require(Permission::ManageSettings); !ok)
        return fail(ok.error());
    terms.code = terms.code.trimmed().toUpper();
    terms.name = terms.name.trimmed();
    if (terms.name.isEmpty())
        terms.name = terms.code;
    if (auto ok = domain::validatePaymentTerms(terms); !ok)
        return fail(ok.error());
    auto saved = inTransaction(d->ctx.db, [&]() -> Result<PaymentTerms> {
        auto before = d->settings.terms(terms.code);
        if (!before)
            return fail(before.error());
        if (auto ok = d->settings.saveTerms(terms); !ok)
            return fail(ok.error());
        if (auto ok = d->ctx.record(actor, QStringLiteral("terms.save"),
                                    QStringLiteral("payment_terms"), terms.code,
                                    *before ? toJson(**before) : QJsonObject(), toJson(terms));
            !ok)
            return fail(ok.error());
        return terms;
    });
    if (saved)
        d->ctx.notifier.announce(kEntity, QStringLiteral("payment_terms"));
    return saved;
}

Result<QList<storage::NumberSeries>> SettingsService::numberSeries() {
    return d->series.all();
}

Status SettingsService::setSeriesFormat(const Actor& actor, const QString& kind,
                                        const QString& format) {
    if (auto ok = actor.require(Permission::ManageSettings); !ok)
        return fail(ok.error());
    const QString trimmed = format.trimmed();
    if (auto ok = domain::validateSeriesFormat(trimmed); !ok)
        return fail(ok.error());
    auto saved = inTransaction(d->ctx.db, [&]() -> Status {
        auto all = d->series.all();
        if (!all)
            return fail(all.error());
        QString before;
        for (const storage::NumberSeries& s : *all)
            if (s.kind == kind)
                before = s.format;
        if (auto ok = d->series.setFormat(kind, trimmed); !ok)
            return fail(ok.error());
        return d->ctx.record(
            actor, QStringLiteral("series.format"), QStringLiteral("number_series"), kind,
            {{QStringLiteral("format"), before}}, {{QStringLiteral("format"), trimmed}});
    });
    if (saved)
        d->ctx.notifier.announce(kEntity, QStringLiteral("number_series"));
    return saved;
}

Result<QString> SettingsService::value(const QString& key) {
    if (!domain::isKnownSetting(key))
        return fail(domain::validateSetting(key, QString()).error());
    auto stored = d->settings.value(key);
    if (!stored)
        return fail(stored.error());
    return stored->value_or(domain::defaultSettingValue(key));
}

Status SettingsService::setValue(const Actor& actor, const QString& key, const QString& value) {
    if (auto ok = actor.require(Permission::ManageSettings); !ok)
        return fail(ok.error());
    const QString k = key.trimmed();
    QString v = value.trimmed();
    if (k == QStringView(domain::setting::kDefaultTax) ||
        k == QStringView(domain::setting::kDefaultTerms))
        v = v.toUpper();
    if (auto ok = domain::validateSetting(k, v); !ok)
        return fail(ok.error());
    auto saved = inTransaction(d->ctx.db, [&]() -> Status {
        if (auto ok = d->checkReference(k, v); !ok)
            return ok;
        auto before = d->settings.value(k);
        if (!before)
            return fail(before.error());
        if (auto ok = d->settings.setValue(k, v); !ok)
            return ok;
        return d->ctx.record(actor, QStringLiteral("setting.set"), kEntity, k,
                             *before ? QJsonObject{{QStringLiteral("value"), **before}}
                                     : QJsonObject(),
                             {{QStringLiteral("value"), v}});
    });
    if (saved)
        d->ctx.notifier.announce(kEntity, k);
    return saved;
}

} // namespace mostrador::services
