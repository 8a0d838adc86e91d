// SPDX-License-Identifier: MIT
#include "services/advance_invoicing.h"

#include "domain/invoicing.h"
#include "domain/numbering.h"
#include "domain/settings.h"
#include "services/invoice_json.h"

#include <QLocale>
#include <algorithm>

namespace mostrador::services {

using domain::Invoice;
using domain::InvoiceLine;
using domain::Money;

namespace {

const QString kInvoiceEntity = QStringLiteral("invoice");

// The order's tax groups under the company's rounding: what the deposit is split over.
QList<domain::TaxGroup> taxGroupsOf(const domain::SalesOrder& order, domain::TaxRounding r) {
    QList<domain::PricedLine> priced;
    for (const domain::DocumentLine& l : order.lines)
        priced.append(l.priced());
    return domain::computeTotals(priced, r, order.currency).groups;
}

QList<InvoiceLine> advanceLinesOf(const Invoice& inv) {
    QList<InvoiceLine> out;
    for (const InvoiceLine& l : inv.lines)
        if (domain::isAdvanceLine(l))
            out.append(l);
    return out;
}

bool sameDeductions(const QList<InvoiceLine>& a, const QList<InvoiceLine>& b) {
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const InvoiceLine& x, const InvoiceLine& y) {
                          return x.advanceLineId == y.advanceLineId && x.net == y.net &&
                                 x.tax == y.tax && x.taxCode == y.taxCode;
                      });
}

} // namespace

AdvanceInvoicing::AdvanceInvoicing(ServiceContext& ctx)
    : m_ctx(ctx)
    , m_invoices(ctx.db)
    , m_series(ctx.db)
    , m_settings(ctx.db) {}

Result<bool> AdvanceInvoicing::enabled() {
    const QString key = QString::fromUtf16(domain::setting::kAdvanceVat);
    auto stored = m_settings.value(key);
    if (!stored)
        return fail(stored.error());
    return stored->value_or(domain::defaultSettingValue(key)) == u"true";
}

Result<domain::TaxRounding> AdvanceInvoicing::rounding() {
    const QString key = QString::fromUtf16(domain::setting::kTaxRounding);
    auto stored = m_settings.value(key);
    if (!stored)
        return fail(stored.error());
    return stored->value_or(domain::defaultSettingValue(key)) == u"global"
               ? domain::TaxRounding::Global
               : domain::TaxRounding::PerLine;
}

Status AdvanceInvoicing::checkDate(QDate depositDate) {
    auto latest = m_invoices.latestPostedDate();
    if (!latest)
        return fail(latest.error());
    if (!latest->isValid() || depositDate >= *latest)
        return {};
    const QLocale locale;
    return fail(Error::rule(
        QStringLiteral("deposit.backdated"),
        trMsg("A deposit dated %1 would post an advance invoice before the latest posted "
              "invoice (%2): date the deposit %2 or later")
            .arg(locale.toString(depositDate, QLocale::ShortFormat),
                 locale.toString(*latest, QLocale::ShortFormat)),
        QStringLiteral("date")));
}

Result<Invoice> AdvanceInvoicing::post(const domain::Actor& actor, const domain::SalesOrder& order,
                                       domain::Deposit& deposit) {
    auto round = rounding();
    if (!round)
        return fail(round.error());
    const QList<domain::AdvancePart> parts =
        domain::splitAdvance(deposit.amount, taxGroupsOf(order, *round));
    if (parts.isEmpty())
        return fail(Error::rule(QStringLiteral("deposit.advance_empty"),
                                trMsg("Sales order %1 has no amount to invoice an advance "
                                      "payment against")
                                    .arg(order.number)));
    Invoice inv;
    inv.kind = QString::fromUtf16(domain::invoice_kind::kAdvance);
    inv.party = order.party;
    inv.party.paymentTermsCode.clear(); // paid by the deposit on its date: no terms apply
    inv.currency = order.currency;
    inv.salesperson = order.salesperson.isEmpty() ? actor.name : order.salesperson;
    inv.date = deposit.date;
    const QString description = trMsg("Advance payment for order %1").arg(order.number);
    for (const domain::AdvancePart& p : parts)
        inv.lines.append(domain::advanceLine(p, description, order.id, order.number));
    domain::priceInvoice(inv, *round);
    auto number = m_series.takeNext(QString::fromUtf16(domain::series::kInvoice), inv.date.year());
    if (!number)
        return fail(number.error());
    inv.number = inv.draftNumber = *number;
    inv.postedBy = actor.name;
    inv.installments = domain::installmentsFor(nullptr, inv.date, inv.total);
    inv.deposits = {{deposit.id, deposit.number, order.number, deposit.amount}};
    inv.depositsApplied = deposit.amount;
    inv.paid = Money::zero(inv.currency);
    const domain::Settlement s =
        domain::settlementState(inv.installments, inv.total, inv.depositsApplied, inv.paid);
    inv.status = s.status;
    inv.dueDate = s.dueDate;
    inv.balance = s.balance;
    if (auto id = m_invoices.insert(inv); !id)
        return fail(id.error());
    deposit.applied = deposit.amount;
    deposit.advanceInvoice = inv.number;
    if (auto ok = m_ctx.recordText(actor, QStringLiteral("invoice.post"), kInvoiceEntity,
                                   inv.number, {}, toAuditJsonText(inv, true));
        !ok)
        return fail(ok.error());
    return inv;
}

Result<bool> AdvanceInvoicing::deduct(Invoice& invoice, const QList<qint64>& orderIds,
                                      domain::TaxRounding rounding) {
    const QList<InvoiceLine> before = advanceLinesOf(invoice);
    if (orderIds.isEmpty() && before.isEmpty())
        return false;
    QList<domain::OpenAdvance> open;
    for (qint64 id : orderIds) {
        auto found = m_invoices.openAdvances(id, invoice.id, invoice.currency);
        if (!found)
            return fail(found.error());
        open += *found;
    }
    if (open.isEmpty() && before.isEmpty())
        return false;
    std::stable_sort(open.begin(), open.end(),
                     [](const domain::OpenAdvance& a, const domain::OpenAdvance& b) {
                         return a.date != b.date ? a.date < b.date : a.invoiceId < b.invoiceId;
                     });
    Invoice goods = invoice;
    goods.lines.removeIf([](const InvoiceLine& l) { return domain::isAdvanceLine(l); });
    domain::priceInvoice(goods, rounding);
    QList<InvoiceLine> after;
    for (const domain::AdvanceDeduction& d : domain::advanceDeductions(open, goods.total))
        after.append(domain::deductionLine(
            d, trMsg("Deduction of advance invoice %1").arg(d.advanceNumber)));
    if (sameDeductions(before, after))
        return false;
    goods.lines += after;
    domain::priceInvoice(goods, rounding);
    invoice = std::move(goods);
    return true;
}

} // namespace mostrador::services
