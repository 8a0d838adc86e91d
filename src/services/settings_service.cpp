// SPDX-License-Identifier: MIT
// STUB: placeholder until implemented.
#include "services/settings_service.h"
namespace mostrador::services {
struct SettingsService::Impl {};
SettingsService::SettingsService(ServiceContext&) {}
SettingsService::~SettingsService() = default;
Result<domain::CompanyProfile> SettingsService::company() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::CompanyProfile> SettingsService::saveCompany(const domain::Actor&, domain::CompanyProfile) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<domain::TaxRate>> SettingsService::taxRates() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::TaxRate> SettingsService::saveTaxRate(const domain::Actor&, domain::TaxRate) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<domain::PaymentTerms>> SettingsService::paymentTerms() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::PaymentTerms> SettingsService::saveTerms(const domain::Actor&, domain::PaymentTerms) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<storage::NumberSeries>> SettingsService::numberSeries() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status SettingsService::setSeriesFormat(const domain::Actor&, const QString&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QString> SettingsService::value(const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status SettingsService::setValue(const domain::Actor&, const QString&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
}
