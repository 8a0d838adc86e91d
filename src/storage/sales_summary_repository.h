// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_figures.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace mostrador::storage {

class Database;

// What the sales figures are grouped by: customer code, SKU, salesperson or YYYY-MM.
enum class SalesKey { Customer, Product, Salesperson, Month };

// One group's figures. name: the customer's or product's; qty: products only (net of
// credit notes), thousandths. Money in minor units.
struct SalesFigureRow {
    QString key;
    QString name;
    qint64 qty = 0;
    qint64 sales = 0;
    qint64 cost = 0;
    friend bool operator==(const SalesFigureRow&, const SalesFigureRow&) = default;
};

// Empty salesperson: everyone's.
struct SalesFigureQuery {
    SalesKey by = SalesKey::Customer;
    QString salesperson;
};

// The monthly sales summary tables (resources/sql/011_sales_summary.sql): the posting
// services add each document's deltas in their transaction; rebuild() recomputes them
// from the documents in a few set-based statements. Also the two reads of the sales
// report, from the tables and from the documents, which must agree. Rows by sales,
// largest first, then key; by month in month order.
class SalesSummaryRepository {
public:
    // `currency` is the company currency, read at each use (cost rounds to its minor unit).
    SalesSummaryRepository(Database& db, const domain::Currency& currency)
        : m_db(db)
        , m_currency(currency) {}

    // One upsert per row of the deltas (INSERT … ON CONFLICT DO UPDATE).
    Status add(const domain::SalesDeltas& deltas);
    // Empties the three tables and fills them again from posted invoices and credit notes.
    Status rebuild();
    // What a stored credit note's lines take from the invoice lines they credit, by
    // invoice line id.
    Result<QHash<qint64, domain::CreditedLine>> creditedLines(qint64 creditNoteId);

    // From the summary tables: months `fromMonth`..`toMonth` (YYYY-MM, empty: no bound).
    Result<QList<SalesFigureRow>> fromSummary(const SalesFigureQuery& query,
                                              const QString& fromMonth, const QString& toMonth);
    // From the documents dated in [from, to] (invalid: no bound), through the date indexes.
    Result<QList<SalesFigureRow>> fromDocuments(const SalesFigureQuery& query, QDate from,
                                                QDate to);

private:
    Result<QList<SalesFigureRow>> rows(const QString& sql, const QVariantList& values);
    QString costOf(const QString& qty, const QString& unitCost) const;
    QString documentLines(bool dated, bool bySalesperson) const;

    Database& m_db;
    const domain::Currency& m_currency;
};

// A read transaction for a report: every query in its scope sees the same committed
// state, so rows and totals agree while others write. Holds no writer's lock.
class SalesReadScope {
public:
    explicit SalesReadScope(Database& db);
    ~SalesReadScope();
    SalesReadScope(const SalesReadScope&) = delete;
    SalesReadScope& operator=(const SalesReadScope&) = delete;
    const Status& begun() const { return m_begun; }

private:
    Database& m_db;
    Status m_begun;
};

} // namespace mostrador::storage
