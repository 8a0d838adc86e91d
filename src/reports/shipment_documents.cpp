// SPDX-License-Identifier: MIT
#include "reports/shipment_documents.h"

#include "reports/document_text.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QString either(const QString& preferred, const QString& fallback) {
    return preferred.trimmed().isEmpty() ? fallback : preferred;
}

// The shipment's party, each empty field taken from the order's.
DocumentParty consigneeOf(const Shipment& s, const SalesOrder& o) {
    DocumentParty p = s.party;
    p.customerCode = either(p.customerCode, o.party.customerCode);
    p.customerName = either(p.customerName, o.party.customerName);
    p.customerTaxId = either(p.customerTaxId, o.party.customerTaxId);
    p.billingAddress = either(p.billingAddress, o.party.billingAddress);
    p.shippingAddress = either(p.shippingAddress, o.party.shippingAddress);
    return p;
}

QList<Field> shipmentFields(const Shipment& s, const SalesOrder& o, const QLocale& locale) {
    QList<Field> fields{{trMsg("Ship date"), printedDate(s.date, locale)},
                        {trMsg("Order"), either(s.orderNumber, o.number)}};
    if (o.date.isValid())
        fields.append({trMsg("Order date"), printedDate(o.date, locale)});
    fields.append({trMsg("Customer"), consigneeOf(s, o).customerCode});
    return fields;
}

QStringList carrierLines(const Shipment& s) {
    QStringList lines{s.carrier.trimmed().isEmpty() ? trMsg("(not named)") : s.carrier};
    if (!s.tracking.isEmpty())
        lines.append(trMsg("Tracking number: %1").arg(s.tracking));
    return lines;
}

Table deliveryLines(const Shipment& s, const QLocale& locale) {
    Table t;
    t.columns = {{trMsg("SKU"), Align::Left, 1.6},
                 {trMsg("Description"), Align::Left, 6.0},
                 {trMsg("Qty"), Align::Right, 1.3},
                 {trMsg("Unit"), Align::Left, 1.0}};
    for (const ShipmentLine& l : s.lines)
        t.rows.append({l.sku, l.description, l.qty.toString(locale), l.unit});
    return t;
}

// The decimals of the weights column and of the total under it.
int weightDecimalsOf(const Shipment& s) {
    QList<Quantity> weights{s.weightKg};
    for (const ShipmentLine& l : s.lines)
        weights.append(l.weightKg);
    return weightDecimals(weights);
}

Table goodsLines(const Shipment& s, const QLocale& locale) {
    const int decimals = weightDecimalsOf(s);
    Table t;
    t.columns = {{trMsg("SKU"), Align::Left, 1.6},
                 {trMsg("Description of goods"), Align::Left, 5.2},
                 {trMsg("Qty"), Align::Right, 1.3},
                 {trMsg("Unit"), Align::Left, 0.9},
                 {trMsg("Weight"), Align::Right, 1.6}};
    for (const ShipmentLine& l : s.lines)
        t.rows.append({l.sku, l.description, l.qty.toString(locale), l.unit,
                       kilograms(l.weightKg, locale, decimals)});
    return t;
}

QList<TotalRow> packagesAndWeight(const Shipment& s, const QLocale& locale) {
    return {{trMsg("Packages"), locale.toString(s.packages)},
            {trMsg("Total weight"), kilograms(s.weightKg, locale, weightDecimalsOf(s)), true}};
}

// The head both papers share: company, number, dates, order and customer.
PrintedDocument shippingPaper(const QString& title, const Shipment& s, const SalesOrder& o,
                              const CompanyProfile& company, const QLocale& locale) {
    PrintedDocument doc;
    doc.title = title;
    doc.number = s.number;
    doc.company = companyHeader(company);
    doc.fields = shipmentFields(s, o, locale);
    if (!s.notes.trimmed().isEmpty())
        doc.sections.append({trMsg("Notes"), s.notes.trimmed()});
    return doc;
}

} // namespace

PrintedDocument deliveryNoteDocument(const Shipment& s, const SalesOrder& o,
                                     const CompanyProfile& company, const QLocale& locale) {
    PrintedDocument doc = shippingPaper(trMsg("Delivery note"), s, o, company, locale);
    const DocumentParty consignee = consigneeOf(s, o);
    AddressBlock customer{trMsg("Customer"), {consignee.customerName}};
    customer.lines += nonEmptyLines(consignee.billingAddress);
    AddressBlock deliverTo{trMsg("Deliver to"), {consignee.customerName}};
    deliverTo.lines += nonEmptyLines(shippingAddressOf(consignee));
    doc.addresses = {customer, deliverTo, {trMsg("Carrier"), carrierLines(s)}};
    doc.lines = deliveryLines(s, locale);
    doc.totals = packagesAndWeight(s, locale);
    doc.extras.append({trMsg("Received in good condition"),
                       {},
                       {trMsg("Delivered by (name and signature)"),
                        trMsg("Received by (name, signature and date)")}});
    return doc;
}

PrintedDocument billOfLadingDocument(const Shipment& s, const SalesOrder& o,
                                     const CompanyProfile& company, const QLocale& locale) {
    PrintedDocument doc = shippingPaper(trMsg("Bill of lading"), s, o, company, locale);
    doc.fields.append({trMsg("Freight terms"), freightTermsLabel(s.freightTerms)});
    AddressBlock shipper{trMsg("Shipper"), {company.name}};
    shipper.lines += nonEmptyLines(company.address);
    if (!company.taxId.isEmpty())
        shipper.lines.append(trMsg("Tax ID: %1").arg(company.taxId));
    if (!company.phone.isEmpty())
        shipper.lines.append(trMsg("Phone: %1").arg(company.phone));
    const DocumentParty consignee = consigneeOf(s, o);
    AddressBlock to{trMsg("Consignee"), {consignee.customerName}};
    to.lines += nonEmptyLines(shippingAddressOf(consignee));
    if (!consignee.customerTaxId.isEmpty())
        to.lines.append(trMsg("Tax ID: %1").arg(consignee.customerTaxId));
    doc.addresses = {shipper, to, {trMsg("Carrier"), carrierLines(s)}};
    doc.lines = goodsLines(s, locale);
    doc.totals = packagesAndWeight(s, locale);
    doc.extras.append(
        {trMsg("Goods received in apparent good order and condition"),
         {},
         {trMsg("Shipper (signature and date)"), trMsg("Carrier (signature and date)"),
          trMsg("Consignee (signature and date)")}});
    return doc;
}

} // namespace mostrador::reports
