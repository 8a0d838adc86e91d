// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QDialog>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Edits one product of the catalogue; saving goes through ProductService.
class ProductEditor : public QDialog {
    Q_OBJECT
public:
    // An empty `sku` opens a new product.
    ProductEditor(services::Services& services, const domain::Actor& actor, const QString& sku,
                  QWidget* parent = nullptr);
    ~ProductEditor() override;

    // The SKU of the product saved by this dialog; empty when nothing was saved.
    QString savedSku() const { return m_savedSku; }

private:
    QString m_savedSku;
};

} // namespace mostrador::app
