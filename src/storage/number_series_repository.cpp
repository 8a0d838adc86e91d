// SPDX-License-Identifier: MIT
#include "storage/number_series_repository.h"

#include "domain/numbering.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

Result<NumberSeriesRepository::Block> NumberSeriesRepository::reserve(const QString& kind, int year,
                                                                      qint64 count) {
    auto q = read(
        m_db, QStringLiteral("SELECT format, year, next_value FROM number_series WHERE kind = ?"),
        {kind});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(QStringLiteral("series.unknown"),
                                    trMsg("There is no number series for %1").arg(kind)));
    Block block{q->value(0).toString(), q->value(2).toLongLong()};
    const int storedYear = q->value(1).toInt();
    const bool yearly = domain::seriesResetsYearly(block.format);
    if (yearly && storedYear != year)
        block.first = 1;
    auto saved = write(
        m_db, QStringLiteral("UPDATE number_series SET year = ?, next_value = ? WHERE kind = ?"),
        {yearly ? year : storedYear, block.first + count, kind});
    if (!saved)
        return fail(saved.error());
    return block;
}

Result<QString> NumberSeriesRepository::takeNext(const QString& kind, int year) {
    auto block = reserve(kind, year, 1);
    if (!block)
        return fail(block.error());
    return domain::formatDocumentNumber(block->format, year, block->first);
}

Result<QList<NumberSeries>> NumberSeriesRepository::all() {
    auto q = read(
        m_db,
        QStringLiteral("SELECT kind, format, year, next_value FROM number_series ORDER BY kind"));
    if (!q)
        return fail(q.error());
    QList<NumberSeries> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                    q->value(3).toLongLong()});
    return out;
}

Status NumberSeriesRepository::setFormat(const QString& kind, const QString& format) {
    auto q =
        run(m_db.connection(), QStringLiteral("UPDATE number_series SET format = ? WHERE kind = ?"),
            {format, kind});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() == 0)
        return fail(Error::notFound(QStringLiteral("series.unknown"),
                                    trMsg("There is no number series for %1").arg(kind)));
    return {};
}

} // namespace mostrador::storage
