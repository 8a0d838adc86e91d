// SPDX-License-Identifier: MIT
// STUB: placeholder until implemented.
#include "services/product_service.h"
namespace mostrador::services {
struct ProductService::Impl {};
ProductService::ProductService(ServiceContext&) {}
ProductService::~ProductService() = default;
Result<domain::Product> ProductService::create(const domain::Actor&, domain::Product, std::optional<domain::Quantity>) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::Product> ProductService::update(const domain::Actor&, domain::Product) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::Product> ProductService::get(const domain::Actor&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<ProductRow>> ProductService::list(const domain::Actor&, const storage::ListQuery&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<qint64> ProductService::count(const domain::Actor&, const storage::ListQuery&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::StockLevel> ProductService::stockLevel(const domain::Actor&, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::Product> ProductService::createInTransaction(const domain::Actor&, domain::Product, std::optional<domain::Quantity>) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
struct StockService::Impl {};
StockService::StockService(ServiceContext&) {}
StockService::~StockService() = default;
Result<domain::StockLevel> StockService::adjust(const domain::Actor&, const QString&, domain::Quantity, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<QList<domain::StockMovement>> StockService::movements(const domain::Actor&, const QString&, int) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
Result<domain::StockLevel> StockService::adjustInTransaction(const domain::Actor&, qint64, domain::Quantity, const QString&) { return fail(Error::storage(QStringLiteral("not_implemented"), QStringLiteral("not implemented yet"))); }
}
