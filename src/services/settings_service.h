// SPDX-License-Identifier: MIT
#pragma once

#include "domain/settings.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/number_series_repository.h"

#include <QList>
#include <memory>

namespace mostrador::services {

// Company profile, tax rates, payment terms, number series and key-value settings.
// Reading is open to every user; changing needs ManageSettings (admin).
class SettingsService {
public:
    explicit SettingsService(ServiceContext& ctx);
    ~SettingsService();

    Result<domain::CompanyProfile> company();
    // Also updates ServiceContext::currency.
    Result<domain::CompanyProfile> saveCompany(const domain::Actor& actor,
                                               domain::CompanyProfile company);

    Result<QList<domain::TaxRate>> taxRates();
    Result<domain::TaxRate> saveTaxRate(const domain::Actor& actor, domain::TaxRate rate);

    Result<QList<domain::PaymentTerms>> paymentTerms();
    Result<domain::PaymentTerms> saveTerms(const domain::Actor& actor, domain::PaymentTerms terms);

    Result<QList<storage::NumberSeries>> numberSeries();
    Status setSeriesFormat(const domain::Actor& actor, const QString& kind, const QString& format);

    // The value of a known key, or its default.
    Result<QString> value(const QString& key);
    Status setValue(const domain::Actor& actor, const QString& key, const QString& value);

    // The company's name is required and its currency a three-letter ISO code.
    static Status validateCompany(const domain::CompanyProfile& company);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
