// SPDX-License-Identifier: MIT
#include "sample_orders.h"

#include "sample_quotation.h"

namespace mostrador::test {

using namespace domain;

SalesOrder sampleOrder(int lineCount) {
    const Quotation q = sampleQuotation(lineCount);
    SalesOrder o;
    o.number = QStringLiteral("SO-2026-00108");
    o.status = QString::fromUtf16(order_state::kConfirmed);
    o.party = q.party;
    o.date = QDate(2026, 11, 28);
    o.requestedDate = QDate(2026, 12, 4);
    o.salesperson = q.salesperson;
    o.notes = QStringLiteral("Deliver to the site gate; call 30 minutes ahead.");
    o.quotationNumber = q.number;
    o.currency = q.currency;
    o.lines = q.lines;
    for (int i = 0; i < o.lines.size(); ++i)
        o.lines[i].requestedDate = i % 3 == 2 ? QDate(2026, 12, 11) : o.requestedDate;
    o.untaxed = q.untaxed;
    o.tax = q.tax;
    o.total = q.total;
    o.taxGroups = q.taxGroups;
    o.openValue = q.total;
    return o;
}

Shipment sampleShipment(const SalesOrder& order, int lineCount) {
    Shipment s;
    s.number = QStringLiteral("SH-2026-00031");
    s.orderNumber = order.number;
    s.party = order.party;
    s.date = QDate(2026, 12, 3);
    s.carrier = QStringLiteral("Transportes del Norte");
    s.tracking = QStringLiteral("TN-7781-ES");
    s.packages = 3;
    s.freightTerms = QString::fromUtf16(freight::kCollect);
    s.shippedBy = QStringLiteral("luis");
    for (int i = 0; i < qMin<int>(lineCount, order.lines.size()); ++i) {
        const DocumentLine& l = order.lines[i];
        const Quantity perUnit = Quantity::fromThousandths(i % 2 == 0 ? 2500 : 350);
        const ShipmentLine line{i + 1,         l.id,   l.productId, l.sku,
                                l.description, l.unit, l.qty,       lineWeight(perUnit, l.qty)};
        s.lines.append(line);
        s.weightKg += line.weightKg;
    }
    return s;
}

} // namespace mostrador::test
