// SPDX-License-Identifier: MIT
#include "domain/returning.h"

#include "domain/fulfilment.h"
#include "domain/invoicing.h"

#include <QLocale>
#include <algorithm>

namespace mostrador::domain {

namespace {

QString key(const QString& sku) {
    return sku.trimmed().toUpper();
}

// What the shipment holds of one SKU, over all its lines.
struct SkuTotals {
    Quantity shipped;
    Quantity open;
};

SkuTotals totalsOf(const QList<ReturnableLine>& lines, const QString& sku) {
    SkuTotals t;
    for (const ReturnableLine& l : lines)
        if (key(l.sku) == sku) {
            t.shipped += l.shipped;
            t.open += l.open();
        }
    return t;
}

// The asked quantities by SKU, in the order first asked; refuses unknown SKUs and
// quantities not above zero, naming the request line.
Result<QList<ReturnAsk>> mergeAsked(const QString& shipmentNumber,
                                    const QList<ReturnableLine>& lines,
                                    const QList<ReturnAsk>& asked) {
    QList<ReturnAsk> merged;
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const QString sku = key(asked[i].sku);
        const QString field = QStringLiteral("lines[%1]").arg(i);
        if (std::none_of(lines.cbegin(), lines.cend(),
                         [&](const ReturnableLine& l) { return key(l.sku) == sku; }))
            return fail(
                Error::invalid(QStringLiteral("return.unknown_sku"),
                               trMsg("Shipment %1 has no line for SKU %2").arg(shipmentNumber, sku),
                               field + QStringLiteral(".sku")));
        if (asked[i].qty <= Quantity())
            return fail(
                Error::invalid(QStringLiteral("return.qty"),
                               trMsg("SKU %1: the quantity returned must be above zero").arg(sku),
                               field + QStringLiteral(".qty")));
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const ReturnAsk& a) { return a.sku == sku; });
        if (it == merged.end())
            merged.append({sku, asked[i].qty});
        else
            it->qty += asked[i].qty;
    }
    return merged;
}

} // namespace

Result<QString> returnReason(const QString& reason) {
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return fail(Error::invalid(QStringLiteral("return.reason"),
                                   trMsg("Say why the goods come back: a reason is required"),
                                   QStringLiteral("reason")));
    if (text.size() > kReturnReasonMax)
        return fail(Error::invalid(QStringLiteral("return.reason_length"),
                                   trMsg("The reason has %1 characters; at most %2 are kept")
                                       .arg(text.size())
                                       .arg(kReturnReasonMax),
                                   QStringLiteral("reason")));
    return text;
}

Status checkReturnDate(QDate date, QDate shipmentDate, const QString& shipmentNumber) {
    if (!shipmentDate.isValid() || date >= shipmentDate)
        return {};
    const QLocale locale;
    return fail(Error::rule(QStringLiteral("return.before_shipment"),
                            trMsg("The return is dated %1, before shipment %2 left on %3")
                                .arg(locale.toString(date, QLocale::ShortFormat), shipmentNumber,
                                     locale.toString(shipmentDate, QLocale::ShortFormat)),
                            QStringLiteral("date")));
}

Result<QList<ReturnTake>> planReturn(const QString& shipmentNumber,
                                     const QList<ReturnableLine>& lines,
                                     const QList<ReturnAsk>& asked) {
    if (asked.isEmpty())
        return fail(Error::invalid(QStringLiteral("return.no_lines"),
                                   trMsg("Name at least one SKU and quantity that comes back"),
                                   QStringLiteral("lines")));
    auto merged = mergeAsked(shipmentNumber, lines, asked);
    if (!merged)
        return fail(merged.error());
    const QLocale locale;
    QList<ReturnTake> takes;
    for (const ReturnAsk& a : *merged) {
        const SkuTotals t = totalsOf(lines, a.sku);
        if (a.qty > t.open)
            return fail(Error::rule(
                QStringLiteral("return.more_than_shipped"),
                trMsg("SKU %1: %2 returned but only %3 of the %4 shipped can still come back")
                    .arg(a.sku, a.qty.toString(locale), t.open.toString(locale),
                         t.shipped.toString(locale)),
                QStringLiteral("lines")));
        Quantity want = a.qty;
        for (qsizetype i = 0; i < lines.size() && want > Quantity(); ++i) {
            if (key(lines[i].sku) != a.sku || lines[i].open() <= Quantity())
                continue;
            const Quantity take = std::min(want, lines[i].open());
            takes.append({i, take});
            want -= take;
        }
    }
    std::sort(takes.begin(), takes.end(),
              [](const ReturnTake& x, const ReturnTake& y) { return x.line < y.line; });
    return takes;
}

Quantity ReturnSplit::credited() const {
    Quantity sum;
    for (const CreditTake& c : credits)
        sum += c.qty;
    return sum;
}

