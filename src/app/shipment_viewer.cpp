// SPDX-License-Identifier: MIT
#include "app/shipment_viewer.h"

#include "app/credit_note_viewer.h"
#include "app/dialogs/dialog_support.h"
#include "app/return_dialog.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using Paper = ShipmentPapers::Paper;

ShipmentViewer::ShipmentViewer(services::Services& services, const domain::Actor& actor,
                               const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_papers(services, actor, this) {
    setObjectName(QStringLiteral("shipmentViewer"));
    buildUi();
    auto shipment = services.shipments().get(actor, number);
    if (!shipment) {
        setWindowTitle(tr("Shipment %1").arg(number));
        DialogSupport::showError(m_banner, shipment.error().message);
        for (QPushButton* button : std::as_const(m_buttons))
            button->setEnabled(button == m_buttons.value(QStringLiteral("close")));
        return;
    }
    m_papers.setShipment(*shipment);
    fill();
    if (actor.require(domain::Permission::HandleReturns))
        addReturnButton(services, actor);
}

void ShipmentViewer::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_lines = new QStandardItemModel(0, 5, this);
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Description"), tr("Quantity"), tr("Unit"), tr("Weight (kg)")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_lines);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFields());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);
    buildButtons();
    resize(900, 560);
}

QWidget* ShipmentViewer::buildFields() {
    auto* box = new QWidget(this);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    const auto add = [this, box](QFormLayout* form, const QString& name, const QString& title) {
        auto* value = new QLabel(box);
        value->setObjectName(name + QStringLiteral("Value"));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.insert(name, value);
        form->addRow(title, value);
    };
    add(left, QStringLiteral("order"), tr("Order"));
    add(left, QStringLiteral("customer"), tr("Consignee"));
    add(left, QStringLiteral("address"), tr("Ship to"));
    add(left, QStringLiteral("notes"), tr("Notes"));
    add(right, QStringLiteral("date"), tr("Ship date"));
    add(right, QStringLiteral("carrier"), tr("Carrier"));
    add(right, QStringLiteral("tracking"), tr("Tracking"));
    add(right, QStringLiteral("packages"), tr("Packages"));
    add(right, QStringLiteral("freight"), tr("Freight"));
    add(right, QStringLiteral("weight"), tr("Weight"));
    add(right, QStringLiteral("shippedBy"), tr("Shipped by"));
    m_fields[QStringLiteral("notes")]->setWordWrap(true);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(left, 3);
    row->addSpacing(24);
    row->addLayout(right, 2);
    return box;
}

void ShipmentViewer::buildButtons() {
    auto* row = new QHBoxLayout;
    m_buttonRow = row;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false);
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    connect(add(QStringLiteral("deliveryNote"), tr("Print deli&very note…"), tr("Ctrl+P")),
            &QPushButton::clicked, this, [this] { m_papers.preview(Paper::DeliveryNote); });
    connect(add(QStringLiteral("billOfLading"), tr("Print &bill of lading…"), {}),
            &QPushButton::clicked, this, [this] { m_papers.preview(Paper::BillOfLading); });
    QPushButton* pdf = add(QStringLiteral("pdf"), tr("Save as &PDF"), {});
    auto* menu = new QMenu(pdf);
    for (Paper paper : {Paper::DeliveryNote, Paper::BillOfLading})
        menu->addAction(tr("%1…").arg(ShipmentPapers::title(paper)), this, [this, paper] {
            const QString path = m_papers.saveAsPdf(paper);
            if (!path.isEmpty())
                DialogSupport::showNotice(m_banner,
                                          tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
    pdf->setMenu(menu);
    row->addStretch(1);
    QPushButton* close = add(QStringLiteral("close"), tr("Close"), tr("Esc"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, [this] {
        if (m_buttons[QStringLiteral("deliveryNote")]->isEnabled())
            m_papers.preview(Paper::DeliveryNote);
    });
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void ShipmentViewer::fill() {
    const domain::Shipment& s = m_papers.shipment();
    const QLocale locale;
    setWindowTitle(tr("Shipment %1 — order %2").arg(s.number, s.orderNumber));
    const auto set = [this](const char* name, const QString& text) {
        m_fields.value(QLatin1String(name))->setText(text);
    };
    set("order", s.orderNumber);
    set("customer", s.party.customerName.isEmpty()
                        ? s.party.customerCode
                        : tr("%1 · %2").arg(s.party.customerCode, s.party.customerName));
    set("address", s.party.shippingAddress);
    set("notes", s.notes);
    set("date", locale.toString(s.date, fullYearDateFormat(locale)));
    set("carrier", s.carrier.isEmpty() ? tr("(none)") : s.carrier);
    set("tracking", s.tracking);
    set("packages", locale.toString(s.packages));
    set("freight", domain::freightTermsLabel(s.freightTerms));
    set("weight", tr("%1 kg").arg(s.weightKg.toString(locale)));
    set("shippedBy", s.shippedBy);
    for (const domain::ShipmentLine& l : s.lines) {
        QList<QStandardItem*> items{new QStandardItem(l.sku), new QStandardItem(l.description),
                                    new QStandardItem(l.qty.toString(locale)),
                                    new QStandardItem(l.unit),
                                    new QStandardItem(l.weightKg.toString(locale))};
        for (int column : {2, 4})
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->appendRow(items);
    }
}

void ShipmentViewer::addReturnButton(services::Services& services, const domain::Actor& actor) {
    auto* button = new QPushButton(tr("&Return goods…"), this);
    button->setObjectName(QStringLiteral("returnButton"));
    button->setToolTip(tr("Take goods of this shipment back"));
    button->setAutoDefault(false);
    m_buttons.insert(QStringLiteral("return"), button);
    m_buttonRow->insertWidget(m_buttonRow->count() - 2, button); // before the stretch
    connect(button, &QPushButton::clicked, this, [this, &services, actor] {
        ReturnDialog dialog(services, actor, m_papers.shipment().number, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        DialogSupport::showNotice(m_banner,
                                  tr("Return %1 recorded.").arg(dialog.createdReturn().number));
        if (!dialog.creditNoteToOpen().isEmpty()) {
            CreditNoteViewer viewer(services, actor, dialog.creditNoteToOpen(), this);
            viewer.exec();
        }
    });
}

} // namespace mostrador::app
