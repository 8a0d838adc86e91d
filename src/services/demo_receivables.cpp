// SPDX-License-Identifier: MIT
#include "services/demo_data.h"
#include "services/demo_sales.h"
#include "services/services.h"

namespace mostrador::services {

namespace {

using domain::Actor;
using domain::Money;

// Every other invoice is paid: in full, or half by card; one shipment comes back in part.
Status settle(Services& s, const Actor& admin, const domain::Invoice& inv, int index) {
    if (index % 2 == 1)
        return {};
    PaymentInput pay;
    pay.customerCode = inv.party.customerCode;
    pay.amount =
        index % 4 == 0 ? inv.balance : Money::fromMinor(inv.balance.minor() / 2, inv.currency);
    pay.method = QString::fromUtf16(index % 4 == 0 ? domain::payment_method::kTransfer
                                                   : domain::payment_method::kCard);
    pay.reference = QStringLiteral("REF-") + inv.number.right(5);
    pay.invoices = {{inv.number, std::nullopt}};
    if (pay.amount.minor() <= 0)
        return {};
    auto paid = s.payments().add(admin, pay);
    return paid ? Status{} : fail(paid.error());
}

Status returnOneUnit(Services& s, const Actor& admin, const storage::ShipmentRow& row) {
    auto shipment = s.shipments().get(admin, row.number);
    if (!shipment)
        return fail(shipment.error());
    ReturnInput in;
    in.shipmentNumber = row.number;
    in.lines = {{shipment->lines.first().sku, domain::Quantity::fromUnits(1)}};
    in.reason = demo::utf8("Llegó con el embalaje roto");
    in.damaged = true;
    auto made = s.returns().create(admin, in);
    return made ? Status{} : fail(made.error());
}

} // namespace

Status loadDemoReceivables(Services& s, const Actor& admin) {
    ShipmentListQuery query;
    query.limit = 1000;
    auto shipments = s.shipments().list(admin, query);
    if (!shipments)
        return fail(shipments.error());
    int index = 0;
    for (const storage::ShipmentRow& row : *shipments) {
        auto inv = s.invoices().createAndPost(admin, {row.orderNumber}, row.date);
        if (!inv) {
            if (inv.error().kind == ErrorKind::Rule) // nothing left to invoice
                continue;
            return fail(inv.error());
        }
        if (auto ok = settle(s, admin, *inv, index++); !ok)
            return ok;
    }
    if (!shipments->isEmpty())
        return returnOneUnit(s, admin, shipments->first());
    return {};
}

} // namespace mostrador::services
