// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/editor_dialog.h"
#include "domain/product.h"
#include "domain/user.h"

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class ProductEditorForm;
}

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Edits one product of the catalogue; saving goes through ProductService. A new tracked
// product may bring its initial stock, booked as an adjustment in the same transaction.
// A cost above the price is only warned about: selling at a loss can be deliberate.
class ProductEditor : public EditorDialog {
    Q_OBJECT
public:
    // An empty `sku` opens a new product.
    ProductEditor(services::Services& services, const domain::Actor& actor, const QString& sku,
                  QWidget* parent = nullptr);
    ~ProductEditor() override;

    // The SKU of the product saved by this dialog; empty when nothing was saved.
    QString savedSku() const { return m_savedSku; }

protected:
    bool save() override;

private:
    void setUpFields();
    void fillChoices();
    void load(const QString& sku);
    void fill(const domain::Product& product);
    // Marks unreadable numbers as one types and warns when the cost is above the price.
    void checkNumbers();
    Result<domain::Product> collect();
    Result<std::optional<domain::Quantity>> collectInitialStock();

    services::Services& m_services;
    domain::Actor m_actor;
    std::unique_ptr<Ui::ProductEditorForm> ui;
    domain::Product m_product;
    QString m_savedSku;
};

} // namespace mostrador::app
