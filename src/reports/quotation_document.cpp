// SPDX-License-Identifier: MIT
#include "reports/quotation_document.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QList<Field> fieldsOf(const Quotation& q, const QLocale& locale) {
    QList<Field> fields{{trMsg("Date"), printedDate(q.date, locale)},
                        {trMsg("Valid until"), printedDate(q.validUntil, locale)}};
    if (!q.salesperson.isEmpty())
        fields.append({trMsg("Salesperson"), q.salesperson});
    fields.append({trMsg("Customer"), q.party.customerCode});
    fields.append({trMsg("Currency"), q.currency.code()});
    return fields;
}

Table linesOf(const Quotation& q, const QLocale& locale) {
    Table t;
    // Widths leave the short numeric titles on one line, in Spanish too.
    t.columns = {{trMsg("SKU"), Align::Left, 1.5},      {trMsg("Description"), Align::Left, 5.0},
                 {trMsg("Qty"), Align::Right, 1.3},     {trMsg("Unit price"), Align::Right, 1.6},
                 {trMsg("Disc. %"), Align::Right, 1.2}, {trMsg("Tax %"), Align::Right, 1.0},
                 {trMsg("Net"), Align::Right, 1.7}};
    const int decimals = priceDecimals(q.lines, q.currency);
    for (const DocumentLine& l : q.lines) {
        t.rows.append({l.sku, l.description, quantityWithUnit(l.qty, l.unit, locale),
                       printedPrice(l.unitPrice, decimals, locale),
                       l.discount.isZero() ? QString() : l.discount.toString(locale),
                       l.taxRate.toString(locale), l.net.toNumberString(locale)});
    }
    return t;
}

} // namespace

PrintedDocument quotationDocument(const Quotation& q, const CompanyProfile& company,
                                  const QString& paymentTermsName, const QLocale& locale) {
    PrintedDocument doc;
    doc.title = trMsg("Quotation");
    doc.number = q.revision > 1 ? trMsg("%1 rev. %2").arg(q.number).arg(q.revision) : q.number;
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(q, locale);
    doc.addresses = billToShipTo(q.party);
    doc.lines = linesOf(q, locale);
    doc.taxSummary = taxSummaryOf(q.taxGroups, locale);
    doc.totals = {{trMsg("Untaxed amount"), q.untaxed.toString(locale)},
                  {trMsg("Tax"), q.tax.toString(locale)},
                  {trMsg("Total"), q.total.toString(locale), true}};
    if (!paymentTermsName.isEmpty())
        doc.sections.append({trMsg("Payment terms"), paymentTermsName});
    if (!q.notes.trimmed().isEmpty())
        doc.sections.append({trMsg("Notes"), q.notes.trimmed()});
    return doc;
}

} // namespace mostrador::reports
