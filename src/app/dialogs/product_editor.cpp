// SPDX-License-Identifier: MIT
#include "app/dialogs/product_editor.h"

#include "app/dialogs/dialog_support.h"
#include "services/services.h"
#include "ui_product_editor.h"

#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Product;
using domain::Quantity;
using domain::UnitPrice;

namespace {

Error badNumber(const QString& field, const QString& what, const QString& text) {
    return Error::invalid(QStringLiteral("input.number"),
                          ProductEditor::tr("%1: “%2” is not a number").arg(what, text), field);
}
} // namespace

ProductEditor::ProductEditor(services::Services& services, const domain::Actor& actor,
                             const QString& sku, QWidget* parent)
    : EditorDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , ui(std::make_unique<Ui::ProductEditorForm>()) {
    ui->setupUi(this);
    setUpFields();
    fillChoices();
    if (sku.isEmpty()) {
        setWindowTitle(tr("New product"));
        fill(m_product);
    } else {
        load(sku);
    }
    const bool readOnly = !actor.require(domain::Permission::EditProducts).has_value();
    ui->readOnlyNotice->setVisible(readOnly);
    setReadOnly(readOnly);
    markClean();
    (sku.isEmpty() ? ui->skuEdit : ui->nameEdit)->setFocus(Qt::OtherFocusReason);
}

ProductEditor::~ProductEditor() = default;

