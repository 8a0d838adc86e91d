// SPDX-License-Identifier: MIT
#include "app/dialogs/stock_adjust_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "services/services.h"
#include "ui_stock_adjust_dialog.h"

#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Quantity;

StockAdjustDialog::StockAdjustDialog(services::Services& services, const domain::Actor& actor,
                                     const QString& sku, QWidget* parent)
    : EditorDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_sku(sku)
    , ui(std::make_unique<Ui::StockAdjustForm>()) {
    ui->setupUi(this);
    setWindowTitle(tr("Adjust stock of %1").arg(sku));
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Adjust"));
    ui->qtyEdit->setPlaceholderText(tr("e.g. -3 or 12,5"));
    ui->qtyEdit->setToolTip(tr("Positive adds to the stock, negative takes from it"));
    // Common reasons; any other can be typed. The reason is stored as written.
    ui->reasonCombo->addItem(QString());
    for (const char* reason :
         {QT_TR_NOOP("Physical count"), QT_TR_NOOP("Breakage"), QT_TR_NOOP("Return to supplier"),
          QT_TR_NOOP("Goods received"), QT_TR_NOOP("Loss or theft"), QT_TR_NOOP("Expired"),
          QT_TR_NOOP("Internal use")})
        ui->reasonCombo->addItem(tr(reason));
    ui->reasonCombo->lineEdit()->setPlaceholderText(tr("required"));
    connect(ui->qtyEdit, &QLineEdit::textChanged, this, &StockAdjustDialog::updatePreview);
    setUpEditor(
        ui->buttonBox, ui->errorLabel,
        {{QStringLiteral("qty"), ui->qtyEdit}, {QStringLiteral("reason"), ui->reasonCombo}});
    load();
    setReadOnly(!actor.require(domain::Permission::AdjustStock).has_value());
    markClean();
    ui->qtyEdit->setFocus(Qt::OtherFocusReason);
}

StockAdjustDialog::~StockAdjustDialog() = default;

void StockAdjustDialog::load() {
    auto product = m_services.products().get(m_actor, m_sku);
    auto level = product ? m_services.products().stockLevel(m_actor, m_sku)
                         : Result<domain::StockLevel>(std::unexpected(product.error()));
    if (!level) {
        DialogSupport::showError(ui->errorLabel, level.error().message);
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_level = *level;
    m_unit = product->unit;
    QFont bold = ui->productLabel->font();
    bold.setBold(true);
    ui->productLabel->setFont(bold);
    ui->productLabel->setText(tr("%1 — %2").arg(product->sku, product->name));
    const QLocale locale;
    ui->levelsLabel->setText(tr("%1 on hand, %2 reserved, %3 available (%4)")
                                 .arg(m_level.onHand.toString(locale),
                                      m_level.reserved.toString(locale),
                                      m_level.available().toString(locale), m_unit));
    if (!product->tracked) {
        DialogSupport::showError(ui->errorLabel, tr("This product does not keep stock."));
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    updatePreview();
}

void StockAdjustDialog::updatePreview() {
    const QString text = ui->qtyEdit->text().trimmed();
    auto qty = text.isEmpty() ? Result<Quantity>(Quantity()) : Quantity::parse(text, QLocale());
    if (!qty) {
        DialogSupport::markInvalid(ui->qtyEdit, true, tr("“%1” is not a quantity").arg(text));
        DialogSupport::showError(ui->resultLabel, tr("not a quantity"));
        return;
    }
    DialogSupport::markInvalid(ui->qtyEdit, false);
    const Quantity after = m_level.onHand + *qty;
    const QString shown = tr("%1 %2").arg(after.toString(QLocale()), m_unit);
    if (after.isNegative())
        DialogSupport::showError(ui->resultLabel, tr("%1 — below zero").arg(shown));
    else
        DialogSupport::showNotice(ui->resultLabel, shown);
}

bool StockAdjustDialog::save() {
    const QString text = ui->qtyEdit->text().trimmed();
    auto qty = Quantity::parse(text, QLocale());
    if (!qty) {
        refuse(Error::invalid(QStringLiteral("stock.qty_invalid"),
                              text.isEmpty() ? tr("Write the quantity to add or take")
                                             : tr("“%1” is not a quantity").arg(text),
                              QStringLiteral("qty")));
        return false;
    }
    auto level = m_services.stock().adjust(m_actor, m_sku, *qty, ui->reasonCombo->currentText());
    if (!level) {
        refuse(level.error());
        return false;
    }
    return true;
}

} // namespace mostrador::app
