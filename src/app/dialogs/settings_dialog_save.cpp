// SPDX-License-Identifier: MIT
// SettingsDialog, the saving half: every tab is checked before anything is written,
// then only what changed is written, one service call each.
#include "app/dialogs/dialog_support.h"
#include "app/dialogs/settings_dialog.h"
#include "domain/numbering.h"
#include "services/services.h"
#include "ui_settings_dialog.h"

#include <QSet>

namespace mostrador::app {

using dialogs::DialogSupport;
using namespace domain;

namespace {

QString cell(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool rowIsBlank(const QTableWidget* table, int row) {
    for (int column = 0; column < table->columnCount(); ++column)
        if (!cell(table, row, column).isEmpty())
            return false;
    return true;
}

// The column of a table row that an Error::field names.
int columnOf(const QString& field) {
    if (field == QStringLiteral("name"))
        return 1;
    if (field == QStringLiteral("rate") || field == QStringLiteral("days"))
        return 2;
    return 0;
}

QString settingKey(const char16_t* k) {
    return QString::fromUtf16(k);
}

} // namespace

bool SettingsDialog::save() {
    auto company = collectCompany();
    if (!company)
        return false;
    auto rates = collectTaxRates();
    if (!rates)
        return false;
    auto terms = collectTerms();
    if (!terms || !checkSeries())
        return false;
    return writeCompany(*company) && writeTables(*rates, *terms) && writeSeries() && writeOptions();
}

void SettingsDialog::refuseOn(QWidget* tab, Error error, QTableWidget* table, int row, int column) {
    ui->tabs->setCurrentWidget(tab);
    if (table) {
        error.field = table == ui->taxTable     ? QStringLiteral("tax_rates")
                      : table == ui->termsTable ? QStringLiteral("payment_terms")
                                                : QStringLiteral("number_series");
        if (row >= 0)
            table->setCurrentCell(row, column);
    }
    refuse(error);
}

Result<CompanyProfile> SettingsDialog::collectCompany() {
    CompanyProfile c = m_company.value_or(CompanyProfile{});
    c.name = ui->companyNameEdit->text().trimmed();
    c.taxId = ui->companyTaxIdEdit->text().trimmed();
    c.address = ui->companyAddressEdit->toPlainText().trimmed();
    c.email = ui->companyEmailEdit->text().trimmed();
    c.phone = ui->companyPhoneEdit->text().trimmed();
    c.currency = Currency::fromCode(ui->currencyCombo->currentText());
    c.logoPng = m_logo;
    return c;
}

Result<QList<TaxRate>> SettingsDialog::collectTaxRates() {
    QList<TaxRate> rates;
    QSet<QString> codes;
    const QTableWidget* table = ui->taxTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (rowIsBlank(table, row))
            continue;
        TaxRate r{cell(table, row, 0).toUpper(), cell(table, row, 1), {}};
        auto rate = Percent::parse(cell(table, row, 2), QLocale());
        Status ok =
            rate ? validateTaxRate({r.code, r.name, *rate})
                 : Status(fail(Error::invalid(
                       QStringLiteral("tax.rate_invalid"),
                       tr("Tax %1: “%2” is not a percentage").arg(r.code, cell(table, row, 2)),
                       QStringLiteral("rate"))));
        if (ok && codes.contains(r.code))
            ok = fail(Error::invalid(QStringLiteral("tax.code_twice"),
                                     tr("Tax code %1 is in the list twice").arg(r.code),
                                     QStringLiteral("code")));
        if (!ok) {
            refuseOn(ui->taxTab, ok.error(), ui->taxTable, row, columnOf(ok.error().field));
            return fail(ok.error());
        }
        r.rate = *rate;
        codes.insert(r.code);
        rates.append(r);
    }
    return rates;
}

Result<QList<PaymentTerms>> SettingsDialog::collectTerms() {
    QList<PaymentTerms> all;
    QSet<QString> codes;
    const QTableWidget* table = ui->termsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (rowIsBlank(table, row))
            continue;
        PaymentTerms t{cell(table, row, 0).toUpper(), cell(table, row, 1), {}};
        auto days = parseTermDays(cell(table, row, 2));
        Status ok =
            days ? validatePaymentTerms({t.code, t.name, *days}) : Status(fail(days.error()));
        if (ok && codes.contains(t.code))
            ok = fail(Error::invalid(QStringLiteral("terms.code_twice"),
                                     tr("Payment terms %1 are in the list twice").arg(t.code),
                                     QStringLiteral("code")));
        if (!ok) {
            refuseOn(ui->termsTab, ok.error(), ui->termsTable, row, columnOf(ok.error().field));
            return fail(ok.error());
        }
        t.days = *days;
        codes.insert(t.code);
        all.append(t);
    }
    return all;
}

