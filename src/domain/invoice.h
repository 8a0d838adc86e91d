// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/sales_document.h"
#include "domain/unit_price.h"

#include <QDate>
#include <QList>
#include <QString>

// Money in: invoices and what settles them (ARCHITECTURE §4, §5, §7). The rules that work
// on these values live in domain/invoicing.h (building and posting) and
// domain/receivables.h (payments, allocations, chargebacks, aging).
namespace mostrador::domain {

// Persisted keys, never translated.
namespace invoice_state {
inline constexpr char16_t kDraft[] = u"draft";
inline constexpr char16_t kPosted[] = u"posted"; // nothing paid yet
inline constexpr char16_t kPartiallyPaid[] = u"partially_paid";
inline constexpr char16_t kPaid[] = u"paid";
} // namespace invoice_state

namespace invoice_kind {
inline constexpr char16_t kInvoice[] = u"invoice";
inline constexpr char16_t kAdvance[] = u"advance"; // VAT on an advance payment
} // namespace invoice_kind

namespace invoice_line_kind {
inline constexpr char16_t kGoods[] = u"goods";
inline constexpr char16_t kAdvance[] = u"advance"; // deducts an advance invoice
} // namespace invoice_line_kind

namespace payment_kind {
inline constexpr char16_t kPayment[] = u"payment";
inline constexpr char16_t kRefund[] = u"refund"; // money paid back: a negative amount
} // namespace payment_kind

namespace chargeback_reason {
inline constexpr char16_t kDispute[] = u"dispute";
inline constexpr char16_t kBounced[] = u"bounced";
inline constexpr char16_t kDeduction[] = u"deduction";
} // namespace chargeback_reason

// One invoice line. Goods lines copy their order line's price, discount, tax and cost,
// so an invoice never changes when the order or the product does. Advance lines (kind
// advance, domain/advance_vat.h) keep a fixed net and tax.
struct InvoiceLine {
    qint64 id = 0;
    QString kind = QString::fromUtf16(invoice_line_kind::kGoods);
    qint64 orderId = 0;
    QString orderNumber;
    qint64 orderLineId = 0;
    qint64 advanceLineId = 0; // an advance deduction: the advance invoice line it deducts
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity qty;
    UnitPrice unitPrice;
    Percent discount;
    QString taxCode;
    Percent taxRate;
    UnitPrice unitCost;
    Money net;
    Money tax;

    PricedLine priced() const { return {qty, unitPrice, discount, taxCode, taxRate}; }
    friend bool operator==(const InvoiceLine&, const InvoiceLine&) = default;
};

// One installment of a posted invoice (split payment terms give several).
struct Installment {
    QDate dueDate;
    Money amount;
    friend bool operator==(const Installment&, const Installment&) = default;
};

// A deposit the invoice used when it was posted.
struct DepositApplication {
    qint64 depositId = 0;
    QString depositNumber;
    QString orderNumber;
    Money amount;
};

struct Invoice {
    qint64 id = 0;
    QString number;      // the draft number until posted, then the gapless number
    QString draftNumber; // DRAFT-…, kept after posting
    QString kind = QString::fromUtf16(invoice_kind::kInvoice);
    QString status = QString::fromUtf16(invoice_state::kDraft);
    DocumentParty party;
    QDate date;
    QString salesperson;
    QString notes;
    Currency currency;
    QList<InvoiceLine> lines;
    Money untaxed;
    Money tax;
    Money total;
    QList<TaxGroup> taxGroups;
    QList<Installment> installments; // empty while a draft
    QList<DepositApplication> deposits;
    Money depositsApplied;
    Money paid;    // payments and credit notes allocated, net of chargebacks
    Money balance; // total − deposits applied − paid; zero while a draft
    QDate dueDate; // the oldest installment not fully paid; invalid when nothing is due
    QString postedBy;
    QString postedAt; // ISO timestamp
    int version = 0;

    bool isDraft() const { return status == invoice_state::kDraft; }
    // Past due on `asOf` with something left to pay.
    bool isOverdue(const QDate& asOf) const {
        return !isDraft() && balance.minor() > 0 && dueDate.isValid() && dueDate < asOf;
    }
};

// What a payment or a credit note pays of one invoice; `undone` is what chargebacks took
// back of it.
struct Allocation {
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString paymentNumber;    // or
    QString creditNoteNumber; // the one source
    Money amount;
    Money undone;
    QDate date;
    Money net() const { return amount - undone; }
};

struct Payment {
    qint64 id = 0;
    QString number;
    QString kind = QString::fromUtf16(payment_kind::kPayment);
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    Money amount;      // negative for a refund
    Money unallocated; // the customer's credit left from it
    Money chargedBack;
    QString creditNoteNumber; // the credit note a refund pays out
    QString method;           // domain::payment_method keys (fulfilment.h)
    QDate date;
    QString reference;
    QString recordedBy;
    QList<Allocation> allocations;
};

struct Chargeback {
    qint64 id = 0;
    QString number;
    QString paymentNumber;
    qint64 customerId = 0;
    QString customerCode;
    Money amount;
    QString reason; // chargeback_reason keys
    QString notes;
    QDate date;
    QString recordedBy;
};

} // namespace mostrador::domain
