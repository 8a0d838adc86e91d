// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace mostrador::storage {

// One page of a list: a search text, the sort column (a key the repository maps to a
// column; unknown keys fall back to its default), and the window of rows.
struct ListQuery {
    QString search;
    QString sortKey;
    bool descending = false;
    bool includeInactive = false;
    int offset = 0;
    int limit = 100;
};

// Turns what a user typed into an FTS5 prefix query: each word must match the start
// of a token ("gar mad" → "gar"* "mad"*). Empty when nothing searchable remains.
QString ftsPrefixQuery(const QString& text);

// " ORDER BY <order> [DESC], <tieBreak> [DESC] LIMIT ? OFFSET ?" for one page of `query`,
// appending the limit and offset to `values`. `order` and `tieBreak` are fixed SQL
// expressions picked by the repository (never user text).
QString pageClause(const ListQuery& query, const QString& order, const QString& tieBreak,
                   QList<QVariant>& values);

} // namespace mostrador::storage
