// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/invoice_repository.h"

#include <memory>
#include <optional>

namespace mostrador::services {

class SettingsService;

using storage::InvoiceListQuery;
using storage::InvoiceRow;

// A new quantity for one line of a draft (by the invoice line's id); zero removes it.
struct InvoiceLineEdit {
    qint64 lineId = 0;
    domain::Quantity qty;
};

// What changes on a draft. `version` is the version that was read; an invalid date and
// an absent notes text leave those as they are.
struct InvoiceEdit {
    int version = 0;
    QDate date;
    std::optional<QString> notes;
    QList<InvoiceLineEdit> lines;
};

// Invoices from sales orders (ARCHITECTURE §4, §7; issue 5): drafted from the orders'
// invoiceable quantities (setting invoice.policy), edited while drafts, then posted in
// one transaction that takes the next gapless number, sets the installments from the
// payment terms, applies the orders' deposits, and moves the orders' invoicing status,
// their open value and the customer's AR balance. A refusal changes nothing and uses no
// number; a posted invoice is never edited nor discarded.
class InvoiceService {
public:
    InvoiceService(ServiceContext& ctx, SettingsService& settings);
    ~InvoiceService();

    // A draft (DRAFT-…) for what the orders (one customer's) can still be invoiced; an
    // invalid date is today.
    Result<domain::Invoice> createDraft(const domain::Actor& actor, const QStringList& orderNumbers,
                                        QDate date = {});
    Result<domain::Invoice> update(const domain::Actor& actor, const QString& number,
                                   const InvoiceEdit& edit);
    Status discard(const domain::Actor& actor, const QString& number);
    // `date` overrides the draft's date when valid; `version` 0 posts whatever is current.
    Result<domain::Invoice> post(const domain::Actor& actor, const QString& number, QDate date = {},
                                 int version = 0);
    // createDraft and post in one transaction: the invoice is written once, posted, and
    // its draft_number is its number (it never was a draft).
    Result<domain::Invoice> createAndPost(const domain::Actor& actor,
                                          const QStringList& orderNumbers, QDate date = {});

    // By number or draft number, with lines, installments and deposits.
    Result<domain::Invoice> get(const domain::Actor& actor, const QString& number);
    Result<QList<InvoiceRow>> list(const domain::Actor& actor, const InvoiceListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const InvoiceListQuery& query);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
