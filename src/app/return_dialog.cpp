// SPDX-License-Identifier: MIT
#include "app/return_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/lookup_edit.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Quantity;

namespace {

const QColor kRefused(0xf8, 0xd7, 0xd7);

QStandardItem* readOnly(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReturnDialog::ReturnDialog(services::Services& services, const domain::Actor& actor,
                           const QString& shipmentNumber, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return goods"));
    buildUi();
    connectSignals();
    if (!actor.require(domain::Permission::HandleReturns))
        DialogSupport::showWarning(m_banner, tr("Your role may not handle returns."));
    if (shipmentNumber.isEmpty()) {
        m_shipment->setFocus(Qt::OtherFocusReason);
        updatePreview();
        return;
    }
    m_shipment->setText(shipmentNumber);
    loadShipment();
    m_shipment->setReadOnly(true); // the return is for the shipment it was opened from
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReturnDialog::connectSignals() {
    connect(m_shipment, &LookupEdit::chosen, this, &ReturnDialog::loadShipment);
    connect(m_shipment, &QLineEdit::editingFinished, this, [this] {
        if (m_shipment->text().trimmed().toUpper() != m_shipmentNumber)
            loadShipment();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &ReturnDialog::quantityEdited);
    connect(m_reason, &QComboBox::currentTextChanged, this,
            [this] { DialogSupport::markInvalid(m_reason, false); });
    connect(m_damaged, &QCheckBox::toggled, this, &ReturnDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &ReturnDialog::updatePreview);
}

void ReturnDialog::loadShipment() {
    DialogSupport::showError(m_banner, {});
    const QString number = m_shipment->text().trimmed().toUpper();
    m_shipmentNumber.clear();
    m_lines.clear();
    m_shipmentInfo->clear();
    if (!number.isEmpty()) {
        auto shipment = m_services.shipments().get(m_actor, number);
        auto lines = m_services.returns().returnable(m_actor, number);
        if (shipment && lines) {
            const QLocale locale;
            m_shipmentNumber = shipment->number;
            m_lines = std::move(*lines);
            m_shipment->setText(shipment->number);
            m_shipmentInfo->setText(
                tr("Order %1 · %2 · shipped %3")
                    .arg(shipment->orderNumber, shipment->party.customerName,
                         locale.toString(shipment->date, fullYearDateFormat(locale))));
            setWindowTitle(tr("Return goods of shipment %1").arg(shipment->number));
        } else {
            refuse(shipment ? lines.error() : shipment.error());
        }
    }
    fillLines();
    updatePreview();
}

void ReturnDialog::fillLines() {
    const QLocale locale;
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const domain::ReturnableLine& l : m_lines) {
        auto* qty = new QStandardItem;
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        qty->setEditable(l.open() > Quantity());
        qty->setToolTip(tr("At most %1").arg(l.open().toString(locale)));
        m_model->appendRow({readOnly(l.sku), readOnly(l.description),
                            readOnly(l.shipped.toString(locale), true),
                            readOnly(l.returned.toString(locale), true),
                            readOnly(l.open().toString(locale), true), qty});
    }
    m_filling = false;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != Description)
            m_table->resizeColumnToContents(c); // the header and the longest value
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, Return));
}

void ReturnDialog::setReturnQty(int row, const QString& text) {
    m_model->item(row, Return)->setText(text);
}

void ReturnDialog::quantityEdited(QStandardItem* item) {
    if (m_filling || item->column() != Return)
        return;
    m_filling = true;
    item->setBackground(QBrush());
    m_filling = false;
    updatePreview();
}

Result<QList<services::ReturnLineRequest>> ReturnDialog::typedLines(int* badRow) const {
    const QLocale locale;
    QList<services::ReturnLineRequest> out;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString text = m_model->item(row, Return)->text().trimmed();
        if (text.isEmpty())
            continue;
        const domain::ReturnableLine& l = m_lines[row];
        auto qty = Quantity::parse(text, locale);
        Error error;
        if (!qty)
            error =
                Error::invalid(qty.error().code, tr("SKU %1: %2").arg(l.sku, qty.error().message));
        else if (*qty < Quantity())
            error = Error::invalid(QStringLiteral("return.qty"),
                                   tr("SKU %1: the quantity cannot be negative").arg(l.sku));
        else if (*qty > l.open())
            error = Error::rule(QStringLiteral("return.more_than_shipped"),
                                tr("SKU %1: %2 to return but only %3 of the %4 shipped can still "
                                   "come back")
                                    .arg(l.sku, qty->toString(locale), l.open().toString(locale),
                                         l.shipped.toString(locale)));
        if (!error.code.isEmpty()) {
            if (badRow)
                *badRow = row;
            return fail(error);
        }
        if (!qty->isZero())
            out.append({l.sku, *qty});
    }
    return out;
}

services::ReturnInput ReturnDialog::input(const QString& reason) const {
    services::ReturnInput in;
    in.shipmentNumber = m_shipmentNumber;
    in.reason = reason;
    in.damaged = m_damaged->isChecked();
    in.date = m_date->date();
    return in;
}

