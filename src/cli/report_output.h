// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "reports/table_data.h"

#include <QJsonArray>

namespace mostrador::cli {

// A column of a report: its header, the JSON key it shows, and how an export writes it
// (amounts and quantities as numbers; they are right-aligned in the text table).
struct ReportColumn {
    QString header;
    QString key;
    reports::ColumnKind kind = reports::ColumnKind::Text;
};

// The option every report takes: --out FILE.csv|FILE.xlsx.
OptionSpec reportOutOption();

// A report's answer: the rows (the last one its total) as JSON, and as a text table
// under `title` with "Total" in the total row's first column. With --out the same table
// is written to a CSV or XLSX file too (the ExportData permission), and the text says so.
Result<Reply> reportReply(Session& s, const ParsedArgs& args, const QJsonArray& rows,
                          const QList<ReportColumn>& columns, const QString& title);

} // namespace mostrador::cli
