// SPDX-License-Identifier: MIT
#include "storage/list_query.h"

#include <QStringList>

namespace mostrador::storage {

QString ftsPrefixQuery(const QString& text) {
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QString pageClause(const ListQuery& query, const QString& order, const QString& tieBreak,
                   QList<QVariant>& values) {
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    values << query.limit << query.offset;
    return QStringLiteral(" ORDER BY ") + order + direction + QStringLiteral(", ") + tieBreak +
           direction + QStringLiteral(" LIMIT ? OFFSET ?");
}

} // namespace mostrador::storage
