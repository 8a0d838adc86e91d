// SPDX-License-Identifier: MIT
#include "domain/invoicing.h"

#include "domain/advance_vat.h"
#include "domain/workflow.h"

#include <algorithm>

namespace mostrador::domain {

InvoicePolicy invoicePolicyFrom(QStringView key) {
    return key == u"order" ? InvoicePolicy::Order : InvoicePolicy::Shipment;
}

Quantity invoiceableQty(const DocumentLine& line, InvoicePolicy policy,
                        const LineInvoicing& facts) {
    const Quantity base =
        policy == InvoicePolicy::Shipment ? line.shipped : line.qty - line.cancelled;
    return std::max(base - line.invoiced - facts.returned - facts.onDrafts, Quantity());
}

InvoiceLine invoiceLineFrom(const DocumentLine& line, qint64 orderId, const QString& orderNumber,
                            Quantity qty) {
    InvoiceLine l;
    l.orderId = orderId;
    l.orderNumber = orderNumber;
    l.orderLineId = line.id;
    l.productId = line.productId;
    l.sku = line.sku;
    l.description = line.description;
    l.unit = line.unit;
    l.qty = qty;
    l.unitPrice = line.unitPrice;
    l.discount = line.discount;
    l.taxCode = line.taxCode;
    l.taxRate = line.taxRate;
    l.unitCost = line.unitCost;
    return l;
}

// Advance lines keep their fixed net and tax (domain/advance_vat.h); computeTotals
// prices the others.
void priceInvoice(Invoice& invoice, TaxRounding rounding) {
    QList<PricedLine> priced;
    QList<qsizetype> goods;
    QList<InvoiceLine> fixedLines;
    priced.reserve(invoice.lines.size());
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine& l = invoice.lines[i];
        if (isAdvanceLine(l)) {
            fixedLines.append(l);
            continue;
        }
        priced.append(l.priced());
        goods.append(i);
    }
    DocumentTotals totals = computeTotals(priced, rounding, invoice.currency);
    for (qsizetype j = 0; j < goods.size(); ++j) {
        invoice.lines[goods[j]].net = totals.lines[j].net;
        invoice.lines[goods[j]].tax = totals.lines[j].tax;
    }
    addFixedLines(totals, fixedLines);
    invoice.untaxed = totals.untaxed;
    invoice.tax = totals.tax;
    invoice.total = totals.total;
    invoice.taxGroups = totals.groups;
}

QList<TaxGroup> taxGroupsOf(const Invoice& invoice) {
    QList<PricedLine> priced;
    QList<InvoiceLine> fixedLines;
    Money fixedTax = Money::zero(invoice.currency);
    for (const InvoiceLine& l : invoice.lines) {
        if (isAdvanceLine(l)) {
            fixedLines.append(l);
            fixedTax += l.tax;
        } else {
            priced.append(l.priced());
        }
    }
    DocumentTotals totals = computeTotals(priced, TaxRounding::PerLine, invoice.currency);
    if (totals.tax + fixedTax != invoice.tax)
        totals = computeTotals(priced, TaxRounding::Global, invoice.currency);
    addFixedLines(totals, fixedLines);
    return totals.groups;
}

Settlement settlementState(const QList<Installment>& installments, Money total,
                           Money depositsApplied, Money paid) {
    const Money covered = depositsApplied + paid;
    Settlement s;
    s.balance = total - covered;
    if (s.balance.minor() == 0)
        s.status = QString::fromUtf16(invoice_state::kPaid);
    else if (covered.minor() == 0)
        s.status = QString::fromUtf16(invoice_state::kPosted);
    else
        s.status = QString::fromUtf16(invoice_state::kPartiallyPaid);
    if (s.balance.minor() == 0)
        return s;
    qint64 running = 0;
    for (const Installment& i : installments) {
        running += i.amount.minor();
        if (running > covered.minor()) {
            s.dueDate = i.dueDate;
            return s;
        }
    }
    // Covered beyond the schedule yet something is owed (a negative cover): the last date.
    if (!installments.isEmpty())
        s.dueDate = installments.last().dueDate;
    return s;
}

QList<Installment> installmentsFor(const PaymentTerms* terms, QDate date, Money total) {
    const PaymentTerms none;
    QList<Installment> out;
    for (const PaymentTerms::Installment& i : (terms ? *terms : none).schedule(date, total))
        out.append({i.due, i.amount});
    return out;
}

QList<Money> depositTakes(const QList<Money>& open, Money total) {
    QList<Money> takes;
    qint64 left = std::max<qint64>(total.minor(), 0);
    for (const Money& available : open) {
        const qint64 take = std::min(std::max<qint64>(available.minor(), 0), left);
        takes.append(Money::fromMinor(take, total.currency()));
        left -= take;
    }
    return takes;
}

QString invoicingStatus(const QList<DocumentLine>& lines, const QHash<qint64, Quantity>& returned) {
    bool any = false, full = true;
    for (const DocumentLine& l : lines) {
        any = any || l.invoiced > Quantity();
        if (l.invoiced + returned.value(l.id) < l.qty - l.cancelled)
            full = false;
    }
    if (!any)
        return QString::fromUtf16(invoicing_status::kNone);
    return QString::fromUtf16(full ? invoicing_status::kFull : invoicing_status::kPartial);
}

namespace {

bool shippedInFull(const SalesOrder& order) {
    return order.status == QStringView(order_state::kShipped) &&
           std::none_of(order.lines.cbegin(), order.lines.cend(),
                        [](const DocumentLine& l) { return l.remaining() > Quantity(); });
}

} // namespace

bool closesOrder(const SalesOrder& order) {
    return order.invoicingStatus == QStringView(invoicing_status::kFull) && shippedInFull(order);
}

Status closeWhenDone(SalesOrder& order) {
    return order.invoicingStatus == QStringView(invoicing_status::kFull) ? closeWhenShipped(order)
                                                                         : Status{};
}

Status closeWhenShipped(SalesOrder& order) {
    if (!shippedInFull(order))
        return {};
    if (auto ok = salesOrderWorkflow().require(order.status, u"close", order_state::kClosed,
                                               order.number);
        !ok)
        return ok;
    order.status = QString::fromUtf16(order_state::kClosed);
    return {};
}

} // namespace mostrador::domain
