// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"

#include <QList>
#include <QSqlQuery>

namespace mostrador::storage {

class Database;
class Rows;

// Where the lines of one kind of document live. Quotation and order lines share their
// columns; orders add a requested date and their fulfilment quantities.
enum class LineTable { Quotation, Order };

// Replaces the lines of document `documentId` with `lines`, in their order; answers the
// new lines' ids in the same order.
Result<QList<qint64>> writeLines(Database& db, LineTable table, qint64 documentId,
                                 const QList<domain::DocumentLine>& lines);
// The lines of one document in position order, money in `currency`.
Result<QList<domain::DocumentLine>> readLines(Database& db, LineTable table, qint64 documentId,
                                              domain::Currency currency);

// The header columns every sales document stores from its DocumentParty.
QString partyColumns();
QVariantList partyValues(const domain::DocumentParty& party);
// Reads the party from `first` on, in partyColumns() order.
domain::DocumentParty partyFrom(const Rows& row, int first);

QString isoDate(const QDate& date);
QDate dateFrom(const QVariant& value);
QDate dateFrom(const QString& iso); // an empty text is no date

} // namespace mostrador::storage
