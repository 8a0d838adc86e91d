// SPDX-License-Identifier: MIT
#include "app/shipment_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/shipment_lines_model.h"
#include "services/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>

namespace mostrador::app {

using dialogs::DialogSupport;

ShipmentDialog::ShipmentDialog(services::Services& services, const domain::Actor& actor,
                               const QString& orderNumber, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_papers(services, actor, this)
    , m_model(new ShipmentLinesModel(this)) {
    setObjectName(QStringLiteral("shipmentDialog"));
    setWindowTitle(tr("Ship order %1").arg(orderNumber));
    buildUi();
    load(orderNumber);
}

ShipmentDialog::~ShipmentDialog() {
    // The table commits an open cell while it is destroyed: nothing here may answer.
    m_model->disconnect(this);
}

void ShipmentDialog::load(const QString& orderNumber) {
    auto order = m_services.orders().get(m_actor, orderNumber);
    if (!order) {
        refuse(order.error());
        m_buttons[QStringLiteral("ship")]->setEnabled(false);
        return;
    }
    m_order = *order;
    QString info = tr("Order %1 · %2 %3")
                       .arg(m_order.number, m_order.party.customerCode, m_order.party.customerName);
    if (!m_order.party.shippingAddress.isEmpty())
        info += tr(" — ship to: %1")
                    .arg(m_order.party.shippingAddress.split(u'\n', Qt::SkipEmptyParts)
                             .join(QStringLiteral(", ")));
    m_orderInfo->setText(info);
    if (!loadLines(m_order))
        m_buttons[QStringLiteral("ship")]->setEnabled(false);
    m_table->setCurrentIndex(m_model->index(0, ShipmentLinesModel::ToShip));
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ShipmentDialog::loadLines(const domain::SalesOrder& order) {
    struct Facts {
        domain::Quantity weight, onHand, available;
    };
    QHash<QString, Facts> facts; // per product, read once
    QList<ShipLine> lines;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const domain::DocumentLine& l = order.lines[i];
        if (l.remaining() <= domain::Quantity())
            continue;
        if (!facts.contains(l.sku)) {
            auto product = m_services.products().get(m_actor, l.sku);
            auto stock = m_services.orders().availability(m_actor, l.sku);
            if (!product || !stock) {
                refuse(!product ? product.error() : stock.error());
                return false;
            }
            facts.insert(l.sku, {product->weightKg, stock->onHand, stock->available});
        }
        const Facts& f = facts[l.sku];
        lines.append({int(i) + 1,
                      l.sku,
                      l.description,
                      l.unit,
                      l.stockTracked,
                      l.remaining(),
                      l.reserved,
                      f.onHand,
                      f.available,
                      f.weight,
                      {}});
    }
    proposeQuantities(lines);
    m_model->setLines(lines);
    if (lines.isEmpty()) {
        DialogSupport::showError(m_banner,
                                 tr("Order %1 has nothing left to ship").arg(order.number));
        return false;
    }
    return true;
}

void ShipmentDialog::showWeight() {
    m_weight->setText(tr("Total weight: %1 kg").arg(m_model->totalWeight().toString(QLocale())));
}

void ShipmentDialog::editNextLine() {
    const QModelIndex current = m_table->currentIndex();
    const int next = current.row() + 1;
    if (next >= m_model->rowCount()) {
        m_table->setFocus(Qt::OtherFocusReason); // Enter once more ships
        return;
    }
    const QModelIndex cell = m_model->index(next, ShipmentLinesModel::ToShip);
    m_table->setCurrentIndex(cell);
    m_table->edit(cell);
}

bool ShipmentDialog::ship() {
    DialogSupport::commitPendingEdit(m_table);
    DialogSupport::clearMarks(
        {{QStringLiteral("carrier"), m_carrier}, {QStringLiteral("tracking"), m_tracking}});
    services::ShipmentInput input;
    input.orderNumber = m_order.number;
    input.lines = m_model->inputs();
    // No lines would mean "everything that remains" to the service: never by accident.
    if (input.lines.isEmpty()) {
        DialogSupport::showError(m_banner, tr("Nothing to ship: type a quantity on a line"));
        m_table->setFocus(Qt::OtherFocusReason);
        return false;
    }
    input.date = m_date->date();
    input.carrier = m_carrier->text().trimmed();
    input.tracking = m_tracking->text().trimmed();
    input.packages = m_packages->value();
    input.freightTerms = m_freight->currentData().toString();
    input.notes = m_notes->toPlainText().trimmed();
    auto made = m_services.shipments().create(m_actor, input);
    if (!made) {
        refuse(made.error());
        return false;
    }
    m_papers.setShipment(*made);
    shipped();
    return true;
}

void ShipmentDialog::shipped() {
    const domain::Shipment& s = m_papers.shipment();
    m_date->setReadOnly(true);
    m_packages->setReadOnly(true);
    m_freight->setEnabled(false); // a combo box cannot be read-only
    m_carrier->setReadOnly(true);
    m_tracking->setReadOnly(true);
    m_notes->setReadOnly(true);
    m_model->setReadOnly(true);
    setWindowTitle(tr("Shipment %1 — order %2").arg(s.number, s.orderNumber));
    m_buttons[QStringLiteral("ship")]->setDefault(false);
    m_buttons[QStringLiteral("ship")]->hide();
    m_buttons[QStringLiteral("close")]->setText(tr("Close"));
    QPushButton* note = m_buttons[QStringLiteral("deliveryNote")];
    note->show();
    m_buttons[QStringLiteral("billOfLading")]->show();
    note->setDefault(true);
    note->setFocus(Qt::OtherFocusReason);
    DialogSupport::showNotice(
        m_banner, tr("Shipment %1 created: %2 kg. Print the delivery note and the bill of "
                     "lading for the carrier?")
                      .arg(s.number, s.weightKg.toString(QLocale())));
}

void ShipmentDialog::refuse(const Error& error) {
    DialogSupport::showError(m_banner, error.message);
    static const QRegularExpression line(QStringLiteral(R"(^lines\[(\d+)\])"));
    if (const auto match = line.match(error.field); match.hasMatch()) {
        // The service counts the lines it was given: those with something to ship.
        int asked = match.captured(1).toInt();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->lines()[row].toShip <= domain::Quantity() || asked-- > 0)
                continue;
            m_table->setCurrentIndex(m_model->index(row, ShipmentLinesModel::ToShip));
            break;
        }
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QHash<QString, QWidget*> fields = {{QStringLiteral("carrier"), m_carrier},
                                             {QStringLiteral("tracking"), m_tracking},
                                             {QStringLiteral("packages"), m_packages},
                                             {QStringLiteral("freight_terms"), m_freight},
                                             {QStringLiteral("date"), m_date}};
    if (QWidget* field = fields.value(error.field)) {
        DialogSupport::markInvalid(field, true, error.message);
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Short of stock: to the first line asking for more than is on hand.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ShipLine& l = m_model->lines()[row];
        if (l.tracked && l.toShip > l.onHand) {
            m_table->setCurrentIndex(m_model->index(row, ShipmentLinesModel::ToShip));
            break;
        }
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

} // namespace mostrador::app
