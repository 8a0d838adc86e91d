// SPDX-License-Identifier: MIT
#include "reports/quotation_document.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QStringList nonEmptyLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// The locale's short date with the full year ("27/11/2026", "11/27/2026"): a printed
// document outlives the century guess a two-digit year asks for.
QString date(const QDate& d, const QLocale& locale) {
    if (!d.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(d, format);
}

QString percent(Percent p, const QLocale& locale) {
    return p.toString(locale) + locale.percent();
}

QList<Field> fieldsOf(const Quotation& q, const QLocale& locale) {
    QList<Field> fields{{trMsg("Date"), date(q.date, locale)},
                        {trMsg("Valid until"), date(q.validUntil, locale)}};
    if (!q.salesperson.isEmpty())
        fields.append({trMsg("Salesperson"), q.salesperson});
    fields.append({trMsg("Customer"), q.party.customerCode});
    fields.append({trMsg("Currency"), q.currency.code()});
    return fields;
}

// Bill to: the customer with its tax id; ship to: the shipping address, or the billing
// one when the customer has none apart.
QList<AddressBlock> addressesOf(const DocumentParty& party) {
    AddressBlock billTo{trMsg("Bill to"), {party.customerName}};
    billTo.lines += nonEmptyLines(party.billingAddress);
    if (!party.customerTaxId.isEmpty())
        billTo.lines.append(trMsg("Tax ID: %1").arg(party.customerTaxId));
    AddressBlock shipTo{trMsg("Ship to"), {party.customerName}};
    const QString shipping =
        party.shippingAddress.trimmed().isEmpty() ? party.billingAddress : party.shippingAddress;
    shipTo.lines += nonEmptyLines(shipping);
    return {billTo, shipTo};
}

// The decimals every unit price of the document shows: the currency's, or more when a
// price needs them (0.0125), so that the column's decimal separators line up.
int priceDecimals(const Quotation& q) {
    int decimals = q.currency.decimals();
    for (const DocumentLine& l : q.lines) {
        qint64 v = l.unitPrice.tenThousandths();
        int needed = UnitPrice::kScale;
        while (needed > decimals && v % 10 == 0) {
            v /= 10;
            --needed;
        }
        decimals = qMax(decimals, needed);
    }
    return decimals;
}

Table linesOf(const Quotation& q, const QLocale& locale) {
    Table t;
    // Widths leave the short numeric titles on one line, in Spanish too.
    t.columns = {{trMsg("SKU"), Align::Left, 1.5},      {trMsg("Description"), Align::Left, 5.0},
                 {trMsg("Qty"), Align::Right, 1.3},     {trMsg("Unit price"), Align::Right, 1.6},
                 {trMsg("Disc. %"), Align::Right, 1.2}, {trMsg("Tax %"), Align::Right, 1.0},
                 {trMsg("Net"), Align::Right, 1.7}};
    const int decimals = priceDecimals(q);
    for (const DocumentLine& l : q.lines) {
        const QString qty =
            l.unit.isEmpty() ? l.qty.toString(locale) : l.qty.toString(locale) + u' ' + l.unit;
        t.rows.append(
            {l.sku, l.description, qty,
             fixed::format(l.unitPrice.tenThousandths(), UnitPrice::kScale, locale, decimals),
             l.discount.isZero() ? QString() : l.discount.toString(locale),
             l.taxRate.toString(locale), l.net.toNumberString(locale)});
    }
    return t;
}

Table taxSummaryOf(const Quotation& q, const QLocale& locale) {
    Table t;
    t.columns = {{trMsg("Tax"), Align::Left, 1.4},
                 {trMsg("Rate"), Align::Right, 1},
                 {trMsg("Base"), Align::Right, 1.6},
                 {trMsg("Tax amount"), Align::Right, 1.6}};
    for (const TaxGroup& g : q.taxGroups)
        t.rows.append({g.taxCode, percent(g.rate, locale), g.base.toNumberString(locale),
                       g.tax.toNumberString(locale)});
    return t;
}

} // namespace

CompanyHeader companyHeader(const CompanyProfile& company) {
    CompanyHeader h{company.name, nonEmptyLines(company.address), company.logoPng};
    if (!company.taxId.isEmpty())
        h.lines.append(trMsg("Tax ID: %1").arg(company.taxId));
    QStringList contact;
    for (const QString& part : {company.phone, company.email})
        if (!part.isEmpty())
            contact.append(part);
    if (!contact.isEmpty())
        h.lines.append(contact.join(QStringLiteral(" · ")));
    return h;
}

PrintedDocument quotationDocument(const Quotation& q, const CompanyProfile& company,
                                  const QString& paymentTermsName, const QLocale& locale) {
    PrintedDocument doc;
    doc.title = trMsg("Quotation");
    doc.number = q.revision > 1 ? trMsg("%1 rev. %2").arg(q.number).arg(q.revision) : q.number;
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(q, locale);
    doc.addresses = addressesOf(q.party);
    doc.lines = linesOf(q, locale);
    doc.taxSummary = taxSummaryOf(q, locale);
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
