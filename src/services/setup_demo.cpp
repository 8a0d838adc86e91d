// SPDX-License-Identifier: MIT
// SetupService::loadDemo: sample data written straight through the repositories (the
// records are generated valid and unique), so 100,000 customers load in seconds.
#include "domain/numbering.h"
#include "services/demo_data.h"
#include "services/setup_service.h"
#include "storage/customer_repository.h"
#include "storage/number_series_repository.h"
#include "storage/product_repository.h"
#include "storage/settings_repository.h"
#include "storage/stock_repository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonObject>
#include <spdlog/spdlog.h>

namespace mostrador::services {

namespace {

constexpr int kMaxDemoRecords = 1000000;

// What the sample records may refer to; only codes that exist.
Result<demo::Catalogue> catalogueOf(storage::SettingsRepository& settings,
                                    domain::Currency currency) {
    demo::Catalogue c;
    c.currency = currency;
    auto terms = settings.paymentTerms();
    if (!terms)
        return fail(terms.error());
    for (const domain::PaymentTerms& t : *terms)
        c.termCodes.append(t.code);
    auto rates = settings.taxRates();
    if (!rates)
        return fail(rates.error());
    for (const domain::TaxRate& r : *rates)
        c.taxCodes.append(r.code);
    auto fallback = settings.value(QString::fromUtf16(domain::setting::kDefaultTax));
    if (!fallback)
        return fail(fallback.error());
    if (c.taxCodes.contains(QStringLiteral("IVA21")))
        c.generalTax = QStringLiteral("IVA21");
    else if (fallback->has_value() && c.taxCodes.contains(**fallback))
        c.generalTax = **fallback;
    else if (!c.taxCodes.isEmpty())
        c.generalTax = c.taxCodes.first();
    return c;
}

// The repositories the sample data is written through, inside loadDemo's transaction.
struct DemoWriter {
    storage::CustomerRepository customers;
    storage::ProductRepository products;
    storage::StockRepository stock;
    storage::NumberSeriesRepository series;
};

Status writeCustomers(DemoWriter& writer, const demo::Catalogue& catalogue, int count) {
    if (count == 0)
        return {};
    const int year = QDate::currentDate().year();
    auto block = writer.series.reserve(QString::fromUtf16(domain::series::kCustomer), year, count);
    if (!block)
        return fail(block.error());
    for (qint64 i = 0; i < count; ++i) {
        const qint64 number = block->first + i;
        const domain::Customer c = demo::customer(
            number, domain::formatDocumentNumber(block->format, year, number), catalogue);
        if (auto ok = domain::validateCustomer(c); !ok)
            return ok;
        if (auto id = writer.customers.insert(c); !id)
            return fail(id.error());
    }
    return {};
}

Status writeOpeningStock(DemoWriter& writer, qint64 productId, domain::Quantity qty,
                         const QString& userName) {
    domain::StockMovement m;
    m.productId = productId;
    m.qty = qty;
    m.kind = QString::fromUtf16(domain::movement::kAdjustment);
    m.reason = QStringLiteral("initial stock");
    m.userName = userName;
    if (auto id = writer.stock.appendMovement(m); !id)
        return fail(id.error());
    return writer.stock.addOnHand(productId, qty);
}

Status writeProducts(DemoWriter& writer, const demo::Catalogue& catalogue, qint64 first, int count,
                     const QString& userName) {
    for (qint64 index = first; index < first + count; ++index) {
        const domain::Product p = demo::product(index, catalogue);
        if (auto ok = domain::validateProduct(p); !ok)
            return ok;
        auto id = writer.products.insert(p);
        if (!id)
            return fail(id.error());
        const domain::Quantity stock = demo::openingStock(index, p);
        if (stock.isZero())
            continue;
        if (auto ok = writeOpeningStock(writer, *id, stock, userName); !ok)
            return ok;
    }
    return {};
}

} // namespace

Status SetupService::loadDemo(const domain::Actor& actor, int customers, int products) {
    if (auto ok = actor.require(domain::Permission::LoadDemo); !ok)
        return ok;
    if (customers < 0 || products < 0 || customers > kMaxDemoRecords || products > kMaxDemoRecords)
        return fail(
            Error::invalid(QStringLiteral("demo.count_invalid"),
                           trMsg("Give between 0 and %1 sample records").arg(kMaxDemoRecords)));
    QElapsedTimer timer;
    timer.start();
    storage::SettingsRepository settings(m_ctx.db);
    storage::ProductRepository productRows(m_ctx.db);
    auto done = inTransaction(m_ctx.db, [&]() -> Status {
        auto catalogue = catalogueOf(settings, m_ctx.currency);
        if (!catalogue)
            return fail(catalogue.error());
        storage::ListQuery all;
        all.includeInactive = true;
        auto existing = productRows.count(all); // new SKUs follow the products already there
        if (!existing)
            return fail(existing.error());
        storage::BulkLoadScope bulk(m_ctx.db);
        DemoWriter writer{storage::CustomerRepository(m_ctx.db, m_ctx.currency),
                          storage::ProductRepository(m_ctx.db), storage::StockRepository(m_ctx.db),
                          storage::NumberSeriesRepository(m_ctx.db)};
        if (auto ok = writeCustomers(writer, *catalogue, customers); !ok)
            return ok;
        if (auto ok = writeProducts(writer, *catalogue, *existing, products, actor.name); !ok)
            return ok;
        return m_ctx.record(
            actor, QStringLiteral("demo.load"), QStringLiteral("demo"), QString(), {},
            {{QStringLiteral("customers"), customers}, {QStringLiteral("products"), products}});
    });
    if (done) {
        spdlog::info("loaded {} sample customers and {} products in {} ms", customers, products,
                     timer.elapsed());
        m_ctx.notifier.announce(QStringLiteral("*"), QString());
    }
    return done;
}

} // namespace mostrador::services