void ProductEditor::setUpFields() {
    const QString symbol = m_services.context().currency.symbol(QLocale());
    ui->priceLabel->setText(tr("List &price (%1):").arg(symbol));
    ui->costLabel->setText(tr("Standard &cost (%1):").arg(symbol));
    ui->skuEdit->setPlaceholderText(tr("capital letters, digits, - _ ."));
    for (QLineEdit* edit : {ui->priceEdit, ui->costEdit, ui->weightEdit, ui->initialStockEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProductEditor::checkNumbers);
    connect(ui->trackedCheck, &QCheckBox::toggled, ui->initialStockEdit, &QWidget::setEnabled);
    setUpEditor(ui->buttonBox, ui->errorLabel,
                {{QStringLiteral("sku"), ui->skuEdit},
                 {QStringLiteral("name"), ui->nameEdit},
                 {QStringLiteral("unit"), ui->unitCombo},
                 {QStringLiteral("price"), ui->priceEdit},
                 {QStringLiteral("cost"), ui->costEdit},
                 {QStringLiteral("tax"), ui->taxCombo},
                 {QStringLiteral("weight"), ui->weightEdit},
                 {QStringLiteral("category"), ui->categoryCombo},
                 {QStringLiteral("tracked"), ui->trackedCheck},
                 {QStringLiteral("initial_stock"), ui->initialStockEdit},
                 {QStringLiteral("qty"), ui->initialStockEdit}});
}

void ProductEditor::fillChoices() {
    for (const QString& unit : {QStringLiteral("ud"), QStringLiteral("kg"), QStringLiteral("m"),
                                QStringLiteral("l"), QStringLiteral("h")})
        ui->unitCombo->addItem(unit);
    if (auto rates = m_services.settings().taxRates()) {
        for (const auto& rate : *rates)
            ui->taxCombo->addItem(tr("%1 (%2)").arg(rate.name, rate.code), rate.code);
    }
    ui->categoryCombo->addItem(QString());
    if (auto categories = m_services.products().categories(m_actor))
        ui->categoryCombo->addItems(*categories);
}

void ProductEditor::load(const QString& sku) {
    auto product = m_services.products().get(m_actor, sku);
    if (!product) {
        DialogSupport::showError(ui->errorLabel, product.error().message);
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        setWindowTitle(tr("Product %1").arg(sku));
        return;
    }
    m_product = *product;
    setWindowTitle(tr("Product %1 — %2").arg(m_product.sku, m_product.name));
    fill(m_product);
}

void ProductEditor::fill(const Product& p) {
    const bool isNew = p.id == 0;
    const QLocale locale;
    const auto currency = m_services.context().currency;
    ui->skuEdit->setText(p.sku);
    ui->skuEdit->setReadOnly(!isNew);
    ui->skuEdit->setToolTip(isNew ? QString() : tr("A product's SKU never changes"));
    ui->nameEdit->setText(p.name);
    ui->unitCombo->setCurrentText(p.unit);
    ui->priceEdit->setText(isNew ? QString() : p.listPrice.toString(locale, currency));
    ui->costEdit->setText(isNew ? QString() : p.standardCost.toString(locale, currency));
    QString tax = p.taxCode;
    if (isNew)
        tax = m_services.settings()
                  .value(QString::fromUtf16(domain::setting::kDefaultTax))
                  .value_or(QString());
    if (int index = ui->taxCombo->findData(tax); index >= 0)
        ui->taxCombo->setCurrentIndex(index);
    ui->weightEdit->setText(p.weightKg.isZero() ? QString() : p.weightKg.toString(locale));
    ui->categoryCombo->setCurrentText(p.category);
    ui->trackedCheck->setChecked(p.tracked);
    ui->activeCheck->setChecked(p.active);
    ui->initialStockLabel->setVisible(isNew);
    ui->initialStockEdit->setVisible(isNew);
    checkNumbers();
}

void ProductEditor::checkNumbers() {
    const QLocale locale;
    auto check = [&](QLineEdit* edit, auto parse) {
        const QString text = edit->text().trimmed();
        const bool bad = !text.isEmpty() && !parse(text, locale);
        DialogSupport::markInvalid(edit, bad,
                                   bad ? tr("“%1” is not a number").arg(text) : QString());
        return bad;
    };
    const bool badPrice = check(ui->priceEdit, &UnitPrice::parse);
    const bool badCost = check(ui->costEdit, &UnitPrice::parse);
    check(ui->weightEdit, &Quantity::parse);
    check(ui->initialStockEdit, &Quantity::parse);
    QString warning;
    if (!badPrice && !badCost && !ui->costEdit->text().trimmed().isEmpty()) {
        const auto price = UnitPrice::parse(ui->priceEdit->text().trimmed(), locale);
        const auto cost = UnitPrice::parse(ui->costEdit->text().trimmed(), locale);
        if (price && cost && *cost > *price)
            warning = tr("The cost is above the list price: this product sells at a loss.");
    }
    DialogSupport::showWarning(ui->priceHint, warning);
}

Result<Product> ProductEditor::collect() {
    const QLocale locale;
    Product p = m_product;
    p.sku = ui->skuEdit->text().trimmed().toUpper();
    p.name = ui->nameEdit->text().trimmed();
    p.unit = ui->unitCombo->currentText().trimmed();
    p.taxCode = ui->taxCombo->currentData().toString();
    p.category = ui->categoryCombo->currentText().trimmed();
    p.tracked = ui->trackedCheck->isChecked();
    p.active = ui->activeCheck->isChecked();
    struct Amount {
        QLineEdit* edit;
        UnitPrice* target;
        const char* field;
        QString what;
    };
    for (const Amount& a : {Amount{ui->priceEdit, &p.listPrice, "price", tr("List price")},
                            Amount{ui->costEdit, &p.standardCost, "cost", tr("Standard cost")}}) {
        const QString text = a.edit->text().trimmed();
        auto value =
            text.isEmpty() ? Result<UnitPrice>(UnitPrice()) : UnitPrice::parse(text, locale);
        if (!value)
            return fail(badNumber(QString::fromLatin1(a.field), a.what, text));
        *a.target = *value;
    }
    const QString weight = ui->weightEdit->text().trimmed();
    auto kg = weight.isEmpty() ? Result<Quantity>(Quantity()) : Quantity::parse(weight, locale);
    if (!kg)
        return fail(badNumber(QStringLiteral("weight"), tr("Weight"), weight));
    p.weightKg = *kg;
    return p;
}

Result<std::optional<Quantity>> ProductEditor::collectInitialStock() {
    const QString text = ui->initialStockEdit->text().trimmed();
    if (m_product.id != 0 || !ui->trackedCheck->isChecked() || text.isEmpty())
        return std::optional<Quantity>();
    auto qty = Quantity::parse(text, QLocale());
    if (!qty)
        return fail(badNumber(QStringLiteral("initial_stock"), tr("Initial stock"), text));
    if (qty->isNegative())
        return fail(Error::invalid(QStringLiteral("product.initial_stock_negative"),
                                   tr("The initial stock cannot be negative"),
                                   QStringLiteral("initial_stock")));
    return std::optional<Quantity>(*qty);
}

bool ProductEditor::save() {
    auto product = collect();
    auto initialStock = collectInitialStock();
    if (product && !initialStock)
        product = fail(initialStock.error());
    if (product) {
        auto& service = m_services.products();
        product = product->id == 0 ? service.create(m_actor, *product, *initialStock)
                                   : service.update(m_actor, *product);
    }
    if (!product) {
        checkNumbers();
        refuse(product.error());
        return false;
    }
    m_savedSku = product->sku;
    return true;
}

} // namespace mostrador::app
