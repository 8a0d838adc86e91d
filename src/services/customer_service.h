// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/customer_repository.h"
#include "storage/number_series_repository.h"
#include "storage/price_list_repository.h"
#include "storage/settings_repository.h"

namespace mostrador::services {

using storage::CustomerRow;
using storage::ListQuery;

// Customer files: create, change, look up and list. Codes are generated from the
// customer series when not given; codes and tax ids are unique.
class CustomerService {
public:
    explicit CustomerService(ServiceContext& ctx);

    Result<domain::Customer> create(const domain::Actor& actor, domain::Customer customer);
    // `customer.version` must be the version that was read: a stale edit is refused.
    Result<domain::Customer> update(const domain::Actor& actor, domain::Customer customer);
    Result<domain::Customer> get(const domain::Actor& actor, const QString& code);
    Result<QList<CustomerRow>> list(const domain::Actor& actor, const ListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const ListQuery& query);
    // One page of whole customer records without contacts, for exports.
    Result<QList<domain::Customer>> listRecords(const domain::Actor& actor, const ListQuery& query);

    // The steps of create() without its own transaction, for imports that write many
    // customers in one transaction. The caller checks permission and commits.
    Result<domain::Customer> createInTransaction(const domain::Actor& actor,
                                                 domain::Customer customer);

private:
    Result<domain::Customer> normalizeAndCheck(domain::Customer customer);
    Status checkUnique(const domain::Customer& customer);

    ServiceContext& m_ctx;
    storage::CustomerRepository m_customers;
    storage::NumberSeriesRepository m_series;
    storage::SettingsRepository m_settings;
    storage::PriceListRepository m_priceLists;
};

} // namespace mostrador::services
