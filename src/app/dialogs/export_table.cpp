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

namespace mostrador::app {

using reports::ColumnKind;
using reports::TableCell;

namespace {

// The translation context of the export's messages.
class ExportTable {
    Q_DECLARE_TR_FUNCTIONS(ExportTable)
};

QList<reports::TableColumn> columnsOf(const QAbstractItemModel& model) {
    QList<reports::TableColumn> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QVariant kind = model.headerData(c, Qt::Horizontal, role::Kind);
        columns.append({model.headerData(c, Qt::Horizontal).toString(),
                        kind.isValid() ? static_cast<ColumnKind>(kind.toInt()) : ColumnKind::Text});
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
    const auto columns = columnsOf(model);
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
