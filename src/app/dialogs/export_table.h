// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace mostrador::app {

// Asks for a file name (CSV or XLSX) and writes what a list shows: its columns and every
// row of its current filter and sort, then says how many rows were written.
void exportTable(QWidget* parent, const QAbstractItemModel& model, const QString& suggestedName);

// The writing half of exportTable(), without questions: the format follows the file's
// extension. Columns whose header says (role::Kind) they hold amounts, prices or
// quantities are written as numbers, exactly, from the raw integers (role::Raw); other
// cells as the list shows them. Rows are read one at a time, so a
// lazy model pages through its SQL instead of loading everything. `currency` is that of
// the amounts; when the model has a "currency" property (an ISO code) it wins.
Result<int> writeModel(const QAbstractItemModel& model, const QString& path,
                       domain::Currency currency = {});

} // namespace mostrador::app
