// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returning.h"
#include "domain/returns.h"
#include "domain/user.h"
#include "services/payment_service.h"
#include "services/service_context.h"

#include <memory>

namespace mostrador::services {

class SettingsService;

// One returned product of a shipment; when the shipment holds the SKU on several lines,
// the quantity is taken from them in line order.
struct ReturnLineRequest {
    QString sku;
    domain::Quantity qty;
};

struct ReturnInput {
    QString shipmentNumber;
    QList<ReturnLineRequest> lines;
    QString reason;
    bool damaged = false; // damaged goods are not restocked
    QDate date;           // invalid = today
};

// Refunding a credit note's unallocated amount: a payment of kind refund with a negative
// amount (ARCHITECTURE §4).
struct RefundInput {
    QString creditNoteNumber;
    std::optional<domain::Money> amount; // none = all that is unallocated
    QString method = QString::fromUtf16(domain::payment_method::kTransfer);
    QDate date; // invalid = today
    QString reference;
};

// Filters for the returns and credit notes lists; newest first, paged.
struct ReturnListQuery {
    QString customerCode;
    QDate from;
    QDate to;
    QString search; // number, shipment, order or customer name
    int limit = 100;
    int offset = 0;
};

// What create() would make of an input, nothing written: the return's lines with their
// credited part, and the credit note it would post (no number; no lines when nothing
// returned had been invoiced).
struct ReturnPreview {
    domain::Return ret;
    domain::CreditNote note;
};

// Customer returns and credit notes (ARCHITECTURE §4, issue 5). A return is against one
// shipment, never more than shipped minus already returned, and restocks unless damaged.
// What of it had not been invoiced yet is no longer to be invoiced; what had been
// invoiced gets, in the same transaction, a posted credit note (own gapless series) at
// the original invoice lines' price, discount and tax, which lowers the customer's AR
// balance. A credit note is then allocated to open invoices or refunded. A refusal
// changes nothing and uses no number.
class ReturnService {
public:
    ReturnService(ServiceContext& ctx, SettingsService& settings);
    ~ReturnService();

    Result<domain::Return> create(const domain::Actor& actor, const ReturnInput& input);
    Result<domain::Return> get(const domain::Actor& actor, const QString& number);
    // The return dialog's reads (return_preview.cpp): a shipment's lines with what was
    // returned of each, and every check and split of create() without writing.
    Result<QList<domain::ReturnableLine>> returnable(const domain::Actor& actor,
                                                     const QString& shipmentNumber);
    Result<ReturnPreview> preview(const domain::Actor& actor, const ReturnInput& input);
    Result<QList<domain::Return>> list(const domain::Actor& actor, const ReturnListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const ReturnListQuery& query);

    Result<domain::CreditNote> creditNote(const domain::Actor& actor, const QString& number);
    Result<QList<domain::CreditNote>> creditNotes(const domain::Actor& actor,
                                                  const ReturnListQuery& query);
    Result<qint64> countCreditNotes(const domain::Actor& actor, const ReturnListQuery& query);
    // Allocates the credit note's unallocated amount to `invoices`, or to the customer's
    // oldest due first; answers the allocations made.
    Result<QList<domain::Allocation>> allocate(const domain::Actor& actor,
                                               const QString& creditNoteNumber,
                                               const QList<AllocationRequest>& invoices);
    Result<domain::Payment> refund(const domain::Actor& actor, const RefundInput& input);

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
