// SPDX-License-Identifier: MIT
#include "reports/table_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <xlsxwriter.h>

namespace mostrador::reports {

namespace {

constexpr int kMaxCellText = 32767; // what a spreadsheet cell holds
constexpr int kMinWidth = 8;
constexpr int kMaxWidth = 60;

Error xlsxError(const QString& path, lxw_error code) {
    return Error::storage(
        QStringLiteral("export.write_failed"),
        trMsg("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(code))));
}

// XLSX keeps numbers as doubles, so this is the one place a fixed-point value becomes
// a double: from its exact integer, divided once, for display in a spreadsheet.
double toCellNumber(qint64 units, int scale) {
    return double(units) / double(domain::fixed::pow10(scale));
}

QByteArray decimalsFormat(int fixedDecimals, int optionalDecimals) {
    QByteArray format = "#,##0";
    if (fixedDecimals + optionalDecimals > 0)
        format += '.' + QByteArray(fixedDecimals, '0') + QByteArray(optionalDecimals, '#');
    return format;
}

// The widest line of a text, in characters.
int displayWidth(const QString& text) {
    int widest = 0;
    for (QStringView line : QStringView(text).split(u'\n'))
        widest = std::max(widest, int(line.size()));
    return widest;
}

class XlsxWriter : public TableWriter {
public:
    XlsxWriter(QString path, QList<TableColumn> columns, domain::Currency currency)
        : m_path(std::move(path))
        , m_columns(std::move(columns))
        , m_currency(currency) {}
    ~XlsxWriter() override {
        if (m_book) { // abandoned: close to free it, then drop the partial file
            workbook_close(m_book);
            QFile::remove(m_tempPath);
        }
    }

    Status open();
    Status writeRow(const TableRow& row) override;
    Status finish() override;

private:
    lxw_format* numberFormat(const QByteArray& format);
    lxw_error writeCell(int col, const TableCell& cell);
    void widen(int col, int width) { m_widths[col] = std::max(m_widths[col], width); }

    QString m_path;
    QString m_tempPath;
    QList<TableColumn> m_columns;
    domain::Currency m_currency;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    QHash<QByteArray, lxw_format*> m_formats;
    QList<int> m_widths;
    lxw_row_t m_row = 0;
};

Status XlsxWriter::open() {
    // libxlsxwriter writes the whole file at close; write it beside the target and
    // rename it into place only when it is complete.
    QTemporaryFile temp(
        QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("export-XXXXXX.xlsx")));
    if (!temp.open())
        return fail(xlsxError(m_path, LXW_ERROR_CREATING_XLSX_FILE));
    m_tempPath = temp.fileName();
    temp.setAutoRemove(false);
    temp.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    m_book = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_book)
        return fail(xlsxError(m_path, LXW_ERROR_CREATING_XLSX_FILE));
    m_sheet = workbook_add_worksheet(m_book, nullptr);
    lxw_format* bold = workbook_add_format(m_book);
    format_set_bold(bold);
    for (int c = 0; c < m_columns.size(); ++c) {
        const QByteArray header = m_columns[c].header.toUtf8();
        if (lxw_error e =
                worksheet_write_string(m_sheet, 0, lxw_col_t(c), header.constData(), bold))
            return fail(xlsxError(m_path, e));
        m_widths.append(std::clamp(int(m_columns[c].header.size()) + 2, kMinWidth, kMaxWidth));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

lxw_format* XlsxWriter::numberFormat(const QByteArray& format) {
    if (lxw_format* f = m_formats.value(format))
        return f;
    lxw_format* f = workbook_add_format(m_book);
    format_set_num_format(f, format.constData());
    m_formats.insert(format, f);
    return f;
}

lxw_error XlsxWriter::writeCell(int col, const TableCell& cell) {
    const lxw_col_t c = lxw_col_t(col);
    if (const auto* text = std::get_if<QString>(&cell)) {
        widen(col, displayWidth(*text) + 2);
        const QByteArray utf8 = text->left(kMaxCellText).toUtf8();
        return worksheet_write_string(m_sheet, m_row, c, utf8.constData(), nullptr);
    }
    if (const auto* money = std::get_if<domain::Money>(&cell)) {
        const int d = money->currency().decimals();
        widen(col, int(money->toPlainString().size()) + 4);
        return worksheet_write_number(m_sheet, m_row, c, toCellNumber(money->minor(), d),
                                      numberFormat(decimalsFormat(d, 0)));
    }
    if (const auto* price = std::get_if<domain::UnitPrice>(&cell)) {
        const int d = std::min(m_currency.decimals(), domain::UnitPrice::kScale);
        widen(col, int(price->toPlainString(m_currency).size()) + 4);
        return worksheet_write_number(
            m_sheet, m_row, c, toCellNumber(price->tenThousandths(), domain::UnitPrice::kScale),
            numberFormat(decimalsFormat(d, domain::UnitPrice::kScale - d)));
    }
    if (const auto* qty = std::get_if<domain::Quantity>(&cell)) {
        widen(col, int(qty->toPlainString().size()) + 6);
        return worksheet_write_number(m_sheet, m_row, c,
                                      toCellNumber(qty->thousandths(), domain::Quantity::kScale),
                                      numberFormat(decimalsFormat(domain::Quantity::kScale, 0)));
    }
    if (const auto* flag = std::get_if<bool>(&cell))
        return worksheet_write_boolean(m_sheet, m_row, c, *flag ? 1 : 0, nullptr);
    return LXW_NO_ERROR; // an empty cell
}

Status XlsxWriter::writeRow(const TableRow& row) {
    if (m_row >= LXW_ROW_MAX)
        return fail(Error::invalid(
            QStringLiteral("export.too_many_rows"),
            trMsg("An XLSX sheet holds at most %1 rows; export to CSV instead").arg(LXW_ROW_MAX)));
    for (int c = 0; c < row.size() && c < m_columns.size(); ++c)
        if (lxw_error e = writeCell(c, row[c]))
            return fail(xlsxError(m_path, e));
    ++m_row;
    return {};
}

Status XlsxWriter::finish() {
    for (int c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], kMaxWidth),
                             nullptr);
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        return fail(xlsxError(m_path, closed));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_tempPath, m_path)) {
        QFile::remove(m_tempPath);
        return fail(xlsxError(m_path, LXW_ERROR_CREATING_XLSX_FILE));
    }
    return {};
}

} // namespace

Result<std::unique_ptr<TableWriter>>
openXlsxWriter(const QString& path, const QList<TableColumn>& columns, domain::Currency currency) {
    auto writer = std::make_unique<XlsxWriter>(path, columns, currency);
    if (auto ok = writer->open(); !ok)
        return fail(ok.error());
    return std::unique_ptr<TableWriter>(std::move(writer));
}

} // namespace mostrador::reports
