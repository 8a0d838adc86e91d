// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "services/quotation_service.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QUndoStack>
#include <functional>

namespace mostrador::app {

// The lines of a sales document being edited (a quotation or a sales order): what
// the grid shows and edits. Typing a SKU or a quantity asks the pricer (the service's
// proposeLine) for the product's data, the engine's price and its explanation; a price
// or discount typed by hand is kept through later changes of the quantity. Totals are
// recomputed by the domain after every change and each line is flagged (below cost,
// discount above the user's limit). Values are parsed and shown with the locale through
// the domain types; nothing goes through a double.
class DocumentLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Requested and the fulfilment columns after it exist for orders only
    // (setOrderColumns); a quotation's grid ends with Net.
    enum Column {
        Flag,
        Sku,
        Description,
        Qty,
        UnitPrice,
        Discount,
        Tax,
        Net,
        Requested, // the line's requested date; empty = the order's
        Reserved,
        Shipped,
        Shortfall, // of what remains, what no reservation covers
        ColumnCount
    };
    // The exact value of a cell for tests and exports (the integer unit, or the text).
    static constexpr int RawRole = Qt::UserRole;
    using Pricer = std::function<Result<domain::DocumentLine>(const services::LineInput&)>;

    // A line as edited: the priced line and which of its values a person typed.
    struct Row {
        domain::DocumentLine line;
        bool priceByHand = false;
        bool discountByHand = false;
    };

    DocumentLinesModel(domain::Currency currency, domain::TaxRounding rounding,
                       domain::Percent discountLimit, QObject* parent = nullptr);

    void setPricer(Pricer pricer) { m_pricer = std::move(pricer); }
    // Every change of the lines is one step here (Ctrl+Z / Ctrl+Shift+Z in the grid);
    // typing in one cell is one step however many keys it takes. Loading clears it.
    QUndoStack* undoStack() const { return m_undo; }
    // Puts the lines back as they were at a step (what undo and redo do).
    void restore(const QList<Row>& rows);
    // Changes of one cell merge into one undo step until the next edit session starts
    // (the grid starts one each time it opens a cell).
    void startEditSession() { ++m_session; }
    int editSession() const { return m_session; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Adds the order columns: the requested date (editable) and reserved, shipped and
    // shortfall (read-only).
    void setOrderColumns(bool on);
    bool hasOrderColumns() const { return m_orderColumns; }
    // Loads a saved document's lines: their prices and discounts are kept as they are.
    void setLines(const QList<domain::DocumentLine>& lines);
    // The lines that name a product (an empty line at the end is not part of it).
    QList<domain::DocumentLine> lines() const;
    // What a service call to save the document needs.
    QList<services::LineInput> inputs() const;
    const domain::DocumentTotals& totals() const { return m_totals; }
    domain::LineFlags lineFlags(int row) const;
    const domain::DocumentLine& lineAt(int row) const { return m_rows.at(row).line; }
    // The row of the n-th line of lines() (what an error's `lines[n]` names), or -1.
    int rowOfLine(int n) const;
    bool isEmptyRow(int row) const { return m_rows.at(row).line.sku.isEmpty(); }

    // Asks the pricer again for every line (the customer or the date changed); prices
    // and discounts typed by hand stay. Answers the first refusal, if any.
    Status repriceAll();

    void appendEmptyRow();
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes the text a person typed (EditRole), in the locale's format.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The column and the line (index into lines()) an error's field names
    // ("lines[2].qty"); Sku and -1 when it names none.
    static int columnOfField(const QString& field);
    static int lineOfField(const QString& field);

    // Why a line is flagged, for its tooltip and the line's explanation.
    QString flagText(int row) const;

Q_SIGNALS:
    void totalsChanged();
    // A typed value could not be taken (unknown SKU, unreadable number, ...).
    void inputRefused(int row, int column, const mostrador::Error& error);

private:
    QVariant display(const Row& row, int column) const;
    QString editText(const Row& row, int column) const;
    bool setProduct(Row& row, const QString& sku, int index);
    bool setNumber(Row& row, int column, const QString& text, int index);
    bool setRequestedDate(Row& row, const QString& text, int index);
    int lastColumn() const { return columnCount() - 1; }
    bool reprice(Row& row, int index);
    services::LineInput inputOf(const Row& row) const;
    void recompute();
    void refuse(int row, int column, const Error& error);
    static Error onRow(Error error, int row);

    domain::Currency m_currency;
    domain::TaxRounding m_rounding;
    domain::Percent m_discountLimit;
    QLocale m_locale;
    Pricer m_pricer;
    bool m_readOnly = false;
    bool m_orderColumns = false;
    void record(const QList<Row>& before, int row, int column);

    QList<Row> m_rows;
    domain::DocumentTotals m_totals;
    QUndoStack* m_undo;
    int m_session = 0;
};

} // namespace mostrador::app
