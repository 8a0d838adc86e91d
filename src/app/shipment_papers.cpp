// SPDX-License-Identifier: MIT
#include "app/shipment_papers.h"

#include "reports/document_renderer.h"
#include "services/services.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace mostrador::app {

ShipmentPapers::ShipmentPapers(services::Services& services, domain::Actor actor, QWidget* parent)
    : m_services(services)
    , m_actor(std::move(actor))
    , m_parent(parent) {}

QString ShipmentPapers::title(Paper paper) {
    return paper == Paper::DeliveryNote ? tr("Delivery note") : tr("Bill of lading");
}

QString ShipmentPapers::suggestedFileName(Paper paper) const {
    return paper == Paper::DeliveryNote ? tr("%1 delivery note.pdf").arg(m_shipment.number)
                                        : tr("%1 bill of lading.pdf").arg(m_shipment.number);
}

Result<reports::PrintJob> ShipmentPapers::job(Paper paper) {
    // The papers print the consignee and terms as the order has them now.
    auto order = m_services.orders().get(m_actor, m_shipment.orderNumber);
    if (!order)
        return fail(order.error());
    auto& settings = m_services.settings();
    return paper == Paper::DeliveryNote
               ? reports::deliveryNotePrintJob(settings, m_shipment, *order, QLocale())
               : reports::billOfLadingPrintJob(settings, m_shipment, *order, QLocale());
}

void ShipmentPapers::preview(Paper paper) {
    auto p = job(paper);
    if (!p) {
        QMessageBox::warning(m_parent, tr("Print preview"), p.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    reports::setUpPrinter(printer, p->paper);
    printer.setDocName(m_shipment.number);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("shipmentPrintPreview"));
    dialog.setWindowTitle(tr("%1 %2 — print preview").arg(title(paper), m_shipment.number));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&p](QPrinter* target) { reports::paintDocument(p->doc, *target); });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ShipmentPapers::saveAsPdf(Paper paper) {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedFileName(paper));
    const QString caption = paper == Paper::DeliveryNote ? tr("Save the delivery note as PDF")
                                                         : tr("Save the bill of lading as PDF");
    const QString path =
        QFileDialog::getSaveFileName(m_parent, caption, suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (auto written = writePdf(paper, path); !written) {
        QMessageBox::warning(m_parent, tr("Save as PDF"), written.error().message);
        return {};
    }
    return path;
}

Status ShipmentPapers::writePdf(Paper paper, const QString& path) {
    auto p = job(paper);
    if (!p)
        return fail(p.error());
    auto written = reports::writePdf(p->doc, path, p->paper);
    if (!written)
        return fail(written.error());
    return {};
}

} // namespace mostrador::app
