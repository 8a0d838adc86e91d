// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "storage/list_query.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mostrador::storage {

class Database;

// What a quotation list shows: one row per quotation, its latest revision.
struct QuotationRow {
    qint64 id = 0;
    QString number;
    int revision = 1;
    QString status; // effective: "expired" when open and past valid-until
    QString customerCode;
    QString customerName;
    QDate date;
    QDate validUntil;
    QString salesperson;
    domain::Money total;
    QString orderNumber;
};

// A list page plus its filters. `status` may be "expired" (derived against `today`);
// empty filters do not filter. The search matches the number or the customer's code
// or name by prefix.
struct QuotationListQuery : ListQuery {
    QString status;
    QString customerCode;
    QDate from;
    QDate to;
    QDate today = QDate::currentDate();
};

// Maps quotations, their lines and kept revisions to rows and back. No rules here.
class QuotationRepository {
public:
    explicit QuotationRepository(Database& db)
        : m_db(db) {}

    Result<qint64> insert(const domain::Quotation& quotation);
    // Writes header and lines if `quotation.version` is still current; false when stale.
    Result<bool> update(const domain::Quotation& quotation);
    // The stored status as it is (never "expired"); stamps the time it was sent.
    Status setStatus(qint64 id, const QString& status, const QString& rejectReason = {});
    Status linkOrder(qint64 id, const QString& orderNumber);
    // Keeps the stored revision of `quotation` (its header figures and the whole document
    // as JSON) before it is revised.
    Status keepRevision(const domain::Quotation& quotation, const QString& documentJson);
    Result<QList<domain::QuotationRevision>> revisions(qint64 id);
    // With its lines; `status` is the stored one.
    Result<std::optional<domain::Quotation>> findByNumber(const QString& number);

    // Sort keys: number, customer, date, valid_until, total, status.
    Result<QList<QuotationRow>> list(const QuotationListQuery& query);
    Result<qint64> count(const QuotationListQuery& query);

private:
    Database& m_db;
};

} // namespace mostrador::storage
