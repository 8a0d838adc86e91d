// SPDX-License-Identifier: MIT
#include "reports/order_document.h"

#include "reports/document_text.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QList<Field> fieldsOf(const SalesOrder& o, const QLocale& locale) {
    QList<Field> fields{{trMsg("Date"), printedDate(o.date, locale)}};
    if (o.requestedDate.isValid())
        fields.append({trMsg("Requested delivery"), printedDate(o.requestedDate, locale)});
    if (!o.quotationNumber.isEmpty())
        fields.append({trMsg("Your quotation"), o.quotationNumber});
    if (!o.salesperson.isEmpty())
        fields.append({trMsg("Salesperson"), o.salesperson});
    fields.append({trMsg("Customer"), o.party.customerCode});
    fields.append({trMsg("Currency"), o.currency.code()});
    return fields;
}

// A line's own requested date when it is not the order's; empty otherwise.
QString lineDate(const DocumentLine& line, const SalesOrder& o, const QLocale& locale) {
    if (!line.requestedDate.isValid() || line.requestedDate == o.requestedDate)
        return {};
    return printedDate(line.requestedDate, locale);
}

bool anyLineDate(const SalesOrder& o) {
    for (const DocumentLine& l : o.lines)
        if (l.requestedDate.isValid() && l.requestedDate != o.requestedDate)
            return true;
    return false;
}

// The quotation's columns; the requested date takes its room from the description,
// and only when a line needs it.
Table linesOf(const SalesOrder& o, const QLocale& locale) {
    const bool dates = anyLineDate(o);
    Table t;
    t.columns = {{trMsg("SKU"), Align::Left, 1.5},
                 {trMsg("Description"), Align::Left, dates ? 3.6 : 5.0},
                 {trMsg("Qty"), Align::Right, 1.3},
                 {trMsg("Unit price"), Align::Right, 1.6},
                 {trMsg("Disc. %"), Align::Right, 1.2},
                 {trMsg("Tax %"), Align::Right, 1.0}};
    if (dates)
        t.columns.append({trMsg("Requested"), Align::Right, 1.7});
    t.columns.append({trMsg("Net"), Align::Right, 1.7});
    const int decimals = priceDecimals(o.lines, o.currency);
    for (const DocumentLine& l : o.lines) {
        QStringList row{l.sku,
                        l.description,
                        quantityWithUnit(l.qty, l.unit, locale),
                        printedPrice(l.unitPrice, decimals, locale),
                        l.discount.isZero() ? QString() : l.discount.toString(locale),
                        l.taxRate.toString(locale)};
        if (dates)
            row.append(lineDate(l, o, locale));
        row.append(l.net.toNumberString(locale));
        t.rows.append(row);
    }
    return t;
}

// Untaxed, tax and total; with deposits, what they took off and the balance left.
QList<TotalRow> totalsOf(const SalesOrder& o, const QLocale& locale) {
    QList<TotalRow> rows{{trMsg("Untaxed amount"), o.untaxed.toString(locale)},
                         {trMsg("Tax"), o.tax.toString(locale)},
                         {trMsg("Total"), o.total.toString(locale), true}};
    if (o.deposits.isZero())
        return rows;
    rows.append({trMsg("Deposits received"), (-o.deposits).toString(locale)});
    rows.append({trMsg("Balance"), (o.total - o.deposits).toString(locale), true});
    return rows;
}

} // namespace

PrintedDocument orderDocument(const SalesOrder& o, const CompanyProfile& company,
                              const QString& paymentTermsName, const QLocale& locale) {
    PrintedDocument doc;
    doc.title = trMsg("Order confirmation");
    doc.number = o.number;
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(o, locale);
    doc.addresses = billToShipTo(o.party);
    doc.lines = linesOf(o, locale);
    doc.taxSummary = taxSummaryOf(o.taxGroups, locale);
    doc.totals = totalsOf(o, locale);
    if (!paymentTermsName.isEmpty())
        doc.sections.append({trMsg("Payment terms"), paymentTermsName});
    if (!o.notes.trimmed().isEmpty())
        doc.sections.append({trMsg("Notes"), o.notes.trimmed()});
    return doc;
}

} // namespace mostrador::reports
