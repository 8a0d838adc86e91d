// SPDX-License-Identifier: MIT
#include "services/product_service.h"

#include "services/json.h"
#include "storage/settings_repository.h"
#include "storage/stock_repository.h"

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::Product;
using domain::Quantity;

namespace {

const QString kEntity = QStringLiteral("product");

Error notFound(const QString& sku) {
    return Error::notFound(QStringLiteral("product.not_found"),
                           trMsg("There is no product with SKU “%1”").arg(sku));
}

} // namespace

struct ProductService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , products(ctx.db)
        , levels(ctx.db)
        , settings(ctx.db)
        , stock(ctx) {}

    Result<Product> normalizeAndCheck(Product p);
    Status checkTaxCode(const QString& code);
    Result<Product> find(const QString& sku);
    Result<Product> doUpdate(const Actor& actor, Product product);

    ServiceContext& ctx;
    storage::ProductRepository products;
    storage::StockRepository levels;
    storage::SettingsRepository settings;
    StockService stock;
};

Status ProductService::Impl::checkTaxCode(const QString& code) {
    auto rate = settings.taxRate(code);
    if (!rate)
        return fail(rate.error());
    if (!*rate)
        return fail(Error::invalid(QStringLiteral("product.tax_unknown"),
                                   trMsg("There is no tax rate “%1”").arg(code),
                                   QStringLiteral("tax")));
    return {};
}

Result<Product> ProductService::Impl::normalizeAndCheck(Product p) {
    p.sku = p.sku.trimmed().toUpper();
    p.name = p.name.trimmed();
    p.unit = p.unit.trimmed();
    p.category = p.category.trimmed();
    p.taxCode = p.taxCode.trimmed().toUpper();
    if (auto ok = domain::validateProduct(p); !ok)
        return fail(ok.error());
    if (p.taxCode.isEmpty()) {
        auto fallback = settings.value(QString::fromUtf16(domain::setting::kDefaultTax));
        if (!fallback)
            return fail(fallback.error());
        p.taxCode = fallback->value_or(QString());
    }
    if (!p.taxCode.isEmpty())
        if (auto ok = checkTaxCode(p.taxCode); !ok)
            return fail(ok.error());
    return p;
}

Result<Product> ProductService::Impl::find(const QString& sku) {
    auto found = products.findBySku(sku.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(notFound(sku));
    return **found;
}

ProductService::ProductService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}
ProductService::~ProductService() = default;

Result<Product> ProductService::createInTransaction(const Actor& actor, Product product,
                                                    std::optional<Quantity> initialStock) {
    product.id = 0;
    auto p = d->normalizeAndCheck(std::move(product));
    if (!p)
        return p;
    auto exists = d->products.skuExists(p->sku);
    if (!exists)
        return fail(exists.error());
    if (*exists)
        return fail(Error::rule(QStringLiteral("product.duplicate_sku"),
                                trMsg("SKU %1 is already used").arg(p->sku),
                                QStringLiteral("sku")));
    auto id = d->products.insert(*p);
    if (!id)
        return fail(id.error());
    p->id = *id;
    p->version = 1;
    if (auto ok =
            d->ctx.record(actor, QStringLiteral("product.create"), kEntity, p->sku, {}, toJson(*p));
        !ok)
        return fail(ok.error());
    if (initialStock && !initialStock->isZero()) {
        auto level = d->stock.adjustInTransaction(actor, p->id, *initialStock,
                                                  QStringLiteral("initial stock"));
        if (!level)
            return fail(level.error());
    }
    return p;
}

Result<Product> ProductService::create(const Actor& actor, Product product,
                                       std::optional<Quantity> initialStock) {
    if (auto ok = actor.require(Permission::EditProducts); !ok)
        return fail(ok.error());
    auto created = inTransaction(
        d->ctx.db, [&] { return createInTransaction(actor, std::move(product), initialStock); });
    if (created) {
        d->ctx.notifier.announce(kEntity, created->sku);
        if (initialStock && !initialStock->isZero())
            d->ctx.notifier.announce(QStringLiteral("stock"), created->sku);
    }
    return created;
}

Result<Product> ProductService::Impl::doUpdate(const Actor& actor, Product product) {
    auto before = products.findById(product.id);
    if (!before)
        return fail(before.error());
    if (!*before)
        return fail(notFound(product.sku));
    auto p = normalizeAndCheck(std::move(product));
    if (!p)
        return p;
    if (p->sku != (*before)->sku)
        return fail(Error::rule(QStringLiteral("product.sku_immutable"),
                                trMsg("A product's SKU cannot be changed"), QStringLiteral("sku")));
    if (!p->tracked && (*before)->tracked) {
        auto level = levels.level(p->id);
        if (!level)
            return fail(level.error());
        if (!level->onHand.isZero() || !level->reserved.isZero())
            return fail(Error::rule(QStringLiteral("product.untrack_with_stock"),
                                    trMsg("Product %1 still has stock; bring it to zero before "
                                          "it stops being tracked")
                                        .arg(p->sku),
                                    QStringLiteral("tracked")));
    }
    auto written = products.update(*p);
    if (!written)
        return fail(written.error());
    if (!*written)
        return fail(Error::rule(QStringLiteral("product.stale"),
                                trMsg("Product %1 was changed by someone else meanwhile; reopen it "
                                      "and make your change again")
                                    .arg(p->sku)));
    auto after = products.findById(p->id);
    if (!after)
        return fail(after.error());
    if (auto ok = ctx.record(actor, QStringLiteral("product.update"), kEntity, p->sku,
                             toJson(**before), toJson(**after));
        !ok)
        return fail(ok.error());
    return **after;
}

Result<Product> ProductService::update(const Actor& actor, Product product) {
    if (auto ok = actor.require(Permission::EditProducts); !ok)
        return fail(ok.error());
    auto updated = inTransaction(d->ctx.db, [&] { return d->doUpdate(actor, std::move(product)); });
    if (updated)
        d->ctx.notifier.announce(kEntity, updated->sku);
    return updated;
}

Result<Product> ProductService::get(const Actor& actor, const QString& sku) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return d->find(sku);
}

Result<QList<ProductRow>> ProductService::list(const Actor& actor,
                                               const storage::ListQuery& query) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return d->products.list(query);
}

Result<qint64> ProductService::count(const Actor& actor, const storage::ListQuery& query) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return d->products.count(query);
}

Result<domain::StockLevel> ProductService::stockLevel(const Actor& actor, const QString& sku) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    auto p = d->find(sku);
    if (!p)
        return fail(p.error());
    return d->levels.level(p->id);
}

Result<QStringList> ProductService::categories(const Actor& actor) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    return d->products.categories();
}

} // namespace mostrador::services
