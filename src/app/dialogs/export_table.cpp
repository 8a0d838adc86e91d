// SPDX-License-Identifier: MIT
#include "app/dialogs/export_table.h"

#include "app/table_source.h"
#include "reports/table_writer.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <optional>

namespace mostrador::app {

using reports::ColumnKind;
using reports::TableCell;

namespace {

// The translation context of the export's messages.
class ExportTable {
    Q_DECLARE_TR_FUNCTIONS(ExportTable)
};

// Rows read to recognise what kind of number a column holds.
constexpr int kSampleRows = 200;

// Which value type a raw integer with this machine form is: the one whose plain parse
// gives back the same integer. Zero fits all and decides nothing.
std::optional<ColumnKind> kindOf(const QVariant& raw, const QString& plain,
                                 domain::Currency currency) {
    if (raw.typeId() == QMetaType::Bool)
        return ColumnKind::Boolean;
    if (plain.isEmpty() || !(raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::Int))
        return std::nullopt;
    const qint64 value = raw.toLongLong();
    if (value == 0)
        return std::nullopt;
    if (auto m = domain::Money::parsePlain(plain, currency); m && m->minor() == value)
        return ColumnKind::Money;
    if (auto q = domain::Quantity::parsePlain(plain); q && q->thousandths() == value)
        return ColumnKind::Quantity;
    if (auto p = domain::UnitPrice::parsePlain(plain); p && p->tenThousandths() == value)
        return ColumnKind::UnitPrice;
    return std::nullopt;
}

QList<reports::TableColumn> columnsOf(const QAbstractItemModel& model, domain::Currency currency) {
    QList<reports::TableColumn> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        reports::TableColumn column{model.headerData(c, Qt::Horizontal).toString(),
                                    ColumnKind::Text};
        const int sample = std::min(model.rowCount(), kSampleRows);
        for (int r = 0; r < sample; ++r) {
            const QModelIndex index = model.index(r, c);
            if (auto kind =
                    kindOf(index.data(role::Raw), index.data(role::Plain).toString(), currency)) {
                column.kind = *kind;
                break;
            }
        }
        columns.append(column);
    }
    return columns;
}

TableCell cellOf(const QModelIndex& index, ColumnKind kind, domain::Currency currency) {
    const QVariant raw = index.data(role::Raw);
    if (kind == ColumnKind::Text)
        return index.data(Qt::DisplayRole).toString();
    if (!raw.isValid())
        return std::monostate{};
    switch (kind) {
    case ColumnKind::Money:
        return domain::Money::fromMinor(raw.toLongLong(), currency);
    case ColumnKind::UnitPrice:
        return domain::UnitPrice::fromTenThousandths(raw.toLongLong());
    case ColumnKind::Quantity:
        return domain::Quantity::fromThousandths(raw.toLongLong());
    case ColumnKind::Boolean:
        return raw.toBool();
    case ColumnKind::Text:
        break;
    }
    return std::monostate{};
}

} // namespace

Result<int> writeModel(const QAbstractItemModel& model, const QString& path,
                       domain::Currency currency) {
    if (const QString code = model.property("currency").toString(); code.size() == 3)
        currency = domain::Currency::fromCode(code);
    const auto columns = columnsOf(model, currency);
    auto writer = reports::openTableWriter(path, columns, currency);
    if (!writer)
        return fail(writer.error());
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        reports::TableRow row;
        for (int c = 0; c < columns.size(); ++c)
            row.append(cellOf(model.index(r, c), columns[c].kind, currency));
        if (auto ok = (*writer)->writeRow(row); !ok)
            return fail(ok.error());
    }
    if (auto ok = (*writer)->finish(); !ok)
        return fail(ok.error());
    return rows;
}

void exportTable(QWidget* parent, const QAbstractItemModel& model, const QString& suggestedName) {
    const QString csv = ExportTable::tr("CSV, for any program (*.csv)");
    const QString xlsx = ExportTable::tr("Excel workbook (*.xlsx)");
    QString filter = csv;
    QString path =
        QFileDialog::getSaveFileName(parent, ExportTable::tr("Export the list"),
                                     QDir::home().filePath(suggestedName + QStringLiteral(".csv")),
                                     csv + QStringLiteral(";;") + xlsx, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("csv") && suffix != QStringLiteral("xlsx"))
        path += filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeModel(model, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, ExportTable::tr("Export"), written.error().message);
        return;
    }
    QMessageBox::information(parent, ExportTable::tr("Export"),
                             ExportTable::tr("Rows written: %1, to %2.")
                                 .arg(*written)
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace mostrador::app