void ReturnDialog::updatePreview() {
    int bad = -1;
    auto lines = typedLines(&bad);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_filling = true;
        m_model->item(row, Return)->setBackground(row == bad ? QBrush(kRefused) : QBrush());
        m_filling = false;
    }
    if (!lines) {
        DialogSupport::showError(m_banner, lines.error().message);
        m_preview->setText(tr("Nothing can be recorded until the quantities are corrected."));
        return;
    }
    DialogSupport::showError(m_banner, {});
    if (m_shipmentNumber.isEmpty() || lines->isEmpty()) {
        m_preview->setText(m_shipmentNumber.isEmpty()
                               ? tr("Choose the shipment the goods come from.")
                               : tr("Type the quantity that comes back on its line."));
        return;
    }
    // The preview asks the service with the reason as typed, or a stand-in while it is
    // still empty: what happens to the quantities does not depend on it.
    const QString reason = m_reason->currentText().trimmed();
    services::ReturnInput in = input(reason.isEmpty() ? tr("(reason)") : reason);
    in.lines = *lines;
    auto seen = m_services.returns().preview(m_actor, in);
    m_preview->setText(seen ? previewText(*seen) : seen.error().message);
}

QString ReturnDialog::previewText(const services::ReturnPreview& preview) const {
    const QLocale locale;
    QStringList credited;
    QStringList uninvoiced;
    for (const domain::ReturnLine& l : preview.ret.lines) {
        if (l.creditedQty > Quantity())
            credited << tr("%1 × %2").arg(l.creditedQty.toString(locale), l.sku);
        if (l.qty > l.creditedQty)
            uninvoiced << tr("%1 × %2").arg((l.qty - l.creditedQty).toString(locale), l.sku);
    }
    QStringList out;
    if (!credited.isEmpty())
        out << tr("Credited on a credit note of %1 against %2: %3")
                   .arg(preview.note.total.toString(locale),
                        preview.note.invoiceNumbers.join(QStringLiteral(", ")),
                        credited.join(QStringLiteral(", ")));
    if (!uninvoiced.isEmpty())
        out << tr("Not invoiced yet, no longer to invoice: %1")
                   .arg(uninvoiced.join(QStringLiteral(", ")));
    out << (m_damaged->isChecked() ? tr("Damaged: nothing goes back to stock.")
                                   : tr("The goods go back to stock."));
    return out.join(u'\n');
}

void ReturnDialog::accept() {
    if (!save())
        return;
    offerCreditNote();
    QDialog::accept();
}

bool ReturnDialog::save() {
    DialogSupport::commitPendingEdit(m_table);
    DialogSupport::clearMarks({{QStringLiteral("reason"), m_reason}});
    if (m_shipmentNumber.isEmpty()) {
        refuse(Error::invalid(QStringLiteral("return.shipment"), tr("Choose the shipment"),
                              QStringLiteral("shipment")));
        return false;
    }
    int bad = -1;
    auto lines = typedLines(&bad);
    if (!lines || lines->isEmpty()) {
        refuse(lines ? Error::invalid(QStringLiteral("return.no_lines"),
                                      tr("Type the quantity that comes back on at least one line"),
                                      QStringLiteral("lines"))
                     : lines.error());
        m_table->setCurrentIndex(m_model->index(std::max(bad, 0), Return));
        return false;
    }
    services::ReturnInput in = input(m_reason->currentText());
    in.lines = *lines;
    auto made = m_services.returns().create(m_actor, in);
    if (!made) {
        refuse(made.error());
        return false;
    }
    m_made = std::move(*made);
    return true;
}

void ReturnDialog::offerCreditNote() {
    if (m_made.creditNoteNumber.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Return recorded"),
        tr("Return %1 is recorded with credit note %2.\n\nOpen the credit note?")
            .arg(m_made.number, m_made.creditNoteNumber));
    if (answer == QMessageBox::Yes)
        m_openNote = m_made.creditNoteNumber;
}

void ReturnDialog::refuse(const Error& error) {
    const QHash<QString, QWidget*> fields = {{QStringLiteral("shipment"), m_shipment},
                                             {QStringLiteral("lines"), m_table},
                                             {QStringLiteral("reason"), m_reason},
                                             {QStringLiteral("date"), m_date}};
    if (error.code == u"return.reason") {
        DialogSupport::showRefusal(
            m_banner, Error{error.kind, error.code, error.message, QStringLiteral("reason")},
            fields);
        return;
    }
    if (error.code.startsWith(u"return.") && fields.contains(error.field)) {
        DialogSupport::showRefusal(m_banner, error, fields);
        return;
    }
    DialogSupport::showError(m_banner, error.message);
    if (error.code.startsWith(u"return.") || error.code == u"quantity.invalid")
        m_table->setFocus(Qt::OtherFocusReason);
    else if (error.code == u"shipment.not_found")
        m_shipment->setFocus(Qt::OtherFocusReason);
}

} // namespace mostrador::app
