// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mostrador::reports {

// The one model every printed document fills: quotation, order confirmation, delivery
// note, bill of lading, invoice, credit note, statement. Everything in it is already
// formatted text (money and quantities in the company locale), so the renderer only
// lays out and paints, and a document builder is tested without painting anything.

// A label and its value: "Date" / "27/11/2026".
struct Field {
    QString label;
    QString value;
    friend bool operator==(const Field&, const Field&) = default;
};

// Who issues the document: painted top left on the first page, named on every page.
struct CompanyHeader {
    QString name;
    QStringList lines;  // address lines, tax id, email, phone: one each
    QByteArray logoPng; // scaled to a fixed box, aspect kept; empty = no logo
};

// "Bill to", "Ship to", "Carrier": a title over a few lines of text.
struct AddressBlock {
    QString title;
    QStringList lines;
    friend bool operator==(const AddressBlock&, const AddressBlock&) = default;
};

enum class Align { Left, Center, Right };

// A column of a table: its title, how its cells align (numbers right) and its share
// of the table's width, relative to the other columns' (2 is twice as wide as 1).
struct Column {
    QString title;
    Align align = Align::Left;
    qreal width = 1;
    friend bool operator==(const Column&, const Column&) = default;
};

// A table of formatted cells, one per column. Cells that do not fit their column wrap
// (at word boundaries, mid-word when a word alone is too wide); nothing is cut off.
struct Table {
    QList<Column> columns;
    QList<QStringList> rows;
};

// One row of the totals: "Total" / "1.234,56 €". The emphasized one is painted bold.
struct TotalRow {
    QString label;
    QString value;
    bool emphasized = false;
    friend bool operator==(const TotalRow&, const TotalRow&) = default;
};

// Payment terms, notes, legal text: a title over free text (newlines kept).
struct TextSection {
    QString title;
    QString text;
    friend bool operator==(const TextSection&, const TextSection&) = default;
};

// What only some documents have, painted after the totals: a carrier with weights,
// deposits applied; `signatures` draws one box per caption ("Shipper", "Carrier").
struct ExtraBlock {
    QString title;
    QList<Field> fields;
    QStringList signatures;
};

struct PrintedDocument {
    QString title;  // "Quotation"
    QString number; // "Q-2026-00012 rev. 2"
    CompanyHeader company;
    QList<Field> fields; // dates, salesperson, customer code: beside the title
    QList<AddressBlock> addresses;
    Table lines;      // the body: breaks across pages, its header on every page
    Table taxSummary; // totals by tax rate, beside the totals; may be empty
    QList<TotalRow> totals;
    QList<ExtraBlock> extras;
    QList<TextSection> sections;

    // "Quotation Q-2026-00012": the running header of later pages and the footer.
    QString caption() const;
};

// The widths of `columns` sharing `total` in proportion to their relative widths;
// columns with a width ≤ 0 get none.
QList<qreal> columnWidths(const QList<Column>& columns, qreal total);

} // namespace mostrador::reports
