// SPDX-License-Identifier: MIT
#include "reports/credit_note_document.h"

#include "reports/document_text.h"
#include "reports/invoice_print.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QList<Field> fieldsOf(const CreditNote& n, const QLocale& locale) {
    QList<Field> fields{{trMsg("Date"), printedDate(n.date, locale)}};
    if (!n.invoiceNumbers.isEmpty())
        fields.append(
            {n.invoiceNumbers.size() == 1 ? trMsg("Credits invoice") : trMsg("Credits invoices"),
             n.invoiceNumbers.join(QStringLiteral(", "))});
    if (!n.returnNumber.isEmpty())
        fields.append({trMsg("Return"), n.returnNumber});
    fields.append({trMsg("Customer"), n.party.customerCode});
    fields.append({trMsg("Currency"), n.currency.code()});
    return fields;
}

// The invoice's columns, so a credit note reads line for line against what it credits.
Table linesOf(const CreditNote& n, const QLocale& locale) {
    Table t;
    t.columns = {{trMsg("SKU"), Align::Left, 1.5},      {trMsg("Description"), Align::Left, 5.0},
                 {trMsg("Qty"), Align::Right, 1.3},     {trMsg("Unit price"), Align::Right, 1.6},
                 {trMsg("Disc. %"), Align::Right, 1.2}, {trMsg("Tax %"), Align::Right, 1.0},
                 {trMsg("Net"), Align::Right, 1.7}};
    QList<UnitPrice> prices;
    for (const CreditNoteLine& l : n.lines)
        prices.append(l.unitPrice);
    const int decimals = priceDecimals(prices, n.currency);
    for (const CreditNoteLine& l : n.lines)
        t.rows.append({l.sku, l.description, quantityWithUnit(l.qty, l.unit, locale),
                       printedPrice(l.unitPrice, decimals, locale),
                       l.discount.isZero() ? QString() : l.discount.toString(locale),
                       l.taxRate.toString(locale), l.net.toNumberString(locale)});
    return t;
}

QList<TotalRow> totalsOf(const CreditNote& n, const QLocale& locale) {
    return {{trMsg("Untaxed amount"), n.untaxed.toString(locale)},
            {trMsg("Tax"), n.tax.toString(locale)},
            {trMsg("Total credited"), n.total.toString(locale), true}};
}

} // namespace

PrintedDocument creditNoteDocument(const CreditNote& n, const CompanyProfile& company,
                                   const QLocale& locale) {
    PrintedDocument doc;
    doc.title = trMsg("Credit note");
    doc.number = n.number;
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(n, locale);
    doc.addresses = {billToShipTo(n.party).first()};
    doc.lines = linesOf(n, locale);
    doc.taxSummary = taxSummaryOf(n.taxGroups, locale);
    doc.totals = totalsOf(n, locale);
    if (!n.reason.trimmed().isEmpty())
        doc.sections.append({trMsg("Reason"), n.reason.trimmed()});
    return doc;
}

Result<PrintJob> creditNotePrintJob(services::SettingsService& settings, const CreditNote& note,
                                    const QLocale& locale) {
    auto job = invoicePrintSettings(settings, locale); // company, paper and document locale
    if (!job)
        return fail(job.error());
    return PrintJob{creditNoteDocument(note, job->company, job->locale), job->paper};
}

} // namespace mostrador::reports
