// SPDX-License-Identifier: MIT
// STUB: placeholder until implemented.
#include "services/import_service.h"
namespace mostrador::services {
ImportService::ImportService(ServiceContext& ctx, CustomerService& c, ProductService& p) : m_ctx(ctx), m_customers(c), m_products(p) {}
Result<ImportReport> ImportService::importCustomers(const domain::Actor&, const QString&, bool, const ImportProgress&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<ImportReport> ImportService::importProducts(const domain::Actor&, const QString&, bool, const ImportProgress&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
}
