// SPDX-License-Identifier: MIT
// STUB: placeholder until implemented.
#include "services/setup_service.h"
namespace mostrador::services {
SetupService::SetupService(ServiceContext& ctx, CustomerService& c, ProductService& p) : m_ctx(ctx), m_customers(c), m_products(p) {}
Result<bool> SetupService::isInitialized() { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::Actor> SetupService::initialize(const domain::CompanyProfile&, const QString&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Status SetupService::loadDemo(const domain::Actor&, int, int) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
}
