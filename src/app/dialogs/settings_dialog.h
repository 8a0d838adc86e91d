// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/editor_dialog.h"
#include "domain/settings.h"
#include "domain/user.h"
#include "storage/number_series_repository.h"

#include <QHash>
#include <memory>

class QComboBox;
class QTableWidget;
class QTableWidgetItem;

namespace Ui {
class SettingsForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Company profile, tax rates, payment terms, numbering and options, one tab each. Save
// checks every tab first and then writes only what changed, through SettingsService;
// a refusal opens the tab and the row it is about. Read-only for users who may not
// manage settings (the service refuses their writes anyway).
class SettingsDialog : public EditorDialog {
    Q_OBJECT
public:
    SettingsDialog(services::Services& services, const domain::Actor& actor,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Uses the image in `path` as the logo (scaled down to fit); false when unreadable.
    bool setLogoFromFile(const QString& path);
    QByteArray logoPng() const { return m_logo; }

protected:
    bool save() override;
    QStringList extraState() const override;

private:
    void setUpWidgets();
    void load();
    void loadCompany();
    void loadTables();
    void loadOptions();
    void selectData(QComboBox* combo, const QString& value);
    void chooseLogo();
    void showLogo();
    void updateSeriesExample(QTableWidgetItem* changed);
    int addRow(QTableWidget* table, const QStringList& texts, bool isNew);

    // Each step checks or writes one tab; false after showing the refusal.
    Result<domain::CompanyProfile> collectCompany();
    Result<QList<domain::TaxRate>> collectTaxRates();
    Result<QList<domain::PaymentTerms>> collectTerms();
    bool checkSeries();
    bool writeCompany(const domain::CompanyProfile& company);
    bool writeTables(const QList<domain::TaxRate>& rates, const QList<domain::PaymentTerms>& terms);
    bool writeSeries();
    bool writeOptions();
    void refuseOn(QWidget* tab, Error error, QTableWidget* table = nullptr, int row = -1,
                  int column = 0);

    services::Services& m_services;
    domain::Actor m_actor;
    std::unique_ptr<Ui::SettingsForm> ui;
    std::optional<domain::CompanyProfile> m_company;
    QByteArray m_logo;
    QList<domain::TaxRate> m_rates;
    QList<domain::PaymentTerms> m_terms;
    QList<storage::NumberSeries> m_series;
    QHash<QString, QString> m_options;
};

} // namespace mostrador::app
