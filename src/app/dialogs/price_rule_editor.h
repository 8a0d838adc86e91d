// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialogs/editor_dialog.h"
#include "domain/pricing.h"
#include "domain/user.h"

class QComboBox;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Edits one rule of a price list: a product (SKU, completed as it is typed) or a
// category; optionally one customer; a minimum quantity; a fixed price or a discount
// (filling one disables the other); optional dates in the locale's format. Amounts are
// read with QLocale into the exact types. Saving goes through PriceListService; a
// refusal stays in the dialog and focuses the field it is about.
class PriceRuleEditor : public EditorDialog {
    Q_OBJECT
public:
    // `ruleId` 0 opens a new rule of `list`.
    PriceRuleEditor(services::Services& services, const domain::Actor& actor,
                    const domain::PriceList& list, qint64 ruleId, QWidget* parent = nullptr);
    ~PriceRuleEditor() override;

    // The id of the rule saved by this dialog; 0 when nothing was saved.
    qint64 savedId() const { return m_savedId; }

protected:
    bool save() override;

private:
    void buildForm();
    QWidget* buildFields();
    void connectFields();
    void setUpCompleters();
    void load(qint64 id);
    void fill(const domain::PriceRule& rule);
    void syncChoices();
    void describeProduct();
    void completeProducts(const QString& text);
    void completeCustomers(const QString& text);
    // The rule as the form shows it, or the refusal of a field that cannot be read.
    Result<domain::PriceRule> collect() const;
    Status readNumbers(domain::PriceRule& rule) const;
    Result<std::optional<QDate>> readDate(const QLineEdit* edit, const QString& field) const;

    services::Services& m_services;
    domain::Actor m_actor;
    domain::PriceList m_list;
    domain::PriceRule m_rule;
    qint64 m_savedId = 0;

    QLineEdit* m_sku = nullptr;
    QLabel* m_product = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_customer = nullptr;
    QLineEdit* m_minQty = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_discount = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_readOnlyNotice = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QStandardItemModel* m_productChoices = nullptr;
    QStandardItemModel* m_customerChoices = nullptr;
    QCompleter* m_productCompleter = nullptr;
    QCompleter* m_customerCompleter = nullptr;
};

} // namespace mostrador::app
