// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"

#include <QCoreApplication>

namespace mostrador::app {

// The customer list, read through CustomerService (filter = full-text search).
class CustomerSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(CustomerSource)
public:
    CustomerSource(services::Services& services, domain::Actor actor);

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;
};

// The product list through ProductService: the catalogue (prices) or the stock
// position (on hand, reserved, available) of the same rows.
class ProductSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(ProductSource)
public:
    enum class Mode { Catalogue, Stock };
    ProductSource(services::Services& services, domain::Actor actor, Mode mode);

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    Mode m_mode;
};

} // namespace mostrador::app
