// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"
#include "domain/invoice.h"

#include <QDate>
#include <QList>

// VAT on advance payments (issue 5, setting invoice.advance_vat): a deposit is invoiced at
// once as an advance invoice whose lines split the deposit over the order's tax groups,
// and the order's final invoices deduct those lines with the same tax. The rules here are
// pure; AdvanceInvoicing (services/advance_invoicing.h) applies them to stored documents.
//
// An advance line's amounts are fixed: net = gross / (1 + rate) rounded half away from
// zero, tax = gross − net, so its tax is not round(net × rate) and computeTotals cannot
// recompute it. Every advance-kind line (on the advance invoice and the deductions on a
// final invoice) keeps its stored net and tax; pricing adds them to the tax groups.
namespace mostrador::domain {

// One tax group's share of an advance payment (tax included).
struct AdvancePart {
    QString taxCode;
    Percent rate;
    Money gross;
    Money net;
    Money tax;
    friend bool operator==(const AdvancePart&, const AdvancePart&) = default;
};

// Net and tax of a tax-included `gross` at `rate`.
AdvancePart advancePart(const QString& taxCode, Percent rate, Money gross);

// Splits `total` over `weights` in proportion, by largest remainder (ties to the first):
// the parts are whole minor units and sum exactly to `total`. Non-positive weights take
// nothing; all parts are zero when no weight is positive.
QList<qint64> splitProportionally(qint64 total, const QList<qint64>& weights);

// A deposit of `amount` (tax included) split over `groups` in proportion to their
// tax-included totals (base + tax). Groups that take nothing give no part; empty when no
// group has a positive total.
QList<AdvancePart> splitAdvance(Money amount, const QList<TaxGroup>& groups);

// An advance line for `part`: qty 1, unit price = net, its fixed net and tax.
InvoiceLine advanceLine(const AdvancePart& part, const QString& description, qint64 orderId,
                        const QString& orderNumber);

// What is left to deduct of one line of an advance invoice (positive amounts).
struct OpenAdvanceLine {
    qint64 lineId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    QString taxCode;
    Percent rate;
    Money net;
    Money tax;
    Money gross() const { return net + tax; }
};

// An advance invoice with what is left of its lines.
struct OpenAdvance {
    qint64 invoiceId = 0;
    QString number;
    QDate date;
    QList<OpenAdvanceLine> lines;
    Money gross() const;
};

// What an invoice deducts of one advance line (positive amounts).
struct AdvanceDeduction {
    QString advanceNumber;
    OpenAdvanceLine source;
    Money net;
    Money tax;
    friend bool operator==(const AdvanceDeduction& a, const AdvanceDeduction& b) {
        return a.source.lineId == b.source.lineId && a.net == b.net && a.tax == b.tax;
    }
};

// The deductions an invoice whose other lines total `capacity` (tax included) makes of
// `advances` (oldest first): whole advances while the invoice's total stays ≥ 0; the
// first that does not fit is deducted in part, `capacity` left split over its lines in
// proportion to what is left of them, each part keeping its line's net/tax ratio; later
// advances wait for a later invoice.
QList<AdvanceDeduction> advanceDeductions(const QList<OpenAdvance>& advances, Money capacity);

// The negative line of a deduction: same tax code and rate, qty 1, net and tax negated.
InvoiceLine deductionLine(const AdvanceDeduction& deduction, const QString& description);

bool isAdvanceLine(const InvoiceLine& line);

// Adds the fixed amounts of advance lines to totals that computeTotals made of the other
// lines: each to the group of its tax code and rate (a new group when none matches).
void addFixedLines(DocumentTotals& totals, const QList<InvoiceLine>& advanceLines);

} // namespace mostrador::domain
