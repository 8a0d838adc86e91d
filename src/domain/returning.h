// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/invoice.h"
#include "domain/returns.h"
#include "domain/settings.h"

#include <QHash>
#include <QList>

// The pure rules of returns and credit notes (ARCHITECTURE §4, issue 5): how much of a
// shipment can come back, how a returned quantity splits between what was not invoiced
// yet (no longer to invoice) and what was (credited against the posted invoice lines,
// newest first), and the credit note's amounts. The services read the facts and write
// what these functions decide.
namespace mostrador::domain {

inline constexpr int kReturnReasonMax = 200;

// The reason of a return, trimmed: required, at most kReturnReasonMax characters.
Result<QString> returnReason(const QString& reason);
// A return is never dated before its shipment.
Status checkReturnDate(QDate date, QDate shipmentDate, const QString& shipmentNumber);

// One line of a shipment as a return sees it.
struct ReturnableLine {
    qint64 shipmentLineId = 0;
    qint64 orderLineId = 0;
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity shipped;  // on the shipment line
    Quantity returned; // by earlier returns of it
    Quantity open() const { return shipped - returned; }
};

// One product asked back.
struct ReturnAsk {
    QString sku;
    Quantity qty;
};

// How much of one shipment line (by index) comes back.
struct ReturnTake {
    qsizetype line = 0;
    Quantity qty;
};

// The takes of a return: each asked quantity > 0, of a SKU on the shipment; the same SKU
// asked twice adds up; a SKU on several lines is taken from them in line order; never
// more than shipped less already returned.
Result<QList<ReturnTake>> planReturn(const QString& shipmentNumber,
                                     const QList<ReturnableLine>& lines,
                                     const QList<ReturnAsk>& asked);

// A posted invoice line a return may credit.
struct CreditableLine {
    InvoiceLine line; // id, price, discount and tax of the original
    QString invoiceNumber;
    QDate invoiceDate;
    DocumentParty party; // the invoice's copy of the customer
    Quantity credited;   // by earlier credit notes
    Quantity open() const { return line.qty - credited; }
};

struct CreditTake {
    qsizetype line = 0; // index into the creditable lines
    Quantity qty;
};

// A returned quantity of one order line: `uninvoiced` first (what was still to invoice
// and not on a draft), the rest credited against the creditable lines in their order
// (newest invoice first).
struct ReturnSplit {
    Quantity uninvoiced;
    QList<CreditTake> credits;
    Quantity credited() const;
};

// Refused when the rest exceeds what posted invoices can still credit: that quantity is
// on `drafts` (draft invoice numbers), which must be edited or discarded first.
Result<ReturnSplit> splitReturn(const QString& sku, Quantity qty, Quantity uninvoiced,
                                const QList<CreditableLine>& creditable, const QStringList& drafts);

// A credit note line for `qty` of a posted invoice line: its price, discount and tax.
CreditNoteLine creditNoteLineFrom(const CreditableLine& source, Quantity qty);
// Lines' net and tax, the note's untaxed, tax, total and tax groups through
// computeTotals, the one computation of every document.
void priceCreditNote(CreditNote& note, TaxRounding rounding);
// The tax groups of a stored credit note: per-line taxes when they make its tax, else
// rounded per rate (it was made under global rounding).
QList<TaxGroup> taxGroupsOf(const CreditNote& note);

// An order's open value once the returned quantities (by order line id) no longer wait
// to be invoiced: domain::openValue with them counted as done.
Money openValueAfterReturns(const QList<DocumentLine>& lines,
                            const QHash<qint64, Quantity>& returned, Currency currency);

// After a posted invoice or a return changed what an open order has invoiced or got
// back (`returned` by order line id, the part that was never invoiced): its invoicing
// status, its closing once everything is shipped and nothing is left to invoice (a
// return of all that was not invoiced closes it too), and its open value. Answers how
// much the open value changed, for the customer's open orders; zero for an order that
// is not open.
Result<Money> refreshOrderProgress(SalesOrder& order, const QHash<qint64, Quantity>& returned);

// A refund of a credit note: > 0 and at most what is left unallocated of it.
Status checkRefund(Money amount, Money unallocated, const QString& creditNoteNumber);

} // namespace mostrador::domain
