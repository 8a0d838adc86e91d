// SPDX-License-Identifier: MIT
#include "services/product_service.h"
#include "storage/stock_repository.h"

#include <QJsonObject>

namespace mostrador::services {

using domain::Actor;
using domain::Permission;
using domain::Product;
using domain::Quantity;
using domain::StockLevel;

namespace {

const QString kEntity = QStringLiteral("stock");

Status checkAdjustment(Quantity qty, const QString& reason) {
    if (reason.isEmpty())
        return fail(Error::invalid(QStringLiteral("stock.reason_required"),
                                   trMsg("Give a reason for the stock adjustment"),
                                   QStringLiteral("reason")));
    if (qty.isZero())
        return fail(Error::invalid(QStringLiteral("stock.qty_zero"),
                                   trMsg("An adjustment needs a quantity other than zero"),
                                   QStringLiteral("qty")));
    return {};
}

} // namespace

struct StockService::Impl {
    explicit Impl(ServiceContext& ctx)
        : ctx(ctx)
        , products(ctx.db)
        , stock(ctx.db) {}

    Result<Product> product(qint64 id, const QString& sku);

    ServiceContext& ctx;
    storage::ProductRepository products;
    storage::StockRepository stock;
};

// The product by id, or by SKU when id is 0.
Result<Product> StockService::Impl::product(qint64 id, const QString& sku) {
    auto found = id != 0 ? products.findById(id) : products.findBySku(sku.trimmed().toUpper());
    if (!found)
        return fail(found.error());
    if (*found)
        return **found;
    return fail(Error::notFound(QStringLiteral("product.not_found"),
                                id != 0 ? trMsg("There is no product with id %1").arg(id)
                                        : trMsg("There is no product with SKU “%1”").arg(sku)));
}

StockService::StockService(ServiceContext& ctx)
    : d(std::make_unique<Impl>(ctx)) {}
StockService::~StockService() = default;

Result<StockLevel> StockService::adjustInTransaction(const Actor& actor, qint64 productId,
                                                     Quantity qty, const QString& reason) {
    const QString why = reason.trimmed();
    if (auto ok = checkAdjustment(qty, why); !ok)
        return fail(ok.error());
    auto p = d->product(productId, QString());
    if (!p)
        return fail(p.error());
    if (!p->tracked)
        return fail(Error::rule(QStringLiteral("stock.untracked"),
                                trMsg("Product %1 does not keep stock").arg(p->sku)));
    auto level = d->stock.level(p->id);
    if (!level)
        return fail(level.error());
    const Quantity onHand = level->onHand + qty;
    if (onHand.isNegative()) {
        const QLocale locale;
        return fail(
            Error::rule(QStringLiteral("stock.negative"),
                        trMsg("Stock of %1 cannot go below zero: %2 on hand, adjustment of %3")
                            .arg(p->sku, level->onHand.toString(locale), qty.toString(locale)),
                        QStringLiteral("qty")));
    }
    domain::StockMovement m;
    m.productId = p->id;
    m.qty = qty;
    m.kind = QString::fromUtf16(domain::movement::kAdjustment);
    m.reason = why;
    m.userName = actor.name;
    if (auto id = d->stock.appendMovement(m); !id)
        return fail(id.error());
    if (auto ok = d->stock.addOnHand(p->id, qty); !ok)
        return fail(ok.error());
    const QJsonObject after{{QStringLiteral("sku"), p->sku},
                            {QStringLiteral("qty"), qty.toPlainString()},
                            {QStringLiteral("reason"), why},
                            {QStringLiteral("on_hand"), onHand.toPlainString()}};
    if (auto ok = d->ctx.record(actor, QStringLiteral("stock.adjust"), kEntity, p->sku, {}, after);
        !ok)
        return fail(ok.error());
    return StockLevel{onHand, level->reserved};
}

Result<StockLevel> StockService::adjust(const Actor& actor, const QString& sku, Quantity qty,
                                        const QString& reason) {
    if (auto ok = actor.require(Permission::AdjustStock); !ok)
        return fail(ok.error());
    QString normalized;
    auto level = inTransaction(d->ctx.db, [&]() -> Result<StockLevel> {
        auto p = d->product(0, sku);
        if (!p)
            return fail(p.error());
        normalized = p->sku;
        return adjustInTransaction(actor, p->id, qty, reason);
    });
    if (level)
        d->ctx.notifier.announce(kEntity, normalized);
    return level;
}

Result<QList<domain::StockMovement>> StockService::movements(const Actor& actor, const QString& sku,
                                                             int limit) {
    if (auto ok = actor.require(Permission::ViewProducts); !ok)
        return fail(ok.error());
    auto p = d->product(0, sku);
    if (!p)
        return fail(p.error());
    return d->stock.movements(p->id, limit);
}

} // namespace mostrador::services
