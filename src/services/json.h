// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/pricing.h"
#include "domain/product.h"
#include "domain/settings.h"

#include <QJsonObject>

namespace mostrador::services {

// The JSON form of records, shared by the audit log and `mostrador-cli --json`:
// amounts and quantities are strings in the plain machine form ("1234.50", "2.5").
QJsonObject toJson(const domain::Customer& customer);
QJsonObject toJson(const domain::Product& product);
QJsonObject toJson(const domain::TaxRate& rate);
QJsonObject toJson(const domain::PaymentTerms& terms);
QJsonObject toJson(const domain::CompanyProfile& company);
QJsonObject toJson(const domain::PriceList& list);
QJsonObject toJson(const domain::PriceRule& rule);

} // namespace mostrador::services
