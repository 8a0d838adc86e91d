// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/fulfilment.h"
#include "domain/user.h"
#include "reports/print_job.h"

#include <QCoreApplication>

class QWidget;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// A shipment's papers from the GUI: the delivery note that travels with the goods and
// the bill of lading the carrier signs, each in a print preview or written as PDF, built
// by the reports library from the shipment and its order (as the CLI prints them), on
// the paper and in the document locale of the company's settings.
class ShipmentPapers {
    Q_DECLARE_TR_FUNCTIONS(ShipmentPapers)
public:
    enum class Paper { DeliveryNote, BillOfLading };

    ShipmentPapers(services::Services& services, domain::Actor actor, QWidget* parent);

    void setShipment(const domain::Shipment& shipment) { m_shipment = shipment; }
    const domain::Shipment& shipment() const { return m_shipment; }

    // "Delivery note" or "Bill of lading".
    static QString title(Paper paper);
    // The file name offered when saving: "ENV-2026-00001 delivery note.pdf".
    QString suggestedFileName(Paper paper) const;

    // The print preview of `paper`; a failure to build it is shown in a message box.
    void preview(Paper paper);
    // Asks where, then writes the PDF there; the path written, or empty.
    QString saveAsPdf(Paper paper);
    // Writes `paper` as PDF at `path` without asking.
    Status writePdf(Paper paper, const QString& path);

private:
    Result<reports::PrintJob> job(Paper paper);

    services::Services& m_services;
    domain::Actor m_actor;
    QWidget* m_parent;
    domain::Shipment m_shipment;
};

} // namespace mostrador::app
