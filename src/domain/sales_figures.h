// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// The monthly sales figures (resources/sql/011_sales_summary.sql, issue 6): what one
// posted invoice adds to them and one credit note takes back. sales = the untaxed net of
// goods lines; cost = Σ round(qty × the line's unit cost) to the minor unit, half away
// from zero; both signed by the document (+1 invoice, −1 credit note). Advance invoices
// and their deduction lines are payments on account: the caller gives goods lines only.
namespace mostrador::domain {

struct Invoice;
struct CreditNote;

// One goods line as the figures see it. A credit note line takes the salesperson and the
// unit cost of the invoice line it credits.
struct SalesLine {
    qint64 productId = 0;
    Quantity qty;
    Money net;
    UnitPrice unitCost;
    QString salesperson;
};

struct SalesDocument {
    QDate date;
    qint64 customerId = 0;
    int sign = 1; // +1 invoice, −1 credit note
    Currency currency;
    QList<SalesLine> lines;
};

struct MonthSales {
    QString month; // YYYY-MM
    QString salesperson;
    Money sales;
    Money cost;
    friend bool operator==(const MonthSales&, const MonthSales&) = default;
};

struct CustomerSales {
    QString month;
    QString salesperson;
    qint64 customerId = 0;
    Money sales;
    Money cost;
    friend bool operator==(const CustomerSales&, const CustomerSales&) = default;
};

struct ProductSales {
    QString month;
    QString salesperson;
    qint64 productId = 0;
    Quantity qty;
    Money sales;
    Money cost;
    friend bool operator==(const ProductSales&, const ProductSales&) = default;
};

// One row per key the document touches, keys in the order their first line comes.
// A document without lines gives none.
struct SalesDeltas {
    QList<MonthSales> months;
    QList<CustomerSales> customers;
    QList<ProductSales> products;
    bool isEmpty() const { return months.isEmpty(); }
};

// round(qty × unit cost) in `currency`'s minor unit.
Money lineCost(Quantity qty, UnitPrice unitCost, Currency currency);
QString salesMonth(QDate date); // "YYYY-MM"

SalesDeltas salesDeltas(const SalesDocument& doc);

// A posted invoice's goods lines, signed +1; an advance invoice has none.
SalesDocument salesDocumentOf(const Invoice& invoice);
// What a credit note line takes from the invoice line it credits.
struct CreditedLine {
    UnitPrice unitCost;
    QString salesperson; // the invoice's
};
// A credit note's lines, signed −1; `credited` by invoice line id.
SalesDocument salesDocumentOf(const CreditNote& note, const QHash<qint64, CreditedLine>& credited);

} // namespace mostrador::domain
