// SPDX-License-Identifier: MIT
#include "cli/report_output.h"

#include "cli/output.h"
#include "reports/list_export.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using reports::ColumnKind;

namespace {

// The rows as shown: the total row says so in its first column.
QJsonArray withTotalNamed(QJsonArray rows, const QString& firstKey) {
    if (rows.isEmpty())
        return rows;
    QJsonObject total = rows.last().toObject();
    total.insert(firstKey, trMsg("Total"));
    rows.replace(rows.size() - 1, total);
    return rows;
}

Result<reports::TableCell> cellOf(const QJsonValue& value, ColumnKind kind,
                                  domain::Currency currency) {
    const QString text = value.isString() ? value.toString() : displayText(value);
    if (value.isNull() || value.isUndefined())
        return reports::TableCell{};
    switch (kind) {
    case ColumnKind::Money:
        return mapResult(domain::Money::parsePlain(text, currency),
                         [](const domain::Money& m) { return reports::TableCell{m}; });
    case ColumnKind::UnitPrice:
        return mapResult(domain::UnitPrice::parsePlain(text),
                         [](const domain::UnitPrice& p) { return reports::TableCell{p}; });
    case ColumnKind::Quantity:
        return mapResult(domain::Quantity::parsePlain(text),
                         [](const domain::Quantity& q) { return reports::TableCell{q}; });
    default:
        return reports::TableCell{text};
    }
}

Result<reports::TableData> tableOf(const QJsonArray& shown, const QList<ReportColumn>& columns,
                                   domain::Currency currency) {
    reports::TableData table;
    table.currency = currency;
    for (const ReportColumn& c : columns)
        table.columns.append({c.header, c.kind});
    for (const QJsonValue& row : shown) {
        reports::TableRow cells;
        for (const ReportColumn& c : columns) {
            auto cell = cellOf(row.toObject().value(c.key), c.kind, currency);
            if (!cell)
                return fail(cell.error());
            cells.append(*cell);
        }
        table.rows.append(cells);
    }
    return table;
}

} // namespace

OptionSpec reportOutOption() {
    return valueOption(u"out"_s, u"FILE.(csv|xlsx)"_s);
}

Result<Reply> reportReply(Session& s, const ParsedArgs& args, const QJsonArray& rows,
                          const QList<ReportColumn>& columns, const QString& title) {
    const QJsonArray shown = withTotalNamed(rows, columns.first().key);
    QList<Column> textColumns;
    for (const ReportColumn& c : columns)
        textColumns.append({c.header, c.key, c.kind != ColumnKind::Text});
    Reply reply = listReply(shown, textColumns);
    reply.json = rows;
    reply.text = title + u'\n' + reply.text;
    if (!args.has(u"out"_s))
        return reply;
    const QString path = args.value(u"out"_s);
    auto table = tableOf(shown, columns, s.currency());
    if (!table)
        return fail(table.error());
    auto written = reports::exportTable(*table, s.actor, path);
    if (!written)
        return fail(written.error());
    reply.text += u'\n' + trMsg("Exported %1 rows to %2").arg(*written).arg(path);
    return reply;
}

} // namespace mostrador::cli
