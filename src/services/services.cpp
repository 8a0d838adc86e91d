// SPDX-License-Identifier: MIT
#include "services/services.h"

#include "storage/settings_repository.h"

#include <spdlog/spdlog.h>

namespace mostrador::services {

Services::Services(std::unique_ptr<storage::Database> db)
    : m_db(std::move(db))
    , m_ctx(std::make_unique<ServiceContext>(*m_db)) {
    storage::SettingsRepository settings(*m_db);
    if (auto company = settings.company(); company && *company)
        m_ctx->currency = (*company)->currency;
    m_customers = std::make_unique<CustomerService>(*m_ctx);
    m_products = std::make_unique<ProductService>(*m_ctx);
    m_stock = std::make_unique<StockService>(*m_ctx);
    m_settings = std::make_unique<SettingsService>(*m_ctx);
    m_users = std::make_unique<UserService>(*m_ctx);
    m_imports = std::make_unique<ImportService>(*m_ctx, *m_customers, *m_products);
    m_setup = std::make_unique<SetupService>(*m_ctx);
    m_priceLists = std::make_unique<PriceListService>(*m_ctx);
    m_quotations = std::make_unique<QuotationService>(*m_ctx, *m_settings);
    m_orders = std::make_unique<SalesOrderService>(*m_ctx, *m_settings);
    m_deposits = std::make_unique<DepositService>(*m_ctx);
    m_shipments = std::make_unique<ShipmentService>(*m_ctx);
    m_payments = std::make_unique<PaymentService>(*m_ctx);
    m_invoices = std::make_unique<InvoiceService>(*m_ctx, *m_settings);
    m_returns = std::make_unique<ReturnService>(*m_ctx, *m_settings);
    m_statements = std::make_unique<StatementService>(*m_ctx, *m_payments);
    m_dashboard = std::make_unique<DashboardService>(*m_ctx);
    m_reports = std::make_unique<ReportService>(*m_ctx);
}

Services::~Services() = default;

Result<std::unique_ptr<Services>> Services::open(const QString& path) {
    auto db = storage::Database::open(path);
    if (!db) {
        spdlog::error("cannot open {}: {}", path.toStdString(), db.error().message.toStdString());
        return fail(db.error());
    }
    spdlog::info("opened {} (schema {})", path.toStdString(), (*db)->schemaVersion());
    return std::unique_ptr<Services>(new Services(std::move(*db)));
}

} // namespace mostrador::services
