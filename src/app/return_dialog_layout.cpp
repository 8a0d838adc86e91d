// SPDX-License-Identifier: MIT
// The widgets of the return dialog; its behaviour is in return_dialog.cpp.
#include "app/document_editor_support.h"
#include "app/lookup_edit.h"
#include "app/return_dialog.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

// Shipments by number, order or customer, newest first.
LookupEdit::Provider shipmentSuggestions(services::Services& services, const domain::Actor& actor) {
    return [&services, actor](const QString& text) {
        storage::ShipmentListQuery query;
        query.search = text;
        query.sortKey = QStringLiteral("date");
        query.descending = true;
        query.limit = LookupEdit::kMaxRows;
        QList<LookupEdit::Suggestion> out;
        if (auto rows = services.shipments().list(actor, query))
            for (const auto& s : *rows)
                out.append(
                    {s.number,
                     QStringLiteral("%1 · %2 · %3").arg(s.number, s.orderNumber, s.customerName)});
        return out;
    };
}

} // namespace

void ReturnDialog::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Description"), tr("Shipped"),
                                        tr("Already returned"), tr("Returnable"), tr("Return")});
    for (int c = Shipped; c <= Return; ++c)
        m_model->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                               Qt::TextAlignmentRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    // Sized by fillLines(): ResizeToContents reads only the header when the lines come
    // after the dialog is shown, and cut the SKUs.
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    auto* linesTitle = new QLabel(tr("&Lines — type the quantity that comes back"), this);
    linesTitle->setBuddy(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record return"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(linesTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildFooter());
    layout->addWidget(buttons);

    setTabOrder(m_shipment, m_table);
    setTabOrder(m_table, m_reason);
    setTabOrder(m_reason, m_damaged);
    setTabOrder(m_damaged, m_date);
    setTabOrder(m_date, m_ok);
    resize(860, 560);
}

QWidget* ReturnDialog::buildHeader() {
    auto* box = new QWidget(this);
    m_shipment = new LookupEdit(shipmentSuggestions(m_services, m_actor), box);
    m_shipment->setObjectName(QStringLiteral("shipmentEdit"));
    m_shipment->setPlaceholderText(tr("Shipment number, order or customer"));
    m_shipmentInfo = new QLabel(box);
    m_shipmentInfo->setObjectName(QStringLiteral("shipmentInfo"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_shipment);
    row->addWidget(m_shipmentInfo, 1);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Shipment"), box);
    label->setBuddy(m_shipment);
    form->addRow(label, row);
    return box;
}

QWidget* ReturnDialog::buildFooter() {
    auto* box = new QWidget(this);
    m_reason = new QComboBox(box);
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(
        {QString(), tr("Damaged in transit"), tr("Wrong item"), tr("Customer changed mind")});
    m_reason->lineEdit()->setPlaceholderText(tr("Why the goods come back (required)"));
    m_reason->lineEdit()->setMaxLength(domain::kReturnReasonMax);
    m_damaged = new QCheckBox(tr("Damaged — do &not restock"), box);
    m_damaged->setObjectName(QStringLiteral("damagedCheck"));
    m_date = documentDateEdit(box, QStringLiteral("dateEdit"));
    m_date->setDate(QDate::currentDate());
    m_preview = new QLabel(box);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);

    // The reason and the date keep a sensible width; the preview takes the whole row.
    m_reason->setMinimumWidth(m_reason->fontMetrics().averageCharWidth() * 48);
    m_reason->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("R&eason"), m_reason);
    form->addRow(QString(), m_damaged);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("What happens"), m_preview);
    for (QWidget* field : {static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_date)})
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setBuddy(field);
    return box;
}

} // namespace mostrador::app
