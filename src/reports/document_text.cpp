// SPDX-License-Identifier: MIT
#include "reports/document_text.h"

namespace mostrador::reports {

using namespace domain;

namespace {

// The decimals (at least `atLeast`) that show `value`, in units of 10^-scale, exactly.
int decimalsShowing(qint64 value, int scale, int atLeast) {
    int needed = scale;
    while (needed > atLeast && value % 10 == 0) {
        value /= 10;
        --needed;
    }
    return qMax(atLeast, needed);
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

QStringList nonEmptyLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// A printed document outlives the century guess a two-digit year asks for.
QString printedDate(const QDate& d, const QLocale& locale) {
    if (!d.isValid())
        return {};
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(d, format);
}

QString printedPercent(Percent p, const QLocale& locale) {
    return p.toString(locale) + locale.percent();
}

QString quantityWithUnit(Quantity qty, const QString& unit, const QLocale& locale) {
    return unit.isEmpty() ? qty.toString(locale) : qty.toString(locale) + u' ' + unit;
}

QString kilograms(Quantity weight, const QLocale& locale, int decimals) {
    return fixed::format(weight.thousandths(), Quantity::kScale, locale, decimals) +
           QStringLiteral(" kg");
}

int weightDecimals(const QList<Quantity>& weights) {
    int decimals = 0;
    for (const Quantity& w : weights)
        decimals = decimalsShowing(w.thousandths(), Quantity::kScale, decimals);
    return decimals;
}

QString shippingAddressOf(const DocumentParty& party) {
    return party.shippingAddress.trimmed().isEmpty() ? party.billingAddress : party.shippingAddress;
}

QList<AddressBlock> billToShipTo(const DocumentParty& party) {
    AddressBlock billTo{trMsg("Bill to"), {party.customerName}};
    billTo.lines += nonEmptyLines(party.billingAddress);
    if (!party.customerTaxId.isEmpty())
        billTo.lines.append(trMsg("Tax ID: %1").arg(party.customerTaxId));
    AddressBlock shipTo{trMsg("Ship to"), {party.customerName}};
    shipTo.lines += nonEmptyLines(shippingAddressOf(party));
    return {billTo, shipTo};
}

int priceDecimals(const QList<DocumentLine>& lines, Currency currency) {
    QList<UnitPrice> prices;
    for (const DocumentLine& l : lines)
        prices.append(l.unitPrice);
    return priceDecimals(prices, currency);
}

int priceDecimals(const QList<UnitPrice>& prices, Currency currency) {
    int decimals = currency.decimals();
    for (const UnitPrice& p : prices)
        decimals = decimalsShowing(p.tenThousandths(), UnitPrice::kScale, decimals);
    return decimals;
}

QString printedPrice(UnitPrice price, int decimals, const QLocale& locale) {
    return fixed::format(price.tenThousandths(), UnitPrice::kScale, locale, decimals);
}

Table taxSummaryOf(const QList<TaxGroup>& groups, const QLocale& locale) {
    Table t;
    t.columns = {{trMsg("Tax"), Align::Left, 1.4},
                 {trMsg("Rate"), Align::Right, 1},
                 {trMsg("Base"), Align::Right, 1.6},
                 {trMsg("Tax amount"), Align::Right, 1.6}};
    for (const TaxGroup& g : groups)
        t.rows.append({g.taxCode, printedPercent(g.rate, locale), g.base.toNumberString(locale),
                       g.tax.toNumberString(locale)});
    return t;
}

} // namespace mostrador::reports