Result<ReturnSplit> splitReturn(const QString& sku, Quantity qty, Quantity uninvoiced,
                                const QList<CreditableLine>& creditable,
                                const QStringList& drafts) {
    ReturnSplit split;
    split.uninvoiced = std::clamp(uninvoiced, Quantity(), qty);
    Quantity rest = qty - split.uninvoiced;
    for (qsizetype i = 0; i < creditable.size() && rest > Quantity(); ++i) {
        const Quantity take = std::min(rest, creditable[i].open());
        if (take <= Quantity())
            continue;
        split.credits.append({i, take});
        rest -= take;
    }
    if (rest.isZero())
        return split;
    const QLocale locale;
    if (!drafts.isEmpty())
        return fail(Error::rule(
            QStringLiteral("return.on_draft_invoice"),
            trMsg("SKU %1: %2 of the quantity returned is on draft invoice %3; edit or discard "
                  "it first")
                .arg(key(sku), rest.toString(locale), drafts.join(QStringLiteral(", "))),
            QStringLiteral("lines")));
    return fail(Error::rule(QStringLiteral("return.nothing_to_credit"),
                            trMsg("SKU %1: %2 of the quantity returned is neither still to "
                                  "invoice nor on a posted invoice that can be credited")
                                .arg(key(sku), rest.toString(locale)),
                            QStringLiteral("lines")));
}

CreditNoteLine creditNoteLineFrom(const CreditableLine& source, Quantity qty) {
    const InvoiceLine& l = source.line;
    CreditNoteLine c;
    c.invoiceLineId = l.id;
    c.invoiceNumber = source.invoiceNumber;
    c.productId = l.productId;
    c.sku = l.sku;
    c.description = l.description;
    c.unit = l.unit;
    c.qty = qty;
    c.unitPrice = l.unitPrice;
    c.discount = l.discount;
    c.taxCode = l.taxCode;
    c.taxRate = l.taxRate;
    return c;
}

void priceCreditNote(CreditNote& note, TaxRounding rounding) {
    QList<PricedLine> priced;
    priced.reserve(note.lines.size());
    for (const CreditNoteLine& l : note.lines)
        priced.append(l.priced());
    const DocumentTotals totals = computeTotals(priced, rounding, note.currency);
    for (qsizetype i = 0; i < note.lines.size(); ++i) {
        note.lines[i].net = totals.lines[i].net;
        note.lines[i].tax = totals.lines[i].tax;
    }
    note.untaxed = totals.untaxed;
    note.tax = totals.tax;
    note.total = totals.total;
    note.taxGroups = totals.groups;
}

QList<TaxGroup> taxGroupsOf(const CreditNote& note) {
    QList<PricedLine> priced;
    for (const CreditNoteLine& l : note.lines)
        priced.append(l.priced());
    const DocumentTotals perLine = computeTotals(priced, TaxRounding::PerLine, note.currency);
    if (perLine.tax == note.tax)
        return perLine.groups;
    return computeTotals(priced, TaxRounding::Global, note.currency).groups;
}

Money openValueAfterReturns(const QList<DocumentLine>& lines,
                            const QHash<qint64, Quantity>& returned, Currency currency) {
    QList<DocumentLine> counted = lines;
    for (DocumentLine& l : counted) {
        const Quantity open = l.qty - l.invoiced - l.cancelled;
        l.invoiced += std::clamp(returned.value(l.id), Quantity(), std::max(open, Quantity()));
    }
    return openValue(counted, currency);
}

namespace {

bool isOpenOrder(const SalesOrder& o) {
    return o.status == QStringView(order_state::kConfirmed) ||
           o.status == QStringView(order_state::kPartiallyShipped) ||
           o.status == QStringView(order_state::kShipped);
}

bool nothingLeftToInvoice(const QList<DocumentLine>& lines,
                          const QHash<qint64, Quantity>& returned) {
    return std::all_of(lines.cbegin(), lines.cend(), [&](const DocumentLine& l) {
        return l.invoiced + returned.value(l.id) >= l.qty - l.cancelled;
    });
}

} // namespace

Result<Money> refreshOrderProgress(SalesOrder& order, const QHash<qint64, Quantity>& returned) {
    if (!isOpenOrder(order))
        return Money::zero(order.currency);
    order.invoicingStatus = invoicingStatus(order.lines, returned);
    if (nothingLeftToInvoice(order.lines, returned)) {
        if (auto ok = closeWhenShipped(order); !ok)
            return fail(ok.error());
    }
    const Money open = order.status == QStringView(order_state::kClosed)
                           ? Money::zero(order.currency)
                           : openValueAfterReturns(order.lines, returned, order.currency);
    const Money delta = open - order.openValue;
    order.openValue = open;
    return delta;
}

Status checkRefund(Money amount, Money unallocated, const QString& creditNoteNumber) {
    if (unallocated.minor() <= 0)
        return fail(
            Error::rule(QStringLiteral("refund.nothing_left"),
                        trMsg("Credit note %1 has nothing left to refund").arg(creditNoteNumber),
                        QStringLiteral("amount")));
    if (amount.minor() <= 0)
        return fail(Error::invalid(QStringLiteral("refund.amount"),
                                   trMsg("A refund must be greater than zero"),
                                   QStringLiteral("amount")));
    if (amount > unallocated) {
        const QLocale locale;
        return fail(Error::rule(
            QStringLiteral("refund.beyond_credit"),
            trMsg("Credit note %1 has %2 left to refund, not %3")
                .arg(creditNoteNumber, unallocated.toString(locale), amount.toString(locale)),
            QStringLiteral("amount")));
    }
    return {};
}

} // namespace mostrador::domain