bool SettingsDialog::checkSeries() {
    for (int row = 0; row < ui->seriesTable->rowCount(); ++row) {
        if (auto ok = validateSeriesFormat(cell(ui->seriesTable, row, 1)); !ok) {
            refuseOn(ui->numberingTab, ok.error(), ui->seriesTable, row, 1);
            return false;
        }
    }
    return true;
}

bool SettingsDialog::writeCompany(const CompanyProfile& company) {
    if (m_company && *m_company == company)
        return true;
    auto saved = m_services.settings().saveCompany(m_actor, company);
    if (!saved) {
        refuseOn(ui->companyTab, saved.error());
        return false;
    }
    m_company = *saved;
    return true;
}

bool SettingsDialog::writeTables(const QList<TaxRate>& rates, const QList<PaymentTerms>& terms) {
    for (const TaxRate& rate : rates) {
        if (m_rates.contains(rate))
            continue;
        auto saved = m_services.settings().saveTaxRate(m_actor, rate);
        if (!saved) {
            refuseOn(ui->taxTab, saved.error(), ui->taxTable);
            return false;
        }
        m_rates.append(*saved);
    }
    for (const PaymentTerms& t : terms) {
        if (m_terms.contains(t))
            continue;
        auto saved = m_services.settings().saveTerms(m_actor, t);
        if (!saved) {
            refuseOn(ui->termsTab, saved.error(), ui->termsTable);
            return false;
        }
        m_terms.append(*saved);
    }
    return true;
}

bool SettingsDialog::writeSeries() {
    for (int row = 0; row < ui->seriesTable->rowCount() && row < m_series.size(); ++row) {
        const QString format = cell(ui->seriesTable, row, 1);
        if (format == m_series[row].format)
            continue;
        if (auto ok = m_services.settings().setSeriesFormat(m_actor, m_series[row].kind, format);
            !ok) {
            refuseOn(ui->numberingTab, ok.error(), ui->seriesTable, row, 1);
            return false;
        }
        m_series[row].format = format;
    }
    return true;
}

bool SettingsDialog::writeOptions() {
    const QList<std::pair<QString, QString>> values{
        {settingKey(setting::kTaxRounding), ui->roundingCombo->currentData().toString()},
        {settingKey(setting::kBlockOverdueDays), QString::number(ui->overdueSpin->value())},
        {settingKey(setting::kAllowBackorders),
         ui->backordersCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {settingKey(setting::kInvoicePolicy), ui->invoicePolicyCombo->currentData().toString()},
        {settingKey(setting::kAdvanceVat),
         ui->advanceVatCheck->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {settingKey(setting::kQuoteValidityDays), QString::number(ui->quoteValiditySpin->value())},
        {settingKey(setting::kDefaultTax), ui->defaultTaxCombo->currentData().toString()},
        {settingKey(setting::kDefaultTerms), ui->defaultTermsCombo->currentData().toString()},
        {settingKey(setting::kPaperSize), ui->paperSizeCombo->currentData().toString()},
        {settingKey(setting::kDocumentLocale), ui->documentLocaleCombo->currentData().toString()}};
    for (const auto& [k, v] : values) {
        if (m_options.value(k) == v)
            continue;
        if (auto ok = m_services.settings().setValue(m_actor, k, v); !ok) {
            Error error = ok.error();
            error.field = k;
            refuseOn(ui->optionsTab, error);
            return false;
        }
        m_options.insert(k, v);
    }
    return true;
}

} // namespace mostrador::app
