// SPDX-License-Identifier: MIT
#include "app/return_viewer.h"

#include "app/credit_note_viewer.h"
#include "app/dialogs/dialog_support.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;

ReturnViewer::ReturnViewer(services::Services& services, const domain::Actor& actor,
                           const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(QStringLiteral("returnViewer"));
    setWindowTitle(tr("Return %1").arg(number));
    buildUi();
    auto found = services.returns().get(actor, number);
    if (!found) {
        DialogSupport::showError(m_banner, found.error().message);
        m_creditNote->setEnabled(false);
        return;
    }
    m_return = std::move(*found);
    fill();
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReturnViewer::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_lines = new QStandardItemModel(0, 5, this);
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Description"), tr("Returned"), tr("Unit"), tr("Credited")});
    for (int c : {int(Qty), int(Credited)})
        m_lines->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                               Qt::TextAlignmentRole);
    m_table = makeReadOnlyTable(this, m_lines, QStringLiteral("linesTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);

    m_creditNote = new QPushButton(tr("Open &credit note…"), this);
    m_creditNote->setObjectName(QStringLiteral("creditNoteButton"));
    m_creditNote->setAutoDefault(false);
    connect(m_creditNote, &QPushButton::clicked, this, &ReturnViewer::openCreditNote);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_creditNote);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(780, 480);
}

QWidget* ReturnViewer::buildHeader() {
    using C = ViewerHeader;
    m_header = new ViewerHeader(this, 3, 2);
    m_header->add(C::Left, "number", tr("Number"));
    m_header->add(C::Left, "customer", tr("Customer"));
    m_header->add(C::Left, "shipment", tr("Shipment"));
    m_header->add(C::Left, "order", tr("Order"));
    m_header->add(C::Left, "reason", tr("Reason"))->setWordWrap(true);
    m_header->add(C::Right, "date", tr("Date"));
    m_header->add(C::Right, "damaged", tr("Goods"));
    m_header->add(C::Right, "recordedBy", tr("Recorded by"));
    QLabel* link = m_header->addLink(C::Right, "creditNote", tr("Credit note"));
    connect(link, &QLabel::linkActivated, this, &ReturnViewer::openCreditNote);
    return m_header;
}

void ReturnViewer::fill() {
    const domain::Return& r = m_return;
    const QLocale locale;
    setWindowTitle(tr("Return %1 — %2").arg(r.number, r.customerName));
    const auto set = [this](const char* name, const QString& text) { m_header->set(name, text); };
    set("number", r.number);
    set("customer", tr("%1 · %2").arg(r.customerCode, r.customerName));
    set("shipment", r.shipmentNumber);
    set("order", r.orderNumber);
    set("reason", r.reason);
    set("date", locale.toString(r.date, fullYearDateFormat(locale)));
    set("damaged", r.damaged ? tr("Damaged, not restocked") : tr("Back in stock"));
    set("recordedBy", r.recordedBy);
    set("creditNote", r.creditNoteNumber.isEmpty()
                          ? tr("None: nothing returned had been invoiced")
                          : QStringLiteral("<a href=\"%1\">%1</a>").arg(r.creditNoteNumber));
    m_creditNote->setEnabled(!r.creditNoteNumber.isEmpty());
    for (const domain::ReturnLine& l : r.lines) {
        QList<QStandardItem*> items{new QStandardItem(l.sku), new QStandardItem(l.description),
                                    new QStandardItem(l.qty.toString(locale)),
                                    new QStandardItem(l.unit),
                                    new QStandardItem(l.creditedQty.toString(locale))};
        for (int column : {int(Qty), int(Credited)})
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->appendRow(items);
    }
}

void ReturnViewer::openCreditNote() {
    if (m_return.creditNoteNumber.isEmpty())
        return;
    CreditNoteViewer viewer(m_services, m_actor, m_return.creditNoteNumber, this);
    viewer.exec();
}

} // namespace mostrador::app
