// SPDX-License-Identifier: MIT
#include "services/setup_service.h"

#include "services/json.h"
#include "services/settings_service.h"
#include "services/user_service.h"
#include "storage/settings_repository.h"

#include <spdlog/spdlog.h>

namespace mostrador::services {

using domain::Actor;
using domain::CompanyProfile;
using domain::PaymentTerms;
using domain::Percent;
using domain::Role;
using domain::TaxRate;

namespace {

// Spanish VAT as of 2024; names are shown on documents, codes are persisted keys.
QList<TaxRate> defaultTaxRates() {
    return {
        {QStringLiteral("IVA21"), QStringLiteral("IVA general 21 %"), Percent::fromWhole(21)},
        {QStringLiteral("IVA10"), QStringLiteral("IVA reducido 10 %"), Percent::fromWhole(10)},
        {QStringLiteral("IVA4"), QStringLiteral("IVA superreducido 4 %"), Percent::fromWhole(4)},
        {QStringLiteral("EXEMPT"), QStringLiteral("Exento de IVA 0 %"), Percent::fromWhole(0)}};
}

QList<PaymentTerms> defaultPaymentTerms() {
    return {{QStringLiteral("IMMEDIATE"), QStringLiteral("Contado"), {0}},
            {QStringLiteral("NET30"), QStringLiteral("30 días"), {30}},
            {QStringLiteral("NET60"), QStringLiteral("60 días"), {60}},
            {QStringLiteral("30-60-90"), QStringLiteral("30, 60 y 90 días"), {30, 60, 90}}};
}

Status writeDefaults(storage::SettingsRepository& settings) {
    for (const TaxRate& rate : defaultTaxRates())
        if (auto ok = settings.saveTaxRate(rate); !ok)
            return ok;
    for (const PaymentTerms& terms : defaultPaymentTerms())
        if (auto ok = settings.saveTerms(terms); !ok)
            return ok;
    if (auto ok = settings.setValue(QString::fromUtf16(domain::setting::kDefaultTax),
                                    QStringLiteral("IVA21"));
        !ok)
        return ok;
    return settings.setValue(QString::fromUtf16(domain::setting::kDefaultTerms),
                             QStringLiteral("NET30"));
}

} // namespace

Result<bool> SetupService::isInitialized() {
    storage::SettingsRepository settings(m_ctx.db);
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    return company->has_value();
}

Result<Actor> SetupService::initialize(const CompanyProfile& company, const QString& adminName,
                                       const QString& adminPassword) {
    CompanyProfile profile = company;
    profile.name = profile.name.trimmed();
    profile.taxId = profile.taxId.trimmed().toUpper();
    profile.email = profile.email.trimmed();
    if (auto ok = SettingsService::validateCompany(profile); !ok)
        return fail(ok.error());
    const Actor admin{0, adminName.trimmed(), Role::Admin};
    UserService users(m_ctx);
    storage::SettingsRepository settings(m_ctx.db);
    auto done = inTransaction(m_ctx.db, [&]() -> Result<Actor> {
        auto existing = settings.company();
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(Error::rule(
                QStringLiteral("setup.already_initialized"),
                trMsg("This database is already set up for %1").arg((*existing)->name)));
        if (auto ok = settings.saveCompany(profile); !ok)
            return fail(ok.error());
        auto user = users.addInTransaction(admin, admin.name, Role::Admin, adminPassword);
        if (!user)
            return fail(user.error());
        if (auto ok = writeDefaults(settings); !ok)
            return fail(ok.error());
        if (auto ok = m_ctx.record(admin, QStringLiteral("setup.initialize"),
                                   QStringLiteral("company"), QString(), {}, toJson(profile));
            !ok)
            return fail(ok.error());
        return Actor{user->id, user->name, Role::Admin};
    });
    if (done) {
        m_ctx.currency = profile.currency;
        spdlog::info("database set up for {}", profile.name.toStdString());
        m_ctx.notifier.announce(QStringLiteral("*"), QString());
    }
    return done;
}

} // namespace mostrador::services
