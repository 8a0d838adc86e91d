// SPDX-License-Identifier: MIT
#pragma once

#include "domain/advance_vat.h"
#include "domain/invoice.h"
#include "domain/invoicing.h"
#include "storage/list_query.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace mostrador::storage {

class Database;

// What the invoice list shows: one row per invoice.
struct InvoiceRow {
    qint64 id = 0;
    QString number;
    QString status;
    QString customerCode;
    QString customerName;
    QDate date;
    QDate dueDate;
    domain::Money total;
    domain::Money balance;
    domain::Money depositsApplied;
    domain::Money paid; // payments and credit notes, net of chargebacks
    QString salesperson;
    domain::Money untaxed; // total = untaxed + tax
    domain::Money tax;
};

// Empty filters do not filter. The search matches the number or the draft number by
// prefix.
struct InvoiceListQuery : ListQuery {
    QString status;
    QString customerCode;
    QDate from;
    QDate to;
    // Valid: only invoices with something left to pay due before this day (overdue).
    QDate dueBefore;
};

// An unapplied part of a deposit an invoice may take.
struct OpenDeposit {
    qint64 id = 0;
    QString number;
    QString orderNumber;
    QDate date;
    domain::Money open; // amount − applied
};

// Maps invoices, their lines, installments and deposit applications to rows and back.
// Writes the invoice tables at create, edit and post; the settlement columns after
// posting belong to the receivables (ReceivablesRepository). No rules here.
class InvoiceRepository {
public:
    explicit InvoiceRepository(Database& db)
        : m_db(db) {}

    // An invoice with its lines; sets the ids and version 1. A posted one (made and
    // posted at once) gets its installments and deposit applications too.
    Result<qint64> insert(domain::Invoice& invoice);
    // Date, notes, lines and totals of a draft whose version is still `invoice.version`;
    // false when stale or no longer a draft.
    Result<bool> updateDraft(const domain::Invoice& invoice);
    // Deletes a draft and its lines; false when it is no draft (anymore).
    Result<bool> discardDraft(qint64 id);
    // Freezes a draft: its number, date, status, deposits applied, balance and due date,
    // the installments and the deposit applications (deposits.applied grows with them).
    // The caller has read the draft in the same write transaction (version checked).
    Status post(const domain::Invoice& invoice);

    // By number or draft number, with lines, installments and deposit applications.
    Result<std::optional<domain::Invoice>> findByNumber(const QString& number);

    // Sort keys: number, customer, date, due_date, total, status.
    Result<QList<InvoiceRow>> list(const InvoiceListQuery& query);
    Result<qint64> count(const InvoiceListQuery& query);

    // The date of the latest posted invoice (invalid when none).
    Result<QDate> latestPostedDate();
    // Per order line of `orderId`: its returned quantity and what draft invoices other than
    // `exceptInvoiceId` hold of it.
    Result<QHash<qint64, domain::LineInvoicing>> draftQuantities(qint64 orderId,
                                                                 qint64 exceptInvoiceId);
    // What is left of the deposits of `orderId`, oldest first.
    Result<QList<OpenDeposit>> openDeposits(qint64 orderId, domain::Currency currency);
    // What is left to deduct of the posted advance invoices of `orderId`, oldest first,
    // counting the deductions of every invoice but `exceptInvoiceId`, drafts included.
    Result<QList<domain::OpenAdvance>> openAdvances(qint64 orderId, qint64 exceptInvoiceId,
                                                    domain::Currency currency);

private:
    Status insertLines(qint64 invoiceId, QList<domain::InvoiceLine>& lines);
    Status insertSettlement(const domain::Invoice& invoice);
    Status readDetails(domain::Invoice& invoice);
    Database& m_db;
};

} // namespace mostrador::storage
