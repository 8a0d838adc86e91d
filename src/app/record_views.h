// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The customer files: search, sort, open the editor, export.
class CustomersView : public ListPage {
    Q_OBJECT
public:
    CustomersView(services::Services& services, const domain::Actor& actor,
                  QWidget* parent = nullptr);

protected:
    void createRecord() override;
    void editRecord(const QString& code) override;
    QString exportName() const override { return tr("customers"); }

private:
    // Opens the selected customer's account (CustomerAccountView), beside the list.
    void openAccount();

    services::Services& m_services;
    domain::Actor m_actor;
};

// The product catalogue with prices and stock: search, sort, open the editor, export.
class ProductsView : public ListPage {
    Q_OBJECT
public:
    ProductsView(services::Services& services, const domain::Actor& actor,
                 QWidget* parent = nullptr);

protected:
    void createRecord() override;
    void editRecord(const QString& sku) override;
    QString exportName() const override { return tr("products"); }

private:
    services::Services& m_services;
    domain::Actor m_actor;
};

} // namespace mostrador::app
