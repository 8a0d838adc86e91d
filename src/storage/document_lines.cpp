// SPDX-License-Identifier: MIT
#include "storage/document_lines.h"

#include "domain/iso_date.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using domain::DocumentLine;

namespace {

struct LineTableSql {
    QString remove;
    QString insert;
    QString select;
};

const QString kLineColumns =
    QStringLiteral("id, product_id, sku, description, unit, qty, unit_price, discount_bp, "
                   "tax_code, tax_rate_bp, unit_cost, price_note, net, tax, requested_date");

// Fixed SQL per table: the table names never come from input. Order lines add their
// requested date, fulfilment quantities and whether the product keeps stock.
const LineTableSql& sqlFor(LineTable table) {
    auto make = [](const char* name, const char* owner, bool order) {
        const QString t = QLatin1String(name);
        const QString o = QLatin1String(owner);
        QString columns = QStringLiteral("l.") + kLineColumns;
        columns.replace(QStringLiteral(", "), QStringLiteral(", l."));
        if (order)
            columns += QStringLiteral(", l.reserved_qty, l.shipped_qty, l.invoiced_qty, "
                                      "l.cancelled_qty, p.tracked");
        else
            columns.replace(QStringLiteral("l.requested_date"),
                            QStringLiteral("NULL AS requested_date"));
        return LineTableSql{
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t, o),
            QStringLiteral("INSERT INTO %1 (%2, position, product_id, sku, description, unit, "
                           "qty, unit_price, discount_bp, tax_code, tax_rate_bp, unit_cost, "
                           "price_note, net, tax%3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?%4)")
                .arg(t, o, order ? QStringLiteral(", requested_date") : QString(),
                     order ? QStringLiteral(", ?") : QString()),
            QStringLiteral("SELECT %1 FROM %2 l%3 WHERE l.%4 = ? ORDER BY l.position")
                .arg(columns, t,
                     order ? QStringLiteral(" JOIN products p ON p.id = l.product_id") : QString(),
                     o)};
    };
    static const LineTableSql quotation = make("quotation_lines", "quotation_id", false);
    static const LineTableSql order = make("sales_order_lines", "order_id", true);
    return table == LineTable::Quotation ? quotation : order;
}

QVariantList lineValues(qint64 documentId, int position, const DocumentLine& l) {
    return {documentId,
            position,
            l.productId,
            l.sku,
            l.description,
            l.unit,
            l.qty.thousandths(),
            l.unitPrice.tenThousandths(),
            l.discount.basisPoints(),
            l.taxCode,
            l.taxRate.basisPoints(),
            l.unitCost.tenThousandths(),
            l.priceNote,
            l.net.minor(),
            l.tax.minor()};
}

DocumentLine lineFrom(const Rows& q, domain::Currency currency, LineTable table) {
    DocumentLine l;
    l.id = q.integer(0);
    l.productId = q.integer(1);
    l.sku = q.text(2);
    l.description = q.text(3);
    l.unit = q.text(4);
    l.qty = domain::Quantity::fromThousandths(q.integer(5));
    l.unitPrice = domain::UnitPrice::fromTenThousandths(q.integer(6));
    l.discount = domain::Percent::fromBasisPoints(q.integer(7));
    l.taxCode = q.text(8);
    l.taxRate = domain::Percent::fromBasisPoints(q.integer(9));
    l.unitCost = domain::UnitPrice::fromTenThousandths(q.integer(10));
    l.priceNote = q.text(11);
    l.net = domain::Money::fromMinor(q.integer(12), currency);
    l.tax = domain::Money::fromMinor(q.integer(13), currency);
    l.requestedDate = dateFrom(q.text(14));
    if (table == LineTable::Order) {
        l.reserved = domain::Quantity::fromThousandths(q.integer(15));
        l.shipped = domain::Quantity::fromThousandths(q.integer(16));
        l.invoiced = domain::Quantity::fromThousandths(q.integer(17));
        l.cancelled = domain::Quantity::fromThousandths(q.integer(18));
        l.stockTracked = q.integer(19) != 0;
    }
    return l;
}

} // namespace

Result<QList<qint64>> writeLines(Database& db, LineTable table, qint64 documentId,
                                 const QList<DocumentLine>& lines) {
    const LineTableSql& sql = sqlFor(table);
    if (auto q = write(db, sql.remove, {documentId}); !q)
        return fail(q.error());
    QList<qint64> ids;
    ids.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVariantList values = lineValues(documentId, int(i) + 1, lines[i]);
        if (table == LineTable::Order)
            values.append(lines[i].requestedDate.isValid()
                              ? QVariant(isoDate(lines[i].requestedDate))
                              : QVariant());
        auto id = write(db, sql.insert, values);
        if (!id)
            return fail(id.error());
        ids.append(*id);
    }
    return ids;
}

Result<QList<DocumentLine>> readLines(Database& db, LineTable table, qint64 documentId,
                                      domain::Currency currency) {
    auto q = read(db, sqlFor(table).select, {documentId});
    if (!q)
        return fail(q.error());
    QList<DocumentLine> lines;
    while (q->next())
        lines.append(lineFrom(*q, currency, table));
    return lines;
}

QString partyColumns() {
    return QStringLiteral("customer_code, customer_name, customer_tax_id, billing_address, "
                          "shipping_address, payment_terms, price_list");
}

QVariantList partyValues(const domain::DocumentParty& p) {
    return {p.customerCode,    p.customerName,     p.customerTaxId, p.billingAddress,
            p.shippingAddress, p.paymentTermsCode, p.priceListCode};
}

domain::DocumentParty partyFrom(const Rows& q, int first) {
    domain::DocumentParty p;
    p.customerCode = q.text(first);
    p.customerName = q.text(first + 1);
    p.customerTaxId = q.text(first + 2);
    p.billingAddress = q.text(first + 3);
    p.shippingAddress = q.text(first + 4);
    p.paymentTermsCode = q.text(first + 5);
    p.priceListCode = q.text(first + 6);
    return p;
}

QString isoDate(const QDate& date) {
    return domain::isoDate(date);
}

QDate dateFrom(const QVariant& value) {
    if (value.isNull())
        return {};
    return domain::parseIsoDate(value.toString());
}

QDate dateFrom(const QString& iso) {
    return domain::parseIsoDate(iso);
}

} // namespace mostrador::storage
