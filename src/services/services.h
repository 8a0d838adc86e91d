// SPDX-License-Identifier: MIT
#pragma once

#include "services/customer_service.h"
#include "services/dashboard_service.h"
#include "services/import_service.h"
#include "services/invoice_service.h"
#include "services/payment_service.h"
#include "services/price_list_service.h"
#include "services/product_service.h"
#include "services/quotation_service.h"
#include "services/report_service.h"
#include "services/return_service.h"
#include "services/sales_order_service.h"
#include "services/settings_service.h"
#include "services/setup_service.h"
#include "services/shipment_service.h"
#include "services/statement_service.h"
#include "services/user_service.h"

#include <memory>

namespace mostrador::services {

// Everything a front end needs, over one open database. The app and the CLI each
// hold one; tests make their own over a temporary database.
class Services {
public:
    static Result<std::unique_ptr<Services>> open(const QString& path);
    ~Services();

    storage::Database& database() { return *m_db; }
    ServiceContext& context() { return *m_ctx; }
    ChangeNotifier& notifier() { return m_ctx->notifier; }

    CustomerService& customers() { return *m_customers; }
    ProductService& products() { return *m_products; }
    StockService& stock() { return *m_stock; }
    SettingsService& settings() { return *m_settings; }
    UserService& users() { return *m_users; }
    ImportService& imports() { return *m_imports; }
    SetupService& setup() { return *m_setup; }
    PriceListService& priceLists() { return *m_priceLists; }
    QuotationService& quotations() { return *m_quotations; }
    SalesOrderService& orders() { return *m_orders; }
    DepositService& deposits() { return *m_deposits; }
    ShipmentService& shipments() { return *m_shipments; }
    PaymentService& payments() { return *m_payments; }
    InvoiceService& invoices() { return *m_invoices; }
    ReturnService& returns() { return *m_returns; }
    StatementService& statements() { return *m_statements; }
    DashboardService& dashboard() { return *m_dashboard; }
    ReportService& reports() { return *m_reports; }

private:
    explicit Services(std::unique_ptr<storage::Database> db);

    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ServiceContext> m_ctx;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<StockService> m_stock;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<SetupService> m_setup;
    std::unique_ptr<PriceListService> m_priceLists;
    std::unique_ptr<QuotationService> m_quotations;
    std::unique_ptr<SalesOrderService> m_orders;
    std::unique_ptr<DepositService> m_deposits;
    std::unique_ptr<ShipmentService> m_shipments;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<InvoiceService> m_invoices;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<StatementService> m_statements;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<ReportService> m_reports;
};

} // namespace mostrador::services
