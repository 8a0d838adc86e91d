// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/import_service.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Imports a CSV file of customers, products or price rules, all or nothing: the file is checked
// first (a dry run), and Import is offered only for a file that passed. The import
// runs under a progress dialog that can cancel it (then nothing is saved). Every bad
// row is listed by line and column, and the list can be copied or saved.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Customers, Products, Prices };

    ImportDialog(services::Services& services, const domain::Actor& actor, Kind kind,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Rows written by this dialog (0 until an import succeeds).
    int importedRows() const { return m_imported; }
    // How long an import runs before its progress (and Cancel) shows; 300 ms by default.
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }

private:
    void describeKind();
    void chooseFile();
    void fileChanged();
    void check();
    void runImport();
    Result<services::ImportReport> run(bool dryRun, const services::ImportProgress& progress);
    void showReport(const services::ImportReport& report, bool dryRun);
    void showFailure(const QString& message);
    void copyReport();
    void saveReport();
    QString reportText() const;

    services::Services& m_services;
    domain::Actor m_actor;
    Kind m_kind;
    std::unique_ptr<Ui::ImportForm> ui;
    QString m_checkedPath;
    int m_imported = 0;
    int m_progressDelayMs = 300;
};

} // namespace mostrador::app
