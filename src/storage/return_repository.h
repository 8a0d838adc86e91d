// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/returning.h"
#include "domain/returns.h"

#include <QDate>
#include <optional>

namespace mostrador::storage {

class Database;

// A shipment as a return needs it: its order, customer, date and lines (position order)
// with what was returned of each.
struct ReturnableShipment {
    qint64 id = 0;
    QString number;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 customerId = 0;
    QDate date;
    QList<domain::ReturnableLine> lines;
};

// Empty filters do not filter; newest first. The search matches the number, shipment or
// order number (prefix) or the customer's name.
struct ReturnFilter {
    QString customerCode;
    QDate from;
    QDate to;
    QString search;
    int limit = 100;
    int offset = 0;
};

// Returns, their lines, credit notes and their lines; the returned quantities of shipment
// and order lines; a credit note's unallocated amount, allocations and refunds (the
// settlement of the invoices they pay stays with ReceivablesRepository). No rules here.
class ReturnRepository {
public:
    explicit ReturnRepository(Database& db)
        : m_db(db) {}

    // --- facts and writes (return_repository.cpp)
    Result<std::optional<ReturnableShipment>> shipment(const QString& number);
    // The posted goods lines invoicing `orderLineId`, newest invoice first, with what
    // credit notes credited of each; money in `currency`.
    Result<QList<domain::CreditableLine>> creditable(qint64 orderLineId, domain::Currency currency);
    // The draft invoices holding some of `orderLineId`.
    Result<QStringList> draftsHolding(qint64 orderLineId);
    // The return and its lines (ids set).
    Result<qint64> insertReturn(domain::Return& ret, const ReturnableShipment& shipment);
    Status addReturned(const domain::ReturnLine& line, domain::Quantity uninvoiced);
    // The credit note and its lines (ids set).
    Result<qint64> insertCreditNote(domain::CreditNote& note, qint64 returnId);
    Status writeUnallocated(qint64 creditNoteId, domain::Money unallocated);
    Result<qint64> insertAllocation(qint64 invoiceId, qint64 creditNoteId, domain::Money amount,
                                    QDate date);
    // A payment row of kind refund (negative amount) paying out `creditNoteId`.
    Result<qint64> insertRefund(const domain::Payment& refund, qint64 creditNoteId);
    // What the customer's credit notes have left to allocate or refund (credit_notes_open).
    Result<domain::Money> unallocatedCredit(qint64 customerId, domain::Currency currency);

    // --- reads (return_queries.cpp)
    // With lines and the credit note's number.
    Result<std::optional<domain::Return>> findReturn(const QString& number);
    Result<QList<domain::Return>> listReturns(const ReturnFilter& filter);
    Result<qint64> countReturns(const ReturnFilter& filter);
    // With lines (tax groups are the caller's) and the invoices it credits; money in its
    // own currency.
    Result<std::optional<domain::CreditNote>> findCreditNote(const QString& number);
    // Headers only.
    Result<QList<domain::CreditNote>> listCreditNotes(const ReturnFilter& filter);
    Result<qint64> countCreditNotes(const ReturnFilter& filter);

private:
    Status insertReturnLines(qint64 returnId, QList<domain::ReturnLine>& lines);
    Status insertCreditNoteLines(qint64 creditNoteId, QList<domain::CreditNoteLine>& lines);
    Status readReturnLines(domain::Return& ret);
    Status readCreditNoteLines(domain::CreditNote& note);
    Database& m_db;
};

} // namespace mostrador::storage
