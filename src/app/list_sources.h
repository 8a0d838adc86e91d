// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"
#include "domain/user.h"

#include <QCoreApplication>
#include <QLocale>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The customer list, read through CustomerService (filter = full-text search).
class CustomerSource : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(CustomerSource)
public:
    CustomerSource(services::Services& services, domain::Actor actor);

    QList<ColumnSpec> columns() const override;
    domain::Currency currency() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::Services& m_services;
    domain::Actor m_actor;
    QLocale m_locale;
};

// The product list through ProductService: the catalogue (prices) or the stock
// position (on hand, reserved, available) of the same rows.
class ProductSource : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(ProductSource)
public:
    enum class Mode { Catalogue, Stock };
    ProductSource(services::Services& services, domain::Actor actor, Mode mode);

    QList<ColumnSpec> columns() const override;
    domain::Currency currency() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::Services& m_services;
    domain::Actor m_actor;
    Mode m_mode;
    QLocale m_locale;
};

} // namespace mostrador::app
