// SPDX-License-Identifier: MIT
#include "reports/invoice_document.h"

#include "reports/document_text.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QString titleOf(const Invoice& inv) {
    const bool advance = inv.kind == invoice_kind::kAdvance;
    if (inv.isDraft())
        return advance ? trMsg("DRAFT advance invoice") : trMsg("DRAFT invoice");
    return advance ? trMsg("Advance invoice") : trMsg("Invoice");
}

// A draft has no invoice number yet: it is named by its draft number.
QString numberOf(const Invoice& inv) {
    return inv.isDraft() && !inv.draftNumber.isEmpty() ? inv.draftNumber : inv.number;
}

QList<Field> fieldsOf(const Invoice& inv, const QLocale& locale) {
    QList<Field> fields;
    if (inv.isDraft())
        fields.append({trMsg("Status"), trMsg("Not valid as an invoice")});
    fields.append({trMsg("Date"), printedDate(inv.date, locale)});
    if (inv.installments.size() == 1)
        fields.append({trMsg("Due date"), printedDate(inv.installments[0].dueDate, locale)});
    const QStringList orders = invoicedOrders(inv);
    if (!orders.isEmpty())
        fields.append({orders.size() == 1 ? trMsg("Order") : trMsg("Orders"),
                       orders.join(QStringLiteral(", "))});
    if (!inv.salesperson.isEmpty())
        fields.append({trMsg("Salesperson"), inv.salesperson});
    fields.append({trMsg("Customer"), inv.party.customerCode});
    fields.append({trMsg("Currency"), inv.currency.code()});
    return fields;
}

// The decimals every unit price shows: the currency's, or more when one needs them, so
// that the column's decimal separators line up.
int unitPriceDecimals(const Invoice& inv) {
    int decimals = inv.currency.decimals();
    for (const InvoiceLine& l : inv.lines) {
        qint64 value = l.unitPrice.tenThousandths();
        int needed = UnitPrice::kScale;
        while (needed > decimals && value % 10 == 0) {
            value /= 10;
            --needed;
        }
        decimals = qMax(decimals, needed);
    }
    return decimals;
}

// The order confirmation's columns; an invoice of several orders names each line's
// order, taking the room from the description.
Table linesOf(const Invoice& inv, const QLocale& locale) {
    const bool orders = invoicedOrders(inv).size() > 1;
    Table t;
    t.columns = {{trMsg("SKU"), Align::Left, 1.5},
                 {trMsg("Description"), Align::Left, orders ? 3.4 : 5.0},
                 {trMsg("Qty"), Align::Right, 1.3},
                 {trMsg("Unit price"), Align::Right, 1.6},
                 {trMsg("Disc. %"), Align::Right, 1.2},
                 {trMsg("Tax %"), Align::Right, 1.0}};
    if (orders)
        t.columns.append({trMsg("Order"), Align::Right, 2.1});
    t.columns.append({trMsg("Net"), Align::Right, 1.7});
    const int decimals = unitPriceDecimals(inv);
    for (const InvoiceLine& l : inv.lines) {
        QStringList row{l.sku,
                        l.description,
                        quantityWithUnit(l.qty, l.unit, locale),
                        printedPrice(l.unitPrice, decimals, locale),
                        l.discount.isZero() ? QString() : l.discount.toString(locale),
                        l.taxRate.toString(locale)};
        if (orders)
            row.append(l.orderNumber);
        row.append(l.net.toNumberString(locale));
        t.rows.append(row);
    }
    return t;
}

QList<TotalRow> totalsOf(const Invoice& inv, const QLocale& locale) {
    QList<TotalRow> rows{{trMsg("Untaxed amount"), inv.untaxed.toString(locale)},
                         {trMsg("Tax"), inv.tax.toString(locale)},
                         {trMsg("Total"), inv.total.toString(locale), true}};
    if (!inv.depositsApplied.isZero())
        rows.append({trMsg("Deposits applied"), (-inv.depositsApplied).toString(locale)});
    if (!inv.paid.isZero())
        rows.append({trMsg("Paid"), (-inv.paid).toString(locale)});
    rows.append({trMsg("Amount due"), amountDue(inv).toString(locale), true});
    return rows;
}

// Split terms: each installment's date and amount (one installment is a field).
std::optional<ExtraBlock> dueDatesOf(const Invoice& inv, const QLocale& locale) {
    if (inv.installments.size() < 2)
        return std::nullopt;
    ExtraBlock block{trMsg("Due dates"), {}, {}};
    for (const Installment& i : inv.installments)
        block.fields.append({printedDate(i.dueDate, locale), i.amount.toString(locale)});
    return block;
}

std::optional<ExtraBlock> depositsOf(const Invoice& inv, const QLocale& locale) {
    if (inv.deposits.isEmpty())
        return std::nullopt;
    ExtraBlock block{trMsg("Deposits applied"), {}, {}};
    for (const DepositApplication& d : inv.deposits) {
        QString value = d.amount.toString(locale);
        if (!d.orderNumber.isEmpty())
            value = trMsg("%1 (order %2)").arg(value, d.orderNumber);
        block.fields.append({d.depositNumber, value});
    }
    return block;
}

QList<TextSection> sectionsOf(const Invoice& inv, const QString& paymentTermsName) {
    QList<TextSection> sections;
    if (inv.isDraft())
        sections.append(
            {trMsg("Draft"), trMsg("This is a draft and is not valid as an invoice. It gets its "
                                   "invoice number and due dates when it is posted.")});
    if (!paymentTermsName.isEmpty())
        sections.append({trMsg("Payment terms"), paymentTermsName});
    if (!inv.notes.trimmed().isEmpty())
        sections.append({trMsg("Notes"), inv.notes.trimmed()});
    return sections;
}

} // namespace

QStringList invoicedOrders(const Invoice& inv) {
    QStringList orders;
    for (const InvoiceLine& l : inv.lines)
        if (!l.orderNumber.isEmpty() && !orders.contains(l.orderNumber))
            orders.append(l.orderNumber);
    return orders;
}

Money amountDue(const Invoice& inv) {
    return inv.isDraft() ? inv.total - inv.depositsApplied - inv.paid : inv.balance;
}

PrintedDocument invoiceDocument(const Invoice& inv, const CompanyProfile& company,
                                const QString& paymentTermsName, const QLocale& locale) {
    PrintedDocument doc;
    doc.title = titleOf(inv);
    doc.number = numberOf(inv);
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(inv, locale);
    doc.addresses = billToShipTo(inv.party);
    doc.lines = linesOf(inv, locale);
    doc.taxSummary = taxSummaryOf(inv.taxGroups, locale);
    doc.totals = totalsOf(inv, locale);
    for (const auto& block : {dueDatesOf(inv, locale), depositsOf(inv, locale)})
        if (block)
            doc.extras.append(*block);
    doc.sections = sectionsOf(inv, paymentTermsName);
    return doc;
}

} // namespace mostrador::reports
