// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace mostrador::app {

// Asks for a file name (CSV or XLSX) and writes what a list shows: its visible
// columns and every row of its current filter.
void exportTable(QWidget* parent, const QAbstractItemModel& model, const QString& suggestedName);

} // namespace mostrador::app
