// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Imports a CSV file of customers or products: a dry run first, then the import,
// all or nothing, with every bad row listed.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Customers, Products };

    ImportDialog(services::Services& services, const domain::Actor& actor, Kind kind,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;
};

} // namespace mostrador::app
