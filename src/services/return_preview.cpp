// SPDX-License-Identifier: MIT
// What the return dialog reads before anything is saved: the shipment's lines with what
// earlier returns took back, and the plan of a return through the same checks and split
// as create(), so the dialog shows which part would be credited and which part would
// only no longer be invoiced. Nothing here takes a number or writes.
#include "services/return_impl.h"

namespace mostrador::services {

using domain::Actor;

Result<QList<domain::ReturnableLine>> ReturnService::returnable(const Actor& actor,
                                                                const QString& shipmentNumber) {
    if (auto ok = actor.require(domain::Permission::ViewSales); !ok)
        return fail(ok.error());
    const QString key = shipmentNumber.trimmed().toUpper();
    auto shipment = d->returns.shipment(key);
    if (!shipment)
        return fail(shipment.error());
    if (!*shipment)
        return fail(Error::notFound(QStringLiteral("shipment.not_found"),
                                    trMsg("There is no shipment %1").arg(key)));
    return std::move((*shipment)->lines);
}

Result<ReturnPreview> ReturnService::preview(const Actor& actor, const ReturnInput& input) {
    if (auto ok = actor.require(domain::Permission::HandleReturns); !ok)
        return fail(ok.error());
    auto p = d->plan(actor, input);
    if (!p)
        return fail(p.error());
    ReturnPreview out;
    out.ret = p->ret;
    domain::CreditNote& note = out.note;
    note.currency = p->order.currency;
    note.date = p->ret.date;
    note.reason = p->ret.reason;
    note.total = note.untaxed = note.tax = note.unallocated = domain::Money::zero(note.currency);
    if (p->credits.isEmpty())
        return out;
    auto round = d->rounding();
    if (!round)
        return fail(round.error());
    note.party = p->invoiceParty;
    note.lines = p->credits;
    domain::priceCreditNote(note, *round);
    note.unallocated = note.total;
    for (const domain::CreditNoteLine& l : note.lines)
        if (!note.invoiceNumbers.contains(l.invoiceNumber))
            note.invoiceNumbers << l.invoiceNumber;
    return out;
}

} // namespace mostrador::services
