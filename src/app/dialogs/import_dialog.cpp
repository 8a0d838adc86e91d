// SPDX-License-Identifier: MIT
#include "app/dialogs/import_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "reports/table_writer.h"
#include "services/services.h"
#include "ui_import_dialog.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
using services::ImportReport;

ImportDialog::ImportDialog(services::Services& services, const domain::Actor& actor, Kind kind,
                           QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_kind(kind)
    , ui(std::make_unique<Ui::ImportForm>()) {
    ui->setupUi(this);
    describeKind();
    ui->errorsTable->setColumnWidth(0, 60);
    ui->errorsTable->setColumnWidth(1, 130);
    ui->fileEdit->setPlaceholderText(tr("path of the .csv file"));
    connect(ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(ui->fileEdit, &QLineEdit::textChanged, this, &ImportDialog::fileChanged);
    connect(ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(ui->importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(ui->copyButton, &QPushButton::clicked, this, &ImportDialog::copyReport);
    connect(ui->saveReportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fileChanged();
    if (auto ok = actor.require(domain::Permission::ImportData); !ok) {
        showFailure(ok.error().message);
        for (QWidget* w : QList<QWidget*>{ui->fileEdit, ui->chooseButton, ui->checkButton})
            w->setEnabled(false);
    }
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::describeKind() {
    QString columns;
    switch (m_kind) {
    case Kind::Customers:
        setWindowTitle(tr("Import customers"));
        columns = tr("A UTF-8 CSV file with a header row naming its columns, in any order: "
                     "name (required), code, tax_id, email, phone, credit_limit, "
                     "payment_terms, price_list, billing_address, shipping_address.");
        break;
    case Kind::Products:
        setWindowTitle(tr("Import products"));
        columns = tr("A UTF-8 CSV file with a header row naming its columns, in any order: "
                     "sku and name (required), unit, price, cost, tax, weight, category, "
                     "stock, tracked.");
        break;
    case Kind::Prices:
        setWindowTitle(tr("Import price rules"));
        columns = tr("A UTF-8 CSV file with a header row naming its columns, in any order: "
                     "price_list (required), sku or category, customer, min_qty, price or "
                     "discount (a percentage), from and to (dates like 2026-12-31).");
        break;
    }
    ui->introLabel->setText(
        columns + QLatin1Char(' ') +
        tr("Amounts are written like 1234.50. Nothing is imported while any row is wrong."));
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV file"),
                                                      QDir::homePath(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ui->fileEdit->setText(QDir::toNativeSeparators(path));
    check();
}

// A changed file must be checked again before it can be imported.
void ImportDialog::fileChanged() {
    m_checkedPath.clear();
    ui->importButton->setEnabled(false);
    ui->checkButton->setEnabled(!ui->fileEdit->text().trimmed().isEmpty());
    ui->checkButton->setDefault(true);
    ui->errorsTable->setRowCount(0);
    ui->errorsTable->hide();
    ui->copyButton->hide();
    ui->saveReportButton->hide();
    DialogSupport::showNotice(ui->summaryLabel, QString());
}

Result<ImportReport> ImportDialog::run(bool dryRun, const services::ImportProgress& progress) {
    const QString path = QDir::fromNativeSeparators(ui->fileEdit->text().trimmed());
    auto& imports = m_services.imports();
    if (m_kind == Kind::Customers)
        return imports.importCustomers(m_actor, path, dryRun, progress);
    if (m_kind == Kind::Products)
        return imports.importProducts(m_actor, path, dryRun, progress);
    return imports.importPrices(m_actor, path, dryRun, progress);
}

void ImportDialog::check() {
    if (ui->fileEdit->text().trimmed().isEmpty())
        return;
    fileChanged();
    auto report = run(true, {});
    if (!report) {
        showFailure(report.error().message);
        return;
    }
    showReport(*report, true);
    if (report->ok() && report->rows > 0) {
        m_checkedPath = ui->fileEdit->text().trimmed();
        ui->importButton->setEnabled(true);
        ui->importButton->setDefault(true);
        ui->importButton->setFocus(Qt::OtherFocusReason);
    }
}

void ImportDialog::runImport() {
    if (m_checkedPath.isEmpty() || m_checkedPath != ui->fileEdit->text().trimmed())
        return;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelayMs);
    progress.setAutoClose(false);
    auto report = run(false, [&progress](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(done); // a modal progress dialog processes events here
        return !progress.wasCanceled();
    });
    progress.close();
    ui->importButton->setEnabled(false);
    m_checkedPath.clear();
    if (!report) {
        showFailure(report.error().message);
        return;
    }
    showReport(*report, false);
    m_imported += report->imported;
}

void ImportDialog::showReport(const ImportReport& report, bool dryRun) {
    QTableWidget* table = ui->errorsTable;
    table->setRowCount(0);
    for (const services::ImportIssue& issue : report.errors) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto* line = new QTableWidgetItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(issue.column));
        table->setItem(row, 2, new QTableWidgetItem(issue.message));
    }
    const bool problems = !report.errors.isEmpty();
    for (QWidget* w : QList<QWidget*>{table, ui->copyButton, ui->saveReportButton})
        w->setVisible(problems);
    if (report.cancelled)
        showFailure(tr("Cancelled: nothing was imported."));
    else if (problems)
        showFailure(tr("Problems found: %1. Nothing was imported; correct the file and check it "
                       "again.")
                        .arg(report.errors.size()));
    else if (report.rows == 0)
        showFailure(tr("The file has no rows to import."));
    else if (dryRun)
        DialogSupport::showNotice(
            ui->summaryLabel,
            tr("Rows checked: %1, all correct. Press Import to save them.").arg(report.rows));
    else
        DialogSupport::showNotice(ui->summaryLabel, tr("Rows imported: %1.").arg(report.imported));
}

void ImportDialog::showFailure(const QString& message) {
    DialogSupport::showError(ui->summaryLabel, message);
}

QString ImportDialog::reportText() const {
    QStringList lines{tr("Line") + QLatin1Char('\t') + tr("Column") + QLatin1Char('\t') +
                      tr("Problem")};
    const QTableWidget* table = ui->errorsTable;
    for (int row = 0; row < table->rowCount(); ++row)
        lines << table->item(row, 0)->text() + QLatin1Char('\t') + table->item(row, 1)->text() +
                     QLatin1Char('\t') + table->item(row, 2)->text();
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::copyReport() {
    QGuiApplication::clipboard()->setText(reportText());
}

void ImportDialog::saveReport() {
    const QFileInfo source(ui->fileEdit->text().trimmed());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        source.dir().filePath(source.completeBaseName() + tr("-problems") + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    reports::TableData data;
    data.columns = {{tr("Line")}, {tr("Column")}, {tr("Problem")}};
    const QTableWidget* table = ui->errorsTable;
    for (int row = 0; row < table->rowCount(); ++row)
        data.rows.append({table->item(row, 0)->text(), table->item(row, 1)->text(),
                          table->item(row, 2)->text()});
    if (auto ok = reports::writeCsv(data, path); !ok)
        showFailure(ok.error().message);
}

} // namespace mostrador::app
