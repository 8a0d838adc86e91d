// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/percent.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QList>
#include <QString>

namespace mostrador::domain {

// How tax is rounded on a document: each line's tax rounded and summed (the default), or
// per rate on the sum of the line nets at that rate (company option).
enum class TaxRounding { PerLine, Global };

// The priced part of any document line: quotation, order, invoice or credit note.
struct PricedLine {
    Quantity qty;
    UnitPrice unitPrice;
    Percent discount;
    QString taxCode;
    Percent taxRate;
};

struct LineAmounts {
    Money net;
    Money tax; // the line's own rounded tax, also shown under global rounding
};

struct TaxGroup {
    QString taxCode;
    Percent rate;
    Money base;
    Money tax;
};

// The totals of a document. untaxed = Σ line nets; tax = Σ groups' tax; total = both.
struct DocumentTotals {
    QList<LineAmounts> lines;
    QList<TaxGroup> groups; // one per tax code, in order of first appearance
    Money untaxed;
    Money tax;
    Money total;
};

// round(qty × unit price × (1 − discount)) in one rounding, half away from zero.
Money lineNet(const PricedLine& line, Currency currency);

// The one computation of every document's amounts (ARCHITECTURE §3).
DocumentTotals computeTotals(const QList<PricedLine>& lines, TaxRounding rounding,
                             Currency currency);

} // namespace mostrador::domain
