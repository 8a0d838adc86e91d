// SPDX-License-Identifier: MIT
#include "storage/stock_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::Quantity;
using domain::StockLevel;
using domain::StockMovement;

Result<StockLevel> StockRepository::level(qint64 productId) {
    auto q = read(m_db,
                  QStringLiteral("SELECT on_hand, reserved FROM stock_levels WHERE product_id = ?"),
                  {productId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return StockLevel{};
    return StockLevel{Quantity::fromThousandths(q->value(0).toLongLong()),
                      Quantity::fromThousandths(q->value(1).toLongLong())};
}

Result<QHash<qint64, StockLevel>> StockRepository::levels(const QList<qint64>& productIds) {
    QHash<qint64, StockLevel> found;
    if (productIds.isEmpty())
        return found;
    QString marks = QStringLiteral("?");
    QVariantList values{productIds.first()};
    for (qsizetype i = 1; i < productIds.size(); ++i) {
        marks += QStringLiteral(", ?");
        values.append(productIds[i]);
    }
    auto q = read(m_db,
                  QStringLiteral("SELECT product_id, on_hand, reserved FROM stock_levels "
                                 "WHERE product_id IN (%1)")
                      .arg(marks),
                  values);
    if (!q)
        return fail(q.error());
    while (q->next())
        found.insert(q->value(0).toLongLong(),
                     {Quantity::fromThousandths(q->value(1).toLongLong()),
                      Quantity::fromThousandths(q->value(2).toLongLong())});
    return found;
}

Result<qint64> StockRepository::appendMovement(const StockMovement& m) {
    const QString at = m.at.isValid() ? m.at.toUTC().toString(Qt::ISODateWithMs) : nowIso();
    auto id =
        write(m_db,
              QStringLiteral("INSERT INTO stock_movements (product_id, qty, kind, reason, "
                             "reference, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {m.productId, m.qty.thousandths(), m.kind, m.reason, m.reference, m.userName, at});
    if (!id)
        return fail(id.error());
    return *id;
}

Status StockRepository::addOnHand(qint64 productId, Quantity delta) {
    auto q = write(m_db,
                   QStringLiteral("INSERT INTO stock_levels (product_id, on_hand) VALUES (?, ?) "
                                  "ON CONFLICT (product_id) DO UPDATE "
                                  "SET on_hand = on_hand + excluded.on_hand"),
                   {productId, delta.thousandths()});
    return q ? Status{} : fail(q.error());
}

Status StockRepository::addReserved(qint64 productId, Quantity delta) {
    auto q = write(m_db,
                   QStringLiteral("INSERT INTO stock_levels (product_id, reserved) VALUES (?, ?) "
                                  "ON CONFLICT (product_id) DO UPDATE "
                                  "SET reserved = reserved + excluded.reserved"),
                   {productId, delta.thousandths()});
    return q ? Status{} : fail(q.error());
}

Status StockRepository::addLevels(qint64 productId, Quantity onHandDelta, Quantity reservedDelta) {
    auto q = write(m_db,
                   QStringLiteral("INSERT INTO stock_levels (product_id, on_hand, reserved) "
                                  "VALUES (?, ?, ?) ON CONFLICT (product_id) DO UPDATE "
                                  "SET on_hand = on_hand + excluded.on_hand, "
                                  "reserved = reserved + excluded.reserved"),
                   {productId, onHandDelta.thousandths(), reservedDelta.thousandths()});
    return q ? Status{} : fail(q.error());
}

Result<QList<StockMovement>> StockRepository::movements(qint64 productId, int limit) {
    auto q =
        read(m_db,
             QStringLiteral("SELECT id, product_id, qty, kind, reason, reference, user_name, at "
                            "FROM stock_movements WHERE product_id = ? "
                            "ORDER BY id DESC LIMIT ?"),
             {productId, limit});
    if (!q)
        return fail(q.error());
    QList<StockMovement> out;
    while (q->next()) {
        StockMovement m;
        m.id = q->value(0).toLongLong();
        m.productId = q->value(1).toLongLong();
        m.qty = Quantity::fromThousandths(q->value(2).toLongLong());
        m.kind = q->value(3).toString();
        m.reason = q->value(4).toString();
        m.reference = q->value(5).toString();
        m.userName = q->value(6).toString();
        m.at = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
        out.append(std::move(m));
    }
    return out;
}

} // namespace mostrador::storage
