// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"
#include "domain/error.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mostrador::domain {

// One line of a quotation or a sales order: the product as it was when the line was
// priced (sku, description, tax and cost are copied, so later product changes do not
// rewrite a document), the price the engine proposed and why.
struct DocumentLine {
    qint64 id = 0;
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity qty;
    UnitPrice unitPrice;
    Percent discount;
    QString taxCode;
    Percent taxRate;
    UnitPrice unitCost;  // the product's standard cost when priced: margins, below-cost
    QString priceNote;   // the engine's explanation, shown on the line
    QDate requestedDate; // orders only; invalid = the document's date
    // Filled by the service from the totals computation; not input.
    Money net;
    Money tax;

    // Orders only: how much of the line is reserved in stock, shipped, invoiced and
    // cancelled, and whether the product keeps stock (read from the product).
    Quantity reserved;
    Quantity shipped;
    Quantity invoiced;
    Quantity cancelled;
    bool stockTracked = true;

    // Still to ship: ordered, less shipped and cancelled.
    Quantity remaining() const { return qty - shipped - cancelled; }
    // Of what remains, what no reservation covers (backordered); zero for untracked lines.
    Quantity shortfall() const;

    PricedLine priced() const { return {qty, unitPrice, discount, taxCode, taxRate}; }
    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

// What needs a second look on a line: sold under its cost, or discounted beyond
// what the acting user may give. Orders with flagged lines await a manager.
struct LineFlags {
    bool belowCost = false;
    bool discountAboveLimit = false;
    bool any() const { return belowCost || discountAboveLimit; }
};

// Below cost compares the net unit price (after discount) with the unit cost.
LineFlags flagLine(const DocumentLine& line, Percent discountLimit);

// Lines need a product, a positive quantity, a price ≥ 0 and a discount of 0–100 %.
// The error names the line ("Line 3: …") and the field (`lines[2].qty`).
Status validateLines(const QList<DocumentLine>& lines);

// Fills each line's net and tax and answers the document totals (ARCHITECTURE §3).
DocumentTotals priceLines(QList<DocumentLine>& lines, TaxRounding rounding, Currency currency);

// The header every sales document shares: who buys, where it goes, when, on what terms.
struct DocumentParty {
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString customerTaxId;
    QString billingAddress;
    QString shippingAddress;
    QString paymentTermsCode;
    QString priceListCode;
};

namespace quotation_state {
inline constexpr char16_t kDraft[] = u"draft";
inline constexpr char16_t kSent[] = u"sent";
inline constexpr char16_t kAccepted[] = u"accepted";
inline constexpr char16_t kRejected[] = u"rejected";
inline constexpr char16_t kExpired[] = u"expired"; // derived from valid-until, never stored
} // namespace quotation_state

struct Quotation {
    qint64 id = 0;
    QString number;
    int revision = 1;
    QString status = QString::fromUtf16(quotation_state::kDraft); // effective: may be "expired"
    DocumentParty party;
    QDate date;
    QDate validUntil;
    QString salesperson; // user name
    QString notes;
    QString rejectReason;
    QString orderNumber; // the sales order an acceptance created
    Currency currency;
    QList<DocumentLine> lines;
    Money untaxed;
    Money tax;
    Money total;
    QList<TaxGroup> taxGroups;
    int version = 0; // optimistic lock for edits
};

// An earlier revision kept when a sent quotation is revised.
struct QuotationRevision {
    int revision = 0;
    QDate date;
    QDate validUntil;
    Money total;
    QString sentAt; // ISO timestamp the revision was sent
};

namespace order_state {
inline constexpr char16_t kDraft[] = u"draft";
inline constexpr char16_t kConfirmed[] = u"confirmed";
inline constexpr char16_t kCreditHold[] = u"credit_hold";
inline constexpr char16_t kAwaitingApproval[] = u"awaiting_approval";
inline constexpr char16_t kPartiallyShipped[] = u"partially_shipped";
inline constexpr char16_t kShipped[] = u"shipped";
inline constexpr char16_t kClosed[] = u"closed";
inline constexpr char16_t kCancelled[] = u"cancelled";
} // namespace order_state

// A sales order. Accepting a quotation creates one as a draft, linked back to it.
struct SalesOrder {
    qint64 id = 0;
    QString number;
    QString status = QString::fromUtf16(order_state::kDraft);
    DocumentParty party;
    QDate date;
    QDate requestedDate;
    QString salesperson;
    QString notes;
    QString quotationNumber;
    Currency currency;
    QList<DocumentLine> lines;
    Money untaxed;
    Money tax;
    Money total;
    QList<TaxGroup> taxGroups;
    int version = 0;

    QString invoicingStatus = QStringLiteral("none"); // none | partial | full
    // Why the last confirmation held the order or sent it to a manager, in words.
    QStringList holdReasons;
    QStringList approvalReasons;
    QString releaseReason; // the manager's written reason for the last approval or release
    QString releasedBy;
    QString cancelReason;
    Money deposits;  // recorded against the order
    Money openValue; // incl.-tax value neither invoiced nor cancelled (exposure when confirmed)
};

} // namespace mostrador::domain
