// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/sales_document.h"
#include "domain/settings.h"

#include <QHash>
#include <QList>

// The pure rules of invoicing (ARCHITECTURE §4, issue 5): what of an order can be
// invoiced, invoice lines copied from order lines, how deposits and payments settle the
// installments, and where an order's invoicing stands.
namespace mostrador::domain {

// Setting invoice.policy: invoice what was shipped (default) or what was ordered.
enum class InvoicePolicy { Shipment, Order };
InvoicePolicy invoicePolicyFrom(QStringView key);

// What an order line carries beyond DocumentLine that invoicing needs: the quantity
// returned (no longer to invoice) and what other draft invoices already hold of it.
struct LineInvoicing {
    Quantity returned;
    Quantity onDrafts;
};

// (policy shipment ? shipped : qty − cancelled) − invoiced − returned − on drafts, never
// below zero.
Quantity invoiceableQty(const DocumentLine& line, InvoicePolicy policy, const LineInvoicing& facts);

// A goods line for `qty` of an order line: the order line's price, discount, tax and
// cost are copied, so later order or product changes leave the invoice as it is.
InvoiceLine invoiceLineFrom(const DocumentLine& line, qint64 orderId, const QString& orderNumber,
                            Quantity qty);

// Fills each line's net and tax and the invoice's untaxed, tax, total and tax groups
// through computeTotals, the one computation of every document.
void priceInvoice(Invoice& invoice, TaxRounding rounding);
// The tax groups of a stored invoice from its lines: per-line taxes summed when they make
// the invoice's tax, else rounded per rate (the invoice was made under global rounding).
QList<TaxGroup> taxGroupsOf(const Invoice& invoice);

// Where an invoice stands once deposits and payments are counted (issue 5): balance =
// total − deposits − paid; status posted (nothing counted), paid (balance 0) or
// partially_paid; dueDate = the first installment whose running sum exceeds deposits +
// paid, invalid when nothing is due.
struct Settlement {
    QString status;
    QDate dueDate;
    Money balance;
};
Settlement settlementState(const QList<Installment>& installments, Money total,
                           Money depositsApplied, Money paid);

// The installments of `total` under `terms` (no terms: one, due on the invoice date).
QList<Installment> installmentsFor(const PaymentTerms* terms, QDate date, Money total);

// How much of each open deposit (what is left of it, oldest first) an invoice of
// `total` takes: oldest first, the last one partly when it is larger than what is left.
QList<Money> depositTakes(const QList<Money>& open, Money total);

// none (nothing invoiced), full (every line invoiced up to its quantity less cancelled
// and returned) or partial. `returned` by order line id.
QString invoicingStatus(const QList<DocumentLine>& lines, const QHash<qint64, Quantity>& returned);
// An order closes when nothing remains to ship and it is fully invoiced.
bool closesOrder(const SalesOrder& order);
// Moves the order to closed when closesOrder says so, through its life cycle; a shipment,
// a posted invoice or a return may be what completes it.
Status closeWhenDone(SalesOrder& order);
// Closes a shipped order with nothing left to ship; the caller knows nothing is left to
// invoice.
Status closeWhenShipped(SalesOrder& order);

namespace invoicing_status {
inline constexpr char16_t kNone[] = u"none";
inline constexpr char16_t kPartial[] = u"partial";
inline constexpr char16_t kFull[] = u"full";
} // namespace invoicing_status

} // namespace mostrador::domain
