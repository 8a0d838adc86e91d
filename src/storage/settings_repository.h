// SPDX-License-Identifier: MIT
#pragma once

#include "domain/settings.h"

#include <QList>
#include <optional>

namespace mostrador::storage {

class Database;

// The company profile, key-value settings, tax rates and payment terms.
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db)
        : m_db(db) {}

    Result<std::optional<domain::CompanyProfile>> company();
    Status saveCompany(const domain::CompanyProfile& company);

    // The stored value, or std::nullopt when the key was never set.
    Result<std::optional<QString>> value(const QString& key);
    Status setValue(const QString& key, const QString& value);

    Result<QList<domain::TaxRate>> taxRates();
    Result<std::optional<domain::TaxRate>> taxRate(const QString& code);
    Status saveTaxRate(const domain::TaxRate& rate); // insert or replace

    Result<QList<domain::PaymentTerms>> paymentTerms();
    Result<std::optional<domain::PaymentTerms>> terms(const QString& code);
    Status saveTerms(const domain::PaymentTerms& terms); // insert or replace

private:
    Database& m_db;
};

} // namespace mostrador::storage
